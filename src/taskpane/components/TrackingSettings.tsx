// Whether the run tracks supplier responses (the B.4 instruction and its proof), and the days a
// supplier has to send the proof when Proof Due is left blank.
import * as React from 'react';
import { Field, Input, Switch, makeStyles } from '@fluentui/react-components';
import { DEFAULT_PROOF_DAYS } from '../../domain/next-step';
import type { Settings } from '../../domain/types';
import { PaneSection } from './PaneSection';

const useStyles = makeStyles({ days: { maxWidth: '8em' } });

export interface TrackingSettingsProps {
  settings: Settings;
  disabled?: boolean;
  onChange: (settings: Settings) => void;
}

export function TrackingSettings({ settings, disabled, onChange }: TrackingSettingsProps): React.JSX.Element {
  const styles = useStyles();
  const [days, setDays] = React.useState(String(settings.proofDays ?? DEFAULT_PROOF_DAYS));
  const valid = /^\d{1,4}$/.test(days.trim()) && Number(days) > 0;
  return (
    <PaneSection id="tracking" title="Supplier responses">
      <Switch
        label="Track supplier responses (adds Instruction Sent, Supplier Reply, Proof Received, Proof Due and CtA Next Step)"
        checked={!!settings.track}
        disabled={disabled}
        onChange={(_, data) => onChange({ ...settings, track: data.checked })}
      />
      {settings.track && (
        <Field
          label="Days to send the proof"
          hint="Proof Due, when you leave it blank, is the date in Instruction Sent plus these days."
          validationMessage={valid ? undefined : 'Type a whole number of days, such as 60.'}
        >
          <Input
            className={styles.days}
            inputMode="numeric"
            value={days}
            disabled={disabled}
            onChange={(_, data) => {
              setDays(data.value);
              const n = Number(data.value);
              if (/^\d{1,4}$/.test(data.value.trim()) && n > 0) onChange({ ...settings, proofDays: n });
            }}
          />
        </Field>
      )}
    </PaneSection>
  );
}
