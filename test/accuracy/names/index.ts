// Generators over the screening lists' names (issue #14): self-match in variant forms, near forms, the
// import path, groups, decoys sharing one word, real facility lists.
import type { Generator } from '../types';
import { facilityListGenerator } from './facility-lists';
import { groupGenerator } from './groups';
import { importPathGenerator } from './import-path';
import { nearFormGenerator } from './near-forms';
import { negativeGenerators } from './negatives';
import { selfMatchGenerators } from './self-match';

export const nameGenerators: Generator[] = [...selfMatchGenerators, nearFormGenerator, importPathGenerator, groupGenerator, ...negativeGenerators, facilityListGenerator];
