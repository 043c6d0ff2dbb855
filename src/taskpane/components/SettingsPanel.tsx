// Settings of the run: for now, whether the company imports into the United States.
import * as React from 'react';
import { Switch } from '@fluentui/react-components';
import type { Settings } from '../../domain/types';
import { PaneSection } from './PaneSection';

export interface SettingsPanelProps {
  settings: Settings;
  disabled?: boolean;
  onChange: (settings: Settings) => void;
}

export function SettingsPanel({ settings, disabled, onChange }: SettingsPanelProps): React.JSX.Element {
  return (
    <PaneSection id="settings" title="Settings">
      <Switch
        label="Screen as a US importer (adds C.1)"
        checked={settings.usImporter}
        disabled={disabled}
        onChange={(_, data) => onChange({ ...settings, usImporter: data.checked })}
      />
    </PaneSection>
  );
}
