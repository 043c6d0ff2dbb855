/** @jest-environment jsdom */
// The real mount path (Fluent light theme, createRoot) renders the pane and the not-in-Excel notice.
import '@testing-library/jest-dom';
import './jsdom-polyfills';
import { act, screen, within } from '@testing-library/react';
import { mountApp, mountNotice } from '../../src/taskpane/mount';
import { fakeGateway } from './fake-gateway';

describe('mount', () => {
  test('mountApp renders the pane inside FluentProvider and asks the gateway for the table', async () => {
    const container = document.createElement('div');
    container.textContent = 'Loading…';
    document.body.appendChild(container);
    const gateway = fakeGateway();

    await act(async () => mountApp(container, gateway));

    expect(container.querySelector('.fui-FluentProvider')).not.toBeNull();
    expect(await screen.findByRole('heading', { name: 'Supplier table' })).toBeInTheDocument();
    expect(gateway.detectTable).toHaveBeenCalledTimes(1);
    expect(container).not.toHaveTextContent('Loading…');
  });

  test('mountNotice shows a one-line message', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    await act(async () => mountNotice(container, 'This pane works inside Excel.'));
    expect(within(container).getByRole('status')).toHaveTextContent('This pane works inside Excel.');
  });
});
