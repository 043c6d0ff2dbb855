// A message in plain words (title + what to do next) in a Fluent MessageBar.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PlainMessage } from '../messages';

export interface NoticeProps {
  intent: 'error' | 'warning' | 'success' | 'info';
  message: PlainMessage;
  /** Shows a close button when given. */
  onDismiss?: () => void;
  /** An extra action button, e.g. "Detect again". */
  action?: { label: string; onClick: () => void };
}

export function Notice({ intent, message, onDismiss, action }: NoticeProps): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle> {message.body}
      </MessageBarBody>
      {(action || onDismiss) && (
        <MessageBarActions>
          {action && (
            <Button size="small" onClick={action.onClick}>
              {action.label}
            </Button>
          )}
          {onDismiss && (
            <Button size="small" appearance="transparent" onClick={onDismiss} aria-label={`Dismiss: ${message.title}`}>
              Dismiss
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
