// Renders the pane (or a one-line notice) into the page, inside Fluent's light theme.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import type { WorkbookGateway } from '../gateway/workbook-gateway';

const roots = new WeakMap<Element, Root>();

function rootOf(container: Element): Root {
  let root = roots.get(container);
  if (!root) {
    container.textContent = '';
    root = createRoot(container);
    roots.set(container, root);
  }
  return root;
}

/** The page's #container element, created when the page lacks it. */
export function paneContainer(): HTMLElement {
  let el = document.getElementById('container');
  if (!el) {
    el = document.createElement('div');
    el.id = 'container';
    document.body.appendChild(el);
  }
  return el;
}

export function mountApp(container: Element, gateway: WorkbookGateway): void {
  rootOf(container).render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} />
    </FluentProvider>,
  );
}

export function mountNotice(container: Element, text: string): void {
  rootOf(container).render(
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Text as="p" role="status">
          {text}
        </Text>
      </main>
    </FluentProvider>,
  );
}
