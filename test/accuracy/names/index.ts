// Generators over the screening lists' names (issue #14): self-match in variant forms, the import path, decoys.
import type { Generator } from '../types';

export const nameGenerators: Generator[] = [];
