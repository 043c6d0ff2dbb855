/** @jest-environment jsdom */
// The table the pane shows is the table Screen screens: the request names it, and while the user's
// selection is away from it the pane says so and offers Detect again.
import '@testing-library/jest-dom';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DetectedTable } from '../../src/gateway/workbook-gateway';
import { fakeGateway, table } from './fake-gateway';
import { renderPane } from './render';

function watching() {
  const gateway = fakeGateway();
  let tell: ((away: boolean) => void) | null = null;
  const stop = jest.fn();
  const watchSelection = jest.fn((_t: DetectedTable, onChange: (away: boolean) => void) => {
    tell = onChange;
    return stop;
  });
  Object.assign(gateway, { watchSelection });
  return { gateway, watchSelection, stop, move: (away: boolean) => act(() => tell!(away)) };
}

test('Screen sends the detected table', async () => {
  const user = userEvent.setup();
  const gateway = fakeGateway();
  renderPane(gateway);
  await user.click(await screen.findByRole('button', { name: 'Screen' }));
  expect(gateway.lastRequest().table).toEqual(table());
});

test('the selection moving away marks the table stale; Screen still screens the table shown; coming back clears it', async () => {
  const user = userEvent.setup();
  const { gateway, watchSelection, move } = watching();
  renderPane(gateway);
  await screen.findByRole('button', { name: 'Screen' });
  await waitFor(() => expect(watchSelection).toHaveBeenCalledWith(table(), expect.any(Function)));
  expect(screen.queryByText('Your selection is away from this table')).not.toBeInTheDocument();

  move(true);
  expect(screen.getByText('Your selection is away from this table')).toBeInTheDocument();
  expect(screen.getByText('Screen still screens the table shown above (Suppliers!A3:D35). To screen the table you selected, choose Detect again.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Screen' }));
  expect(gateway.lastRequest().table).toEqual(table());

  move(false);
  expect(screen.queryByText('Your selection is away from this table')).not.toBeInTheDocument();
});

test('Detect again from the notice detects anew and listens for the new table', async () => {
  const user = userEvent.setup();
  const { gateway, watchSelection, stop, move } = watching();
  renderPane(gateway);
  await screen.findByRole('button', { name: 'Screen' });
  await waitFor(() => expect(watchSelection).toHaveBeenCalledTimes(1));
  const other = table({ sheetName: 'Tier 2', address: "'Tier 2'!A1:D9", headerRow: 1 });
  gateway.detectTable.mockResolvedValueOnce(other);
  move(true);
  expect(screen.getByText('Your selection is away from this table')).toBeInTheDocument();
  const buttons = screen.getAllByRole('button', { name: 'Detect again' });
  await user.click(buttons[buttons.length - 1]);
  await waitFor(() => expect(watchSelection).toHaveBeenLastCalledWith(other, expect.any(Function)));
  expect(stop).toHaveBeenCalled();
  expect(screen.queryByText('Your selection is away from this table')).not.toBeInTheDocument();
});
