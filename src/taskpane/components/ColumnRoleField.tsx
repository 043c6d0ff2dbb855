// One column of the table: a drop-down of roles, with the detector's confidence and reason under it.
import * as React from 'react';
import { Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import type { ColumnAssignment, Role } from '../../domain/types';
import { ROLE_OPTIONS, roleLabel } from '../role-labels';

const IGNORE_VALUE = '__ignore__';

const useStyles = makeStyles({
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  listbox: { maxHeight: '50vh' },
});

export interface ColumnRoleFieldProps {
  column: ColumnAssignment;
  /** The role in effect: the user's choice, else the detector's. */
  role: Role | null;
  /** True when `role` is the user's choice rather than the detector's. */
  overridden: boolean;
  disabled?: boolean;
  onChange: (column: ColumnAssignment, role: Role | null) => void;
}

function columnTitle(column: ColumnAssignment): string {
  return column.header.trim() || `Column ${column.column} (no header)`;
}

/** The detector's reason in the user's words: its plain header match names an internal role id, which means nothing here. */
function plainReason(reason: string): string {
  return /^header ".*" reads as \w+$/.test(reason) ? 'from its header' : reason;
}

export function describeDetection(column: ColumnAssignment): string {
  const percent = Math.round(Math.max(0, Math.min(1, column.confidence)) * 100);
  const reason = plainReason(column.reason.trim());
  // A column left out is not "0% sure" of anything: say only why.
  const sure = column.role === null ? '' : `, ${percent}% sure`;
  return `Detected: ${roleLabel(column.role)}${sure}${reason ? ` (${reason})` : ''}`;
}

export function ColumnRoleField({ column, role, overridden, disabled, onChange }: ColumnRoleFieldProps): React.JSX.Element {
  const styles = useStyles();
  const selected = role ?? IGNORE_VALUE;
  const hint = overridden && role !== column.role ? `Your choice. ${describeDetection(column)}` : describeDetection(column);
  return (
    <Field className={styles.field} label={columnTitle(column)} hint={hint}>
      <Dropdown
        className={styles.dropdown}
        listbox={{ className: styles.listbox }}
        value={roleLabel(role)}
        selectedOptions={[selected]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          const next = data.optionValue === IGNORE_VALUE || !data.optionValue ? null : (data.optionValue as Role);
          if (next !== role || !overridden) onChange(column, next);
        }}
      >
        {ROLE_OPTIONS.map((option) => (
          <Option key={option ?? IGNORE_VALUE} value={option ?? IGNORE_VALUE}>
            {roleLabel(option)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
