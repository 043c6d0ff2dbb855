// The detected supplier table: where it is and how big, with a way to look again.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { DetectedTable } from '../../gateway/workbook-gateway';
import { PaneSection } from './PaneSection';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  actions: { display: 'flex', justifyContent: 'flex-start' },
});

export interface TableCardProps {
  table: DetectedTable;
  onDetectAgain: () => void;
  /** A new detection is under way: the card keeps showing the last one meanwhile. */
  busy?: boolean;
  disabled?: boolean;
}

export function TableCard({ table, onDetectAgain, busy, disabled }: TableCardProps): React.JSX.Element {
  const styles = useStyles();
  const facts: [string, string][] = [
    ['Sheet', table.sheetName],
    ['Range', table.address],
    ['Header row', String(table.headerRow)],
    ['Supplier rows', table.dataRowCount.toLocaleString('en-US')],
    ['Excel table', table.isTable ? 'Yes' : 'No'],
  ];
  return (
    <PaneSection id="table" title="Supplier table">
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
      <div className={styles.actions}>
        <Button size="small" onClick={onDetectAgain} disabledFocusable={busy || disabled}>
          {busy ? 'Detecting…' : 'Detect again'}
        </Button>
      </div>
    </PaneSection>
  );
}
