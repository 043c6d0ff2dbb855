// Generators over the Region gazetteer and the division data (issue #15): spellings per field, decoys, coordinates.
import type { Generator } from '../types';

export const placeGenerators: Generator[] = [];
