// The result of a run by status, each a filter for the sheet, and a way back to all rows.
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { STATUSES, type Status } from '../../domain/types';
import type { ScreenOutcome } from '../../gateway/workbook-gateway';
import { ChangeSummary } from './ChangeSummary';
import { PaneSection } from './PaneSection';
import { StatusButton } from './StatusButton';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

function categoryLine(counts: Record<string, number>): string {
  const parts = Object.keys(counts)
    .filter((k) => counts[k] > 0)
    .sort()
    .map((k) => `${k}: ${counts[k].toLocaleString('en-US')}`);
  return parts.length ? `By category: ${parts.join(' · ')}` : 'No category fired.';
}

export interface StatusResultsProps {
  outcome: ScreenOutcome;
  activeFilter: Status | null;
  filterBusy: boolean;
  onFilter: (status: Status | null) => void;
}

export function StatusResults({ outcome, activeFilter, filterBusy, onFilter }: StatusResultsProps): React.JSX.Element {
  const styles = useStyles();
  const rows = outcome.rowsScreened === 1 ? '1 row screened' : `${outcome.rowsScreened.toLocaleString('en-US')} rows screened`;
  return (
    <PaneSection id="result" title="Result by status">
      <Text size={200} className={styles.muted}>
        {rows}. Select a status to show only its rows in the sheet.
      </Text>
      <ul className={styles.list} aria-label="Rows by status" aria-busy={filterBusy}>
        {STATUSES.map((status) => (
          <li key={status}>
            <StatusButton status={status} count={outcome.counts[status] ?? 0} active={activeFilter === status} onSelect={onFilter} />
          </li>
        ))}
      </ul>
      <Text size={200} className={styles.muted}>
        {categoryLine(outcome.categoryCounts)}
      </Text>
      {outcome.changeCounts && <ChangeSummary counts={outcome.changeCounts} />}
      <div className={styles.footer}>
        <Button onClick={() => onFilter(null)}>Show all rows</Button>
        <Text size={200} className={styles.muted} role="status">
          {activeFilter ? `Sheet shows only: ${activeFilter}` : 'Sheet shows all rows'}
        </Text>
      </div>
    </PaneSection>
  );
}
