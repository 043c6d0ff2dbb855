// The task pane: detected table → column roles → settings → screen → result by status.
// It sees the workbook only through the WorkbookGateway it is given.
import * as React from 'react';
import { useCallback, useState } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Settings } from '../domain/types';
import type { WorkbookGateway } from '../gateway/workbook-gateway';
import { useDetectedTable } from './hooks/useDetectedTable';
import { useRoleOverrides } from './hooks/useRoleOverrides';
import { useScreeningLists } from './hooks/useScreeningLists';
import { useScreeningRun } from './hooks/useScreeningRun';
import { useStatusFilter } from './hooks/useStatusFilter';
import { useNextStepFilter } from './hooks/useNextStepFilter';
import { useLetters } from './hooks/useLetters';
import { describeCancel, describeComplete, describeStale } from './messages';
import { ColumnMapping } from './components/ColumnMapping';
import { Notice } from './components/Notice';
import { ScreenPanel } from './components/ScreenPanel';
import { ScreeningLists } from './components/ScreeningLists';
import { SettingsPanel } from './components/SettingsPanel';
import { StandingNote } from './components/StandingNote';
import { StatusResults } from './components/StatusResults';
import { TableCard } from './components/TableCard';
import { TrackingSettings } from './components/TrackingSettings';
import { NextStepResults } from './components/NextStepResults';
import { LettersPanel } from './components/LettersPanel';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    maxWidth: '100%',
    overflowX: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface AppProps {
  gateway: WorkbookGateway;
}

export function App({ gateway }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const detection = useDetectedTable(gateway);
  const roles = useRoleOverrides(gateway, detection.table);
  const run = useScreeningRun(gateway);
  const filter = useStatusFilter(gateway);
  const lists = useScreeningLists(gateway);
  const stepFilter = useNextStepFilter(gateway);
  const letters = useLetters(gateway);
  const [settings, setSettings] = useState<Settings>({ usImporter: false });

  const running = run.state.kind === 'running';
  const { start } = run;
  const { reset: resetFilter } = filter;
  const { reset: resetStepFilter } = stepFilter;
  const table = detection.table;
  const onScreen = useCallback(() => {
    if (!table) return;
    resetFilter();
    resetStepFilter();
    start(table, roles.overrides, settings);
  }, [start, resetFilter, resetStepFilter, table, roles.overrides, settings]);

  const state = run.state;

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>Uyghur Region Supplier Screen</h1>

      {detection.loading && !detection.table && <Spinner size="small" label="Looking for the supplier table…" />}
      {!detection.loading && detection.error && (
        <Notice intent="error" message={detection.error} action={{ label: 'Detect again', onClick: detection.detectAgain }} />
      )}

      {table && (
        <>
          <TableCard table={table} onDetectAgain={detection.detectAgain} busy={detection.loading} disabled={running} />
          {detection.stale && !running && <Notice intent="warning" message={describeStale(table)} action={{ label: 'Detect again', onClick: detection.detectAgain }} />}
          <ColumnMapping
            columns={table.columns}
            overrides={roles.overrides}
            saveState={roles.saveState}
            disabled={running}
            onChange={roles.setRole}
          />
          {roles.error && <Notice intent="warning" message={roles.error} onDismiss={roles.dismissError} />}
          <SettingsPanel settings={settings} disabled={running} onChange={setSettings} />
          <TrackingSettings settings={settings} disabled={running} onChange={setSettings} />
          {lists.supported && <ScreeningLists state={lists} disabled={running} />}
          <ScreenPanel
            running={running}
            cancelling={state.kind === 'running' && state.cancelling}
            progress={state.kind === 'running' ? state.progress : null}
            canScreen={table.dataRowCount > 0}
            onScreen={onScreen}
            onCancel={run.cancel}
          >
            {state.kind === 'complete' && <Notice intent="success" message={describeComplete(state.outcome)} />}
            {state.kind === 'cancelled' && <Notice intent="warning" message={describeCancel(state.outcome)} />}
            {state.kind === 'failed' && <Notice intent="error" message={state.error} />}
          </ScreenPanel>
          {state.kind === 'complete' && (
            <>
              <StatusResults
                outcome={state.outcome}
                activeFilter={filter.active}
                filterBusy={filter.busy}
                onFilter={(status) => {
                  resetStepFilter(); // one filter at a time: each clears the other's
                  filter.apply(status);
                }}
              />
              {filter.error && <Notice intent="error" message={filter.error} />}
              {state.outcome.nextStepCounts && gateway.filterByNextStep && (
                <NextStepResults
                  counts={state.outcome.nextStepCounts}
                  overdue={state.outcome.overdue ?? 0}
                  activeFilter={stepFilter.active}
                  filterBusy={stepFilter.busy}
                  onFilter={(step) => {
                    resetFilter();
                    stepFilter.apply(step);
                  }}
                />
              )}
              {stepFilter.error && <Notice intent="error" message={stepFilter.error} />}
              {letters.supported && <LettersPanel letters={letters} tracked={!!state.outcome.nextStepCounts} />}
              <StandingNote />
            </>
          )}
        </>
      )}
    </main>
  );
}
