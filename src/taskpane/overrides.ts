// How the pane reads and writes the user's role overrides (see RoleOverrides in src/domain/types).
import type { ColumnAssignment, Role, RoleOverrides } from '../domain/types';

/** Overrides are keyed by header text; a column without a header by its 1-based number. */
export function overrideKey(column: ColumnAssignment): string {
  return column.header.trim() === '' ? String(column.column) : column.header;
}

export function hasOverride(column: ColumnAssignment, overrides: RoleOverrides): boolean {
  return Object.prototype.hasOwnProperty.call(overrides, overrideKey(column));
}

/** The role a column will be screened as: the user's choice, else the detector's. */
export function effectiveRole(column: ColumnAssignment, overrides: RoleOverrides): Role | null {
  return hasOverride(column, overrides) ? (overrides[overrideKey(column)] ?? null) : column.role;
}

export function withRole(overrides: RoleOverrides, column: ColumnAssignment, role: Role | null): RoleOverrides {
  return { ...overrides, [overrideKey(column)]: role };
}
