// Starts a screening run, shows its progress and lets the user cancel it.
// Buttons stay focusable while unavailable, and focus returns to Screen when Cancel goes away,
// so a keyboard user never loses their place.
import * as React from 'react';
import { useEffect, useRef } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ScreenProgress } from '../../gateway/workbook-gateway';
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
  const screenButton = useRef<HTMLButtonElement>(null);
  const cancelHadFocus = useRef(false);

  // When a run ends, its notice and the result below it may be out of sight (the column roles above
  // are long): bring this section to the top of the pane. Focus stays where it was.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running) {
      wasRunning.current = true;
      return;
    }
    if (!wasRunning.current) return;
    wasRunning.current = false;
    screenButton.current?.closest('[role="region"]')?.scrollIntoView?.({ block: 'start' });
  }, [running]);

  useEffect(() => {
    if (running || !cancelHadFocus.current) return;
    cancelHadFocus.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) screenButton.current?.focus();
  }, [running]);

  return (
    <PaneSection id="screen" title="Screen">
      <div className={styles.buttons}>
        <Button
          ref={screenButton}
          appearance="primary"
          onClick={onScreen}
          disabled={!canScreen && !running}
          disabledFocusable={running}
        >
          Screen
        </Button>
        {running && (
          <Button
            onClick={onCancel}
            disabledFocusable={cancelling}
            onFocus={() => (cancelHadFocus.current = true)}
            onBlur={() => (cancelHadFocus.current = false)}
          >
            Cancel
          </Button>
        )}
      </div>
      {running && <RunProgress progress={progress} cancelling={cancelling} />}
      {children}
    </PaneSection>
  );
}
