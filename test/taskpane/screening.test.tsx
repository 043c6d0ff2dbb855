/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { counts, fakeGateway, outcome } from './fake-gateway';
import { renderPane } from './render';

describe('screening run', () => {
  test('Screen sends the settings, shows rows done of total, then the counts by status', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);

    await user.click(await screen.findByRole('switch', { name: 'Screen as a US importer (adds C.1)' }));
    await user.click(screen.getByRole('button', { name: 'Screen' }));

    const request = gateway.lastRequest();
    expect(request.settings).toEqual({ usImporter: true });
    expect(request.signal.aborted).toBe(false);
    // Unavailable but still focusable while the run goes on.
    expect(screen.getByRole('button', { name: 'Screen' })).toHaveAttribute('aria-disabled', 'true');

    act(() => request.onProgress({ phase: 'screening', done: 1200, total: 5000 }));
    expect(screen.getByText('Screening: 1,200 of 5,000 rows done')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '0.24');
    expect(bar).toHaveAttribute('aria-valuetext', 'Screening: 1,200 of 5,000 rows done');

    act(() => request.onProgress({ phase: 'writing', done: 5000, total: 5000 }));
    expect(screen.getByText('Writing the results: 5,000 of 5,000 rows done')).toBeInTheDocument();

    await act(async () => gateway.run.resolve(outcome()));

    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('Screening complete')).toBeInTheDocument();
    expect(screen.getByText(/Rows 4–35 screened; output columns are complete\./)).toBeInTheDocument();

    const result = screen.getByRole('region', { name: 'Result by status' });
    const list = within(result).getByRole('list', { name: 'Rows by status' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Disengage now 2',
      'Disengage 1',
      'Instruct & verify 0',
      'Review 3',
      'Trace inputs 4',
      'No link found 21',
      'Insufficient data 1',
    ]);
    expect(within(result).getByRole('button', { name: /^Review: 3 rows\./ })).toBeInTheDocument();
    expect(within(result).getByText('32 rows screened. Select a status to show only its rows in the sheet.')).toBeInTheDocument();
    expect(within(result).getByText('By category: A.1: 2 · A.2: 1 · A.4: 4')).toBeInTheDocument();
    // The standing B.4/B.6 note comes with every finished run.
    expect(screen.getByText('For every supplier (B.4, B.6)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Screen' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('Cancel aborts the request signal and explains the outcome', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);

    await user.click(await screen.findByRole('button', { name: 'Screen' }));
    const request = gateway.lastRequest();
    act(() => request.onProgress({ phase: 'screening', done: 10, total: 32 }));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(request.signal.aborted).toBe(true);
    expect(screen.getByText('Stopping after the current step…')).toBeInTheDocument();

    await act(async () =>
      gateway.run.resolve(
        outcome({ state: 'cancelled', rowsScreened: 10, counts: counts({ 'No link found': 10 }), message: 'Rows 4–13 were screened; rows 14–35 were not.' }),
      ),
    );

    expect(screen.getByText('Screening stopped')).toBeInTheDocument();
    expect(screen.getByText(/Rows 4–13 were screened; rows 14–35 were not\. Select Screen to run it again/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Result by status' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    // Focus was on Cancel, which is gone: it comes back to Screen.
    expect(screen.getByRole('button', { name: 'Screen' })).toHaveFocus();
  });

  test('a run that rejects with AbortError after Cancel also shows the cancel message', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);

    await user.click(await screen.findByRole('button', { name: 'Screen' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await act(async () => gateway.run.reject(new DOMException('The operation was aborted.', 'AbortError')));

    expect(screen.getByText('Screening stopped')).toBeInTheDocument();
    expect(screen.getByText(/the others were not screened/)).toBeInTheDocument();
    expect(screen.queryByText('Screening did not finish')).not.toBeInTheDocument();
  });

  test('an error from the gateway shows a plain message, never the stack', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);

    await user.click(await screen.findByRole('button', { name: 'Screen' }));
    const err = new TypeError("Cannot read properties of undefined (reading 'values')");
    err.stack = "TypeError: Cannot read properties of undefined (reading 'values')\n    at writePlan (office-gateway.ts:120:7)";
    await act(async () => gateway.run.reject(err));

    const title = screen.getByText('Screening did not finish');
    const bar = title.closest('.fui-MessageBar') as HTMLElement;
    expect(bar).not.toBeNull();
    expect(bar).toHaveTextContent(/Check that the sheet is not protected and that no cell is being edited, then select Screen again\./);
    expect(bar).not.toHaveTextContent(/Cannot read|TypeError|office-gateway|at writePlan/);
    // The run can be tried again.
    expect(screen.getByRole('button', { name: 'Screen' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Screen' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('an Office error code the user can act on is explained', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);

    await user.click(await screen.findByRole('button', { name: 'Screen' }));
    await act(async () =>
      gateway.run.reject(Object.assign(new Error('The requested operation is invalid in cell edit mode.'), { code: 'InvalidOperationInCellEditMode' })),
    );
    expect(screen.getByText(/Excel is busy because a cell is being edited\. Press Enter or Esc in the sheet first\./)).toBeInTheDocument();
  });

  test('a table that cannot be detected shows a plain message and can be detected again', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    gateway.detectTable.mockRejectedValueOnce(new Error('The active sheet is empty.'));
    renderPane(gateway);

    expect(await screen.findByText('No supplier table could be read')).toBeInTheDocument();
    expect(screen.getByText(/The active sheet is empty\. Open the sheet that holds your suppliers/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Screen' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Detect again' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Supplier table' })).toBeInTheDocument());
    expect(gateway.detectTable).toHaveBeenCalledTimes(2);
  });
});
