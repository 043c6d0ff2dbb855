// Generators over the Region gazetteer and the division data (issue #15): spellings per field, decoys, coordinates.
import type { Generator } from '../types';
import { borderGenerator, facilityListGenerator, namedPointGenerator } from './coordinates';
import { countryGenerator } from './countries';
import { decoyGenerator } from './decoys';
import { freeTextGenerator } from './free-text';
import { haveDivisions } from './oracle';
import { spellingGenerators } from './spellings';
import { denialGenerator, productGenerator, streetGenerator } from './traps';

/** The decoys and the real facility lists need ../shared/reference; without it they are left out. */
export const placeGenerators: Generator[] = [
  ...spellingGenerators,
  ...(haveDivisions ? [decoyGenerator] : []),
  streetGenerator,
  productGenerator,
  denialGenerator,
  freeTextGenerator,
  countryGenerator,
  borderGenerator,
  namedPointGenerator,
  ...(haveDivisions ? [facilityListGenerator] : []),
];
