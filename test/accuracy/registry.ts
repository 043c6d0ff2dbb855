// Every accuracy generator, in the order of the table.
import { nameGenerators } from './names';
import { placeGenerators } from './places';
import type { Generator } from './types';

export const GENERATORS: Generator[] = [...nameGenerators, ...placeGenerators];
