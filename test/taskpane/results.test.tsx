/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { STATUSES } from '../../src/domain/types';
import { styleOf } from '../../src/domain/status-styles';
import { fakeGateway, outcome } from './fake-gateway';
import { renderPane } from './render';

async function paneWithResult() {
  const user = userEvent.setup();
  const gateway = fakeGateway();
  renderPane(gateway);
  await user.click(await screen.findByRole('button', { name: 'Screen' }));
  await act(async () => gateway.run.resolve(outcome()));
  const result = screen.getByRole('region', { name: 'Result by status' });
  return { user, gateway, result };
}

describe('result by status', () => {
  test('selecting a status filters the sheet to it; Show all rows clears the filter', async () => {
    const { user, gateway, result } = await paneWithResult();

    const review = within(result).getByRole('button', { name: /^Review: 3 rows/ });
    await user.click(review);
    expect(gateway.filterByStatus).toHaveBeenLastCalledWith('Review');
    await waitFor(() => expect(review).toHaveAttribute('aria-pressed', 'true'));
    expect(within(result).getByText('Sheet shows only: Review')).toBeInTheDocument();

    await user.click(within(result).getByRole('button', { name: /^Disengage now: 2 rows/ }));
    expect(gateway.filterByStatus).toHaveBeenLastCalledWith('Disengage now');

    await user.click(within(result).getByRole('button', { name: 'Show all rows' }));
    expect(gateway.filterByStatus).toHaveBeenLastCalledWith(null);
    await waitFor(() => expect(within(result).getByText('Sheet shows all rows')).toBeInTheDocument());
    expect(gateway.filterByStatus).toHaveBeenCalledTimes(3);
  });

  test('status filters work from the keyboard', async () => {
    const { user, gateway, result } = await paneWithResult();

    act(() => within(result).getByRole('button', { name: /^Trace inputs: 4 rows/ }).focus());
    await user.keyboard('{Enter}');
    expect(gateway.filterByStatus).toHaveBeenLastCalledWith('Trace inputs');
    // (Tab order itself is left to the browser test: jsdom has no layout, so Fluent's focus manager
    // cannot tell what is visible.) Every control is a native button, activated by Enter or Space.
    act(() => within(result).getByRole('button', { name: 'Show all rows' }).focus());
    await user.keyboard(' ');
    expect(gateway.filterByStatus).toHaveBeenLastCalledWith(null);
  });

  test('each status badge wears the colours the sheet uses for that status', async () => {
    const { result } = await paneWithResult();
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    for (const status of STATUSES) {
      const button = within(result).getByRole('button', { name: new RegExp(`^${status}:`) });
      const badge = button.querySelector('.fui-Badge') as HTMLElement;
      expect(badge.style.backgroundColor).toBe(rgb(styleOf(status).fill));
      expect(badge.style.color).toBe(rgb(styleOf(status).font));
    }
  });

  test('a status with no rows stays focusable but does not filter', async () => {
    const { user, gateway, result } = await paneWithResult();
    const empty = within(result).getByRole('button', { name: /^Instruct & verify: 0 rows/ });
    expect(empty).toHaveAttribute('aria-disabled', 'true');
    await user.click(empty);
    expect(gateway.filterByStatus).not.toHaveBeenCalled();
  });

  test('a failed filter says what to do instead', async () => {
    const { user, gateway, result } = await paneWithResult();
    gateway.filterByStatus.mockRejectedValueOnce(new Error('GeneralException'));
    await user.click(within(result).getByRole('button', { name: /^Review: 3 rows/ }));
    expect(await screen.findByText('The sheet could not be filtered')).toBeInTheDocument();
    expect(screen.getByText(/Use the filter arrows in the header row instead/)).toBeInTheDocument();
  });
});
