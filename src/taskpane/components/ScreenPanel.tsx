// Starts a screening run, shows its progress and lets the user cancel it.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ScreenProgress } from '../gateway';
import { PaneSection } from './PaneSection';
import { RunProgress } from './RunProgress';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface ScreenPanelProps {
  running: boolean;
  cancelling: boolean;
  progress: ScreenProgress | null;
  canScreen: boolean;
  onScreen: () => void;
  onCancel: () => void;
  /** Notices about the run (complete, stopped, failed) shown under the buttons. */
  children?: React.ReactNode;
}

export function ScreenPanel({ running, cancelling, progress, canScreen, onScreen, onCancel, children }: ScreenPanelProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <PaneSection id="screen" title="Screen">
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onScreen} disabled={running || !canScreen}>
          Screen
        </Button>
        {running && (
          <Button onClick={onCancel} disabled={cancelling}>
            Cancel
          </Button>
        )}
      </div>
      {running && <RunProgress progress={progress} cancelling={cancelling} />}
      {children}
    </PaneSection>
  );
}
