// The user's corrections of the column roles, kept in the workbook (Office document settings,
// key 'cta.roleOverrides', a JSON object: header text → role, or null to ignore the column).
import { ROLES, Role, RoleOverrides } from '../domain/types';
import { syncCounted } from './sync-counter';

export const ROLE_OVERRIDES_KEY = 'cta.roleOverrides';

const ROLE_SET = new Set<string>(ROLES);

/** Keeps only well-formed entries: a stored value edited by hand or by an older version cannot break detection. */
export function parseRoleOverrides(stored: unknown): RoleOverrides {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: RoleOverrides = {};
  for (const [header, role] of Object.entries(value as Record<string, unknown>)) {
    if (role === null || (typeof role === 'string' && ROLE_SET.has(role))) out[header] = role as Role | null;
  }
  return out;
}

export async function loadRoleOverrides(context: Excel.RequestContext): Promise<RoleOverrides> {
  const setting = context.workbook.settings.getItemOrNullObject(ROLE_OVERRIDES_KEY).load('value');
  await syncCounted(context);
  return setting.isNullObject ? {} : parseRoleOverrides(setting.value);
}

export class SettingsFull extends Error {
  constructor() {
    super("Excel says this workbook's settings are full, so the column roles could not be kept in it.");
    this.name = 'SettingsFull';
  }
}

export async function saveRoleOverrides(context: Excel.RequestContext, overrides: RoleOverrides): Promise<void> {
  context.workbook.settings.add(ROLE_OVERRIDES_KEY, JSON.stringify(parseRoleOverrides(overrides)));
  try {
    await syncCounted(context);
  } catch (error) {
    // Excel refuses settings past its ceiling (about 1 MB for all add-ins together) with InvalidArgument.
    if ((error as { code?: unknown })?.code === 'InvalidArgument') throw new SettingsFull();
    throw error;
  }
}
