// Add a list by pasting cells copied from Excel (or CSV text), with a name for it. The form opens from
// a disclosure button so that the pane stays short until it is needed.
import * as React from 'react';
import { useId, useState } from 'react';
import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { AddListInput } from '../../gateway/workbook-gateway';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0, margin: 0 },
  actions: { display: 'flex', justifyContent: 'flex-start' },
});

export interface AddListPasteProps {
  disabled?: boolean;
  /** Resolves true when the list was added: the fields are then cleared. */
  onAdd: (input: AddListInput) => Promise<boolean>;
}

export function AddListPaste({ disabled, onAdd }: AddListPasteProps): React.JSX.Element {
  const styles = useStyles();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const formId = useId();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (disabled) return;
    // The form stays open (and keeps focus) so the next list can be pasted; the result is announced.
    if (await onAdd({ fileName: name, text })) {
      setName('');
      setText('');
    }
  };
  return (
    <>
      <div className={styles.actions}>
        <Button aria-expanded={open} aria-controls={open ? formId : undefined} onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide the paste area' : 'Paste a list…'}
        </Button>
      </div>
      {open && (
        <form id={formId} className={styles.form} aria-label="Add a pasted list" onSubmit={submit}>
          <Field label="Name of the pasted list">
            <Input value={name} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Field
            label="Pasted list"
            hint="Copy the cells from Excel, or CSV text, header row first: a name column, and optionally aliases, country, category (A.1–A.4), section (UFLPA (i)–(v)) and source."
          >
            <Textarea value={text} resize="vertical" rows={4} onChange={(_, d) => setText(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" disabledFocusable={disabled}>
              Add pasted list
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
