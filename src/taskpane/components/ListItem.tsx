// One screening list in use: its name, version and size, where it comes from, and Remove for an imported one.
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ListInUse } from '../../gateway/workbook-gateway';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, flexGrow: 1, flexBasis: '12rem' },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
});

export function entriesText(n: number): string {
  return n === 1 ? '1 entry' : `${n.toLocaleString('en-US')} entries`;
}

export interface ListItemProps {
  list: ListInUse;
  disabled?: boolean;
  onRemove: (list: ListInUse) => void;
}

export function ListItem({ list, disabled, onRemove }: ListItemProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <Text weight="semibold" className={styles.name}>
          {list.name}
        </Text>
        <Text size={200}>
          {`Version ${list.version} · ${entriesText(list.entryCount)}`}
        </Text>
        <Text size={200} className={styles.muted}>
          {list.source}
        </Text>
        {list.note && (
          // A list too old to trust (lists.ts stalenessWarning) is said in the warning colour.
          <Text size={200} className={/\bWarning:/.test(list.note) ? styles.warning : styles.muted} weight={/\bWarning:/.test(list.note) ? 'semibold' : 'regular'}>
            {list.note}
          </Text>
        )}
      </div>
      {list.removable && (
        <Button size="small" disabledFocusable={disabled} aria-label={`Remove ${list.name}`} onClick={() => onRemove(list)}>
          Remove
        </Button>
      )}
    </li>
  );
}
