// The screening lists the next run uses, and the ways to add one (a file, or pasted cells).
import * as React from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ScreeningListsState } from '../hooks/useScreeningLists';
import { AddListFile } from './AddListFile';
import { AddListPaste } from './AddListPaste';
import { ListItem } from './ListItem';
import { Notice } from './Notice';
import { PaneSection } from './PaneSection';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface ScreeningListsProps {
  state: ScreeningListsState;
  /** A screening run is under way: the lists cannot change meanwhile. */
  disabled?: boolean;
}

export function ScreeningLists({ state, disabled }: ScreeningListsProps): React.JSX.Element {
  const styles = useStyles();
  const { lists, loading, busy, error, done } = state;
  const locked = disabled || busy;
  return (
    <PaneSection id="lists" title="Screening lists">
      <Text size={200} className={styles.muted}>
        Every supplier is checked against these lists. Lists you add are kept in this workbook and never sent anywhere.
      </Text>
      {loading && !lists && <Spinner size="tiny" label="Reading the lists…" />}
      {lists && (
        <ul className={styles.list} aria-label="Lists in use" aria-busy={loading || busy}>
          {lists.map((list) => (
            <ListItem key={list.id} list={list} disabled={locked} onRemove={state.remove} />
          ))}
        </ul>
      )}
      {busy && <Spinner size="tiny" label="Updating the lists…" />}
      {error && <Notice intent="error" message={error} onDismiss={state.dismiss} />}
      {done && <Notice intent="success" message={done} onDismiss={state.dismiss} />}
      <h3 className={styles.subheading}>Add a list</h3>
      <AddListFile disabled={locked} onAdd={(input) => void state.add(input)} />
      <AddListPaste disabled={locked} onAdd={state.add} />
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" disabledFocusable={locked || loading} onClick={state.reload}>
          Refresh lists
        </Button>
      </div>
    </PaneSection>
  );
}
