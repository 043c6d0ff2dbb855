// The instruction that applies to every supplier whatever its status (B.4 and B.6), shown after a run.
import * as React from 'react';
import { STANDING_NOTE } from '../messages';
import { Notice } from './Notice';

export function StandingNote(): React.JSX.Element {
  return <Notice intent="info" message={{ title: 'For every supplier (B.4, B.6)', body: STANDING_NOTE }} />;
}
