// A titled card: one step of the pane, labelled by its heading for screen readers.
import * as React from 'react';
import { Card, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: {
    minWidth: 0,
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface PaneSectionProps {
  id: string;
  title: string;
  children: React.ReactNode;
}

export function PaneSection({ id, title, children }: PaneSectionProps): React.JSX.Element {
  const styles = useStyles();
  const headingId = `${id}-heading`;
  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {children}
    </Card>
  );
}
