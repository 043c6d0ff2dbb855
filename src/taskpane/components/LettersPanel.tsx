// Supplier letters for chosen rows of the last screening: the selected rows, one status or one next
// step; signed with the company's name; written to the CtA Letters sheet in English and Chinese.
import * as React from 'react';
import { Button, Dropdown, Field, Input, Option, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { NEXT_STEPS, type NextStepKind } from '../../domain/next-step';
import { STATUSES, type Status } from '../../domain/types';
import type { LetterRows } from '../../gateway/workbook-gateway';
import type { Letters } from '../hooks/useLetters';
import { Notice } from './Notice';
import { PaneSection } from './PaneSection';

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

const SELECTION = 'selection';

/** The drop-down's choices: the selection, each status, each next step (when the sheet is tracked). */
function choices(tracked: boolean): { value: string; label: string; rows: LetterRows }[] {
  return [
    { value: SELECTION, label: 'Rows I have selected in the sheet', rows: { kind: 'selection' } },
    ...STATUSES.map((status: Status) => ({ value: `status:${status}`, label: `Status: ${status}`, rows: { kind: 'status', status } as LetterRows })),
    ...(tracked ? NEXT_STEPS.map((step: NextStepKind) => ({ value: `step:${step}`, label: `Next step: ${step}`, rows: { kind: 'nextStep', step } as LetterRows })) : []),
  ];
}

export interface LettersPanelProps {
  letters: Letters;
  /** The last run wrote CtA Next Step: letters can follow a next step. */
  tracked: boolean;
  disabled?: boolean;
}

export function LettersPanel({ letters, tracked, disabled }: LettersPanelProps): React.JSX.Element {
  const styles = useStyles();
  const options = choices(tracked);
  const [value, setValue] = React.useState(SELECTION);
  const [company, setCompany] = React.useState('');
  const chosen = options.find((o) => o.value === value) ?? options[0];
  const writing = letters.state.kind === 'writing';
  return (
    <PaneSection id="letters" title="Supplier letters">
      <Text size={200} className={styles.muted}>
        The B.4 instruction with its reply form, or a notice to disengage, in English and Simplified Chinese, on a CtA Letters sheet.
      </Text>
      <Field label="Your company's name" hint="The letters are signed with it.">
        <Input value={company} disabled={disabled || writing} onChange={(_, data) => setCompany(data.value)} />
      </Field>
      <Field label="Write letters for">
        <Dropdown className={styles.dropdown} value={chosen.label} selectedOptions={[chosen.value]} disabled={disabled || writing} onOptionSelect={(_, data) => data.optionValue && setValue(data.optionValue)}>
          {options.map((o) => (
            <Option key={o.value} value={o.value}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled || writing || company.trim() === ''} onClick={() => letters.write({ rows: chosen.rows, companyName: company })}>
          Write letters
        </Button>
        {writing && <Spinner size="tiny" label="Writing the letters…" />}
      </div>
      {letters.state.kind === 'written' && <Notice intent="success" message={{ title: 'Letters written', body: letters.state.outcome.message }} />}
      {letters.state.kind === 'failed' && <Notice intent="error" message={letters.state.error} />}
    </PaneSection>
  );
}
