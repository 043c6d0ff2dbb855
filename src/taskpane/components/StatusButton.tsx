// One status of the result: its name, a badge in the sheet's colour with the row count; selecting it filters the sheet.
// The colours are the sheet's own (src/domain/status-styles), so the pane and the rows match.
import * as React from 'react';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Status } from '../../domain/types';
import { styleOf } from '../../domain/status-styles';

const useStyles = makeStyles({
  button: {
    width: '100%',
    minWidth: 0,
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, fontVariantNumeric: 'tabular-nums' },
});

export interface StatusButtonProps {
  status: Status;
  count: number;
  active: boolean;
  onSelect: (status: Status) => void;
}

export function StatusButton({ status, count, active, onSelect }: StatusButtonProps): React.JSX.Element {
  const styles = useStyles();
  const colour = styleOf(status);
  const rows = count === 1 ? '1 row' : `${count.toLocaleString('en-US')} rows`;
  return (
    <Button
      className={styles.button}
      appearance={active ? 'secondary' : 'subtle'}
      aria-pressed={active}
      aria-label={`${status}: ${rows}. Show only these rows in the sheet.`}
      disabledFocusable={count === 0}
      onClick={() => onSelect(status)}
    >
      <span className={styles.name}>{status}</span>{' '}
      <Badge
        className={styles.badge}
        shape="rounded"
        size="large"
        appearance="filled"
        style={{ backgroundColor: colour.fill, color: colour.font, border: `1px solid ${colour.font}` }}
      >
        {count.toLocaleString('en-US')}
      </Badge>
    </Button>
  );
}
