// A RowCell as readRow builds it, for matcher unit tests.
import type { RowCell } from '../../../src/domain/cells';
import { normalizeText } from '../../../src/domain/normalize';
import type { Role } from '../../../src/domain/types';

export function cell(role: Role, raw: string, address = 'B2', header: string = role): RowCell {
  return { role, column: 2, header, raw, norm: normalizeText(raw), address };
}
