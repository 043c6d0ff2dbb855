// Plain names of the column roles, as the pane shows them in the mapping drop-downs.
import { ROLES, type Role } from '../domain/types';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  supplierId: 'Supplier ID',
  supplierName: 'Supplier name',
  parent: 'Parent or group company',
  otherSites: 'Other sites or subsidiaries',
  address: 'Address',
  city: 'City',
  province: 'Province or region',
  country: 'Country',
  postalCode: 'Postal code',
  latitude: 'Latitude (decimal degrees)',
  longitude: 'Longitude (decimal degrees)',
  coordinates: 'Coordinates (latitude, longitude)',
  phone: 'Phone number',
  registrationCode: 'Company registration code',
  product: 'Product or sector',
  inputs: 'Inputs or raw materials',
  inputOrigin: 'Origin of inputs',
  tier: 'Supplier tier',
  labourTransfer: 'Labour transfer (yes/no)',
  regionOperations: 'Operations in the Region (yes/no)',
  cbpStatus: 'US customs (UFLPA) status',
  notes: 'Notes',
};

export const IGNORE_LABEL = 'Ignore';

export function roleLabel(role: Role | null): string {
  return role ? ROLE_LABELS[role] : IGNORE_LABEL;
}

/** Drop-down options: every role, then Ignore. */
export const ROLE_OPTIONS: readonly (Role | null)[] = [...ROLES, null];
