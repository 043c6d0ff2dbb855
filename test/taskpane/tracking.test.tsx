/** @jest-environment jsdom */
// The pane's tracking and letters over a gateway double: the setting reaches the run, the next-step
// counts filter the sheet (one filter at a time), and letters are asked for with the company's name.
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NEXT_STEPS, type NextStepKind } from '../../src/domain/next-step';
import type { LettersOutcome, LettersRequest } from '../../src/gateway/workbook-gateway';
import { fakeGateway, outcome } from './fake-gateway';
import { renderPane } from './render';

const STEP_COUNTS = Object.fromEntries(NEXT_STEPS.map((k, i) => [k, i === 0 ? 20 : i === 2 ? 3 : i === 5 ? 3 : 0])) as Record<NextStepKind, number>;

function trackingGateway() {
  const gateway = fakeGateway();
  const filterByNextStep = jest.fn<Promise<void>, [NextStepKind | null]>(async () => undefined);
  const writeLetters = jest.fn<Promise<LettersOutcome>, [LettersRequest]>(async () => ({
    sheetName: 'CtA Letters',
    suppliers: 3,
    message: "Letters for 3 suppliers, in English and Simplified Chinese, are on the 'CtA Letters' sheet. Read each one before you send it.",
  }));
  return Object.assign(gateway, { filterByNextStep, writeLetters });
}

async function screened(gateway: ReturnType<typeof trackingGateway>, tracked: boolean) {
  const user = userEvent.setup();
  renderPane(gateway);
  if (tracked) await user.click(await screen.findByRole('switch', { name: /^Track supplier responses/ }));
  await user.click(await screen.findByRole('button', { name: 'Screen' }));
  await act(async () => gateway.run.resolve(outcome(tracked ? { nextStepCounts: STEP_COUNTS, overdue: 3 } : {})));
  return user;
}

describe('tracking in the pane', () => {
  test('the switch and the proof days reach the run; the counts by next step filter the sheet, one filter at a time', async () => {
    const gateway = trackingGateway();
    const user = userEvent.setup();
    renderPane(gateway);
    await user.click(await screen.findByRole('switch', { name: /^Track supplier responses/ }));
    const days = screen.getByRole('textbox', { name: /Days to send the proof/ });
    await user.clear(days);
    await user.type(days, '45');
    await user.click(screen.getByRole('button', { name: 'Screen' }));
    expect(gateway.lastRequest().settings).toEqual({ usImporter: false, track: true, proofDays: 45 });
    await act(async () => gateway.run.resolve(outcome({ nextStepCounts: STEP_COUNTS, overdue: 3 })));

    const steps = screen.getByRole('region', { name: 'Next steps' });
    expect(within(steps).getByText(/^3 rows overdue \(marked red in CtA Next Step\)\./)).toBeInTheDocument();
    await user.click(within(steps).getByRole('button', { name: /^Chase: 3 rows/ }));
    expect(gateway.filterByNextStep).toHaveBeenLastCalledWith('Chase');
    await waitFor(() => expect(within(steps).getByText('Sheet shows only next step: Chase')).toBeInTheDocument());
    // A status filter replaces it (the gateway clears the other column's filter): the pane says so.
    const result = screen.getByRole('region', { name: 'Result by status' });
    await user.click(within(result).getByRole('button', { name: /^Review: 3 rows/ }));
    await waitFor(() => expect(within(result).getByText('Sheet shows only: Review')).toBeInTheDocument());
    expect(within(steps).getByText('Sheet shows all next steps')).toBeInTheDocument();
    await user.click(within(steps).getByRole('button', { name: 'Show all next steps' }));
    expect(gateway.filterByNextStep).toHaveBeenLastCalledWith(null);
    await waitFor(() => expect(within(result).getByText('Sheet shows all rows')).toBeInTheDocument());
  });

  test('without tracking there is no next-step section', async () => {
    const gateway = trackingGateway();
    await screened(gateway, false);
    expect(screen.queryByRole('region', { name: 'Next steps' })).toBeNull();
  });
});

describe('letters in the pane', () => {
  test('need the company name; go for the selection, a status or a next step; say where they are', async () => {
    const gateway = trackingGateway();
    const user = await screened(gateway, true);
    const panel = screen.getByRole('region', { name: 'Supplier letters' });
    const write = within(panel).getByRole('button', { name: 'Write letters' });
    expect(write).toBeDisabled();
    await user.type(within(panel).getByRole('textbox', { name: /Your company's name/ }), 'Northwind Apparel Ltd');
    await user.click(write);
    expect(gateway.writeLetters).toHaveBeenLastCalledWith({ rows: { kind: 'selection' }, companyName: 'Northwind Apparel Ltd' });
    expect(await within(panel).findByText(/Letters for 3 suppliers, in English and Simplified Chinese/)).toBeInTheDocument();

    await user.click(within(panel).getByRole('combobox', { name: 'Write letters for' }));
    await user.click(screen.getByRole('option', { name: 'Next step: Chase' }));
    await user.click(write);
    expect(gateway.writeLetters).toHaveBeenLastCalledWith({ rows: { kind: 'nextStep', step: 'Chase' }, companyName: 'Northwind Apparel Ltd' });

    await user.click(within(panel).getByRole('combobox', { name: 'Write letters for' }));
    await user.click(screen.getByRole('option', { name: 'Status: Disengage' }));
    await user.click(write);
    expect(gateway.writeLetters).toHaveBeenLastCalledWith({ rows: { kind: 'status', status: 'Disengage' }, companyName: 'Northwind Apparel Ltd' });
  });

  test('a refusal is shown in the gateway’s own words', async () => {
    const gateway = trackingGateway();
    gateway.writeLetters.mockRejectedValueOnce(Object.assign(new Error('The chosen rows name no supplier: add the supplier names and screen again.'), { name: 'NoLetters' }));
    const user = await screened(gateway, false);
    const panel = screen.getByRole('region', { name: 'Supplier letters' });
    await user.type(within(panel).getByRole('textbox', { name: /Your company's name/ }), 'Northwind');
    await user.click(within(panel).getByRole('button', { name: 'Write letters' }));
    expect(await within(panel).findByText('Letters not written')).toBeInTheDocument();
    expect(within(panel).getByText(/The chosen rows name no supplier/)).toBeInTheDocument();
  });
});
