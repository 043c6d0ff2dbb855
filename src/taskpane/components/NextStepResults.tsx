// The result of a tracked run by next step (the CtA Next Step column), each a filter for the sheet.
import * as React from 'react';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { NEXT_STEPS, type NextStepKind } from '../../domain/next-step';
import { PaneSection } from './PaneSection';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  button: { width: '100%', minWidth: 0, justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, textAlign: 'start', fontWeight: tokens.fontWeightRegular },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface NextStepResultsProps {
  counts: Record<NextStepKind, number>;
  overdue: number;
  activeFilter: NextStepKind | null;
  filterBusy: boolean;
  onFilter: (step: NextStepKind | null) => void;
}

function rowsText(n: number): string {
  return n === 1 ? '1 row' : `${n.toLocaleString('en-US')} rows`;
}

export function NextStepResults({ counts, overdue, activeFilter, filterBusy, onFilter }: NextStepResultsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <PaneSection id="next-steps" title="Next steps">
      <Text size={200} className={styles.muted}>
        {overdue > 0 ? `${rowsText(overdue)} overdue (marked red in CtA Next Step).` : 'Nothing is overdue.'} Select a next step to show only its rows in the sheet.
      </Text>
      <ul className={styles.list} aria-label="Rows by next step" aria-busy={filterBusy}>
        {NEXT_STEPS.map((step) => {
          const count = counts[step] ?? 0;
          const active = activeFilter === step;
          return (
            <li key={step}>
              <Button
                className={styles.button}
                appearance={active ? 'secondary' : 'subtle'}
                aria-pressed={active}
                aria-label={`${step}: ${rowsText(count)}. Show only these rows in the sheet.`}
                disabledFocusable={count === 0}
                onClick={() => onFilter(step)}
              >
                <span className={styles.name}>{step}</span>{' '}
                <Badge className={styles.badge} shape="rounded" size="large" appearance="tint" color="informative">
                  {count.toLocaleString('en-US')}
                </Badge>
              </Button>
            </li>
          );
        })}
      </ul>
      <div className={styles.footer}>
        <Button onClick={() => onFilter(null)}>Show all next steps</Button>
        <Text size={200} className={styles.muted} role="status">
          {activeFilter ? `Sheet shows only next step: ${activeFilter}` : 'Sheet shows all next steps'}
        </Text>
      </div>
    </PaneSection>
  );
}
