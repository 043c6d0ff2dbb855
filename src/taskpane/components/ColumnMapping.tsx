// The role of every column of the table; each change is saved in the workbook through the gateway.
import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ColumnAssignment, Role, RoleOverrides } from '../../domain/types';
import type { SaveState } from '../hooks/useRoleOverrides';
import { effectiveRole, hasOverride } from '../overrides';
import { ColumnRoleField } from './ColumnRoleField';
import { PaneSection } from './PaneSection';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  status: { color: tokens.colorNeutralForeground3, minHeight: tokens.lineHeightBase200 },
});

const SAVE_TEXT: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving your choice in the workbook…',
  saved: 'Saved in the workbook.',
  failed: 'Not saved in the workbook.',
};

export interface ColumnMappingProps {
  columns: ColumnAssignment[];
  overrides: RoleOverrides;
  saveState: SaveState;
  disabled?: boolean;
  onChange: (column: ColumnAssignment, role: Role | null) => void;
}

export function ColumnMapping({ columns, overrides, saveState, disabled, onChange }: ColumnMappingProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <PaneSection id="mapping" title="Column roles">
      <Text size={200} className={styles.intro}>
        Check what each column holds. Choose Ignore for a column that should not be screened.
      </Text>
      <div className={styles.list}>
        {columns.map((column) => (
          <ColumnRoleField
            key={column.column}
            column={column}
            role={effectiveRole(column, overrides)}
            overridden={hasOverride(column, overrides)}
            disabled={disabled}
            onChange={onChange}
          />
        ))}
      </div>
      <Text size={200} className={styles.status} role="status">
        {SAVE_TEXT[saveState]}
      </Text>
    </PaneSection>
  );
}
