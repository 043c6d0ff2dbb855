// What changed since the earlier screening recorded in the workbook (the CtA Change column), by change.
import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';

/** The changes a run reports, most urgent first ('First screening' is not a change). */
export const CHANGE_ORDER = ['New flag', 'Status up', 'Status down', 'New row', 'Unchanged'] as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  count: { fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

function rows(n: number): string {
  return n === 1 ? '1 row' : `${n.toLocaleString('en-US')} rows`;
}

export function ChangeSummary({ counts }: { counts: Record<string, number> }): React.JSX.Element {
  const styles = useStyles();
  const headingId = React.useId();
  const known = new Set<string>(CHANGE_ORDER);
  const names = [...CHANGE_ORDER, ...Object.keys(counts).filter((k) => !known.has(k) && k !== 'First screening' && counts[k] > 0)];
  return (
    <div className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        Since the last screening
      </h3>
      <ul className={styles.list} aria-labelledby={headingId}>
        {names.map((name) => (
          <li key={name} className={styles.item}>
            <Text size={200}>{name}</Text>
            <Text size={200} className={styles.count}>
              {rows(counts[name] ?? 0)}
            </Text>
          </li>
        ))}
      </ul>
      <Text size={200} className={styles.muted}>
        The CtA Change column shows which rows; filter it in the sheet.
      </Text>
    </div>
  );
}
