// Renders the pane as index.tsx does (Fluent light theme) over a given gateway.
//
// jsdom's getComputedStyle walks every CSS rule in the document, and Fluent inserts thousands of
// them, which makes user-event (it checks pointer-events and visibility on each step) take seconds
// per click. The tests' renderer therefore keeps only the rules that hide or disable something.
import './jsdom-polyfills';
import * as React from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, RendererProvider, createDOMRenderer, type Theme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { WorkbookGateway } from '../../src/gateway/workbook-gateway';

const KEEP_RULE = /display:\s*none|visibility:\s*hidden|pointer-events:\s*none/;

export function renderPane(gateway: WorkbookGateway) {
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: (rule) => KEEP_RULE.test(rule) });
  return render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={{} as Theme} targetDocument={document}>
        <App gateway={gateway} />
      </FluentProvider>
    </RendererProvider>,
  );
}
