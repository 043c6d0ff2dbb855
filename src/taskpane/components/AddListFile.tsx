// Add a list from a file: a button opens the file picker (.csv, .txt, or a saved DHS page .html); the
// file is read in the pane.
import * as React from 'react';
import { useId, useRef } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AddListInput } from '../../gateway/workbook-gateway';
import { readListFile } from '../list-file';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  // Visually hidden but present: the button opens it, and assistive technology reads the button.
  input: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  hint: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface AddListFileProps {
  disabled?: boolean;
  onAdd: (input: () => Promise<AddListInput>) => void;
}

export function AddListFile({ disabled, onAdd }: AddListFileProps): React.JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const onChange = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again adds it again
    if (file) onAdd(async () => ({ fileName: file.name, text: await readListFile(file) }));
  };
  return (
    <div className={styles.root}>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,.html,.htm,text/csv,text/plain,text/html"
        className={styles.input}
        tabIndex={-1}
        aria-hidden="true"
        aria-label="List file"
        onChange={onChange}
      />
      <Button disabledFocusable={disabled} aria-describedby={hintId} onClick={() => input.current?.click()}>
        Add list from a file…
      </Button>
      <Text id={hintId} size={200} className={styles.hint}>
        The DHS “UFLPA Entity List” page saved from a browser (.html), the OpenSanctions “simple CSV” export, or any .csv or .txt table with a name column.
      </Text>
    </div>
  );
}
