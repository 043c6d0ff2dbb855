/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, table } from './fake-gateway';
import { renderPane } from './render';

describe('detected table and column roles', () => {
  test('shows the detected table and one role drop-down per column with confidence and reason', async () => {
    renderPane(fakeGateway());

    const card = await screen.findByRole('region', { name: 'Supplier table' });
    expect(within(card).getByText('Suppliers')).toBeInTheDocument();
    expect(within(card).getByText('Suppliers!A3:D35')).toBeInTheDocument();
    expect(within(card).getByText('3')).toBeInTheDocument();
    expect(within(card).getByText('32')).toBeInTheDocument();

    const mapping = screen.getByRole('region', { name: 'Column roles' });
    const dropdowns = within(mapping).getAllByRole('combobox');
    expect(dropdowns).toHaveLength(4);
    expect(within(mapping).getByRole('combobox', { name: 'Vendor' })).toHaveTextContent('Supplier name');
    expect(within(mapping).getByRole('combobox', { name: 'Misc' })).toHaveTextContent('Ignore');
    expect(within(mapping).getByText("Detected: Supplier name, 95% sure (header matches 'Vendor')")).toBeInTheDocument();
    expect(within(mapping).getByText('Detected: Country, 60% sure (cells look like country names)')).toBeInTheDocument();
  });

  test('Detect again asks the gateway again and keeps focus on the button', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);

    const again = await screen.findByRole('button', { name: 'Detect again' });
    gateway.detectTable.mockResolvedValueOnce(table({ dataRowCount: 40, address: 'Suppliers!A3:D43' }));
    await user.click(again);
    expect(await screen.findByText('Suppliers!A3:D43')).toBeInTheDocument();
    expect(gateway.detectTable).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: 'Detect again' })).toHaveFocus();
  });

  test('choosing a role saves it as an override, and Ignore saves null', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);

    await user.click(await screen.findByRole('combobox', { name: 'Misc' }));
    await user.click(screen.getByRole('option', { name: 'Product or sector' }));

    await waitFor(() => expect(gateway.saveOverrides).toHaveBeenCalledWith({ Misc: 'product' }));
    expect(screen.getByRole('combobox', { name: 'Misc' })).toHaveTextContent('Product or sector');
    expect(await screen.findByText('Saved in the workbook.')).toBeInTheDocument();
    expect(screen.getByText(/^Your choice\. Detected: Ignore/)).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Ctry' }));
    await user.click(screen.getByRole('option', { name: 'Ignore' }));
    await waitFor(() => expect(gateway.saveOverrides).toHaveBeenLastCalledWith({ Misc: 'product', Ctry: null }));

    // The next run uses the overrides.
    await user.click(screen.getByRole('button', { name: 'Screen' }));
    expect(gateway.lastRequest().overrides).toEqual({ Misc: 'product', Ctry: null });
  });

  test('the drop-down is keyboard operable', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);

    const vendor = await screen.findByRole('combobox', { name: 'Vendor' });
    act(() => vendor.focus());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(gateway.saveOverrides).toHaveBeenCalledTimes(1));
    // The option after "Supplier name" in the list.
    expect(gateway.saveOverrides.mock.calls[0][0]).toEqual({ Vendor: 'parent' });
    expect(vendor).toHaveTextContent('Parent or group company');
  });

  test('overrides saved in the workbook earlier are shown and kept', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway(table({ overrides: { Misc: 'notes' } }));
    renderPane(gateway);

    // The saved overrides arrive with the detection, one render after the drop-downs appear.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Misc' })).toHaveTextContent('Notes'));
    await user.click(screen.getByRole('combobox', { name: 'Vendor' }));
    await user.click(screen.getByRole('option', { name: 'Supplier ID' }));
    await waitFor(() => expect(gateway.saveOverrides).toHaveBeenCalledWith({ Misc: 'notes', Vendor: 'supplierId' }));
  });

  test('a failed save says so in plain words and keeps the choice', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    gateway.saveOverrides.mockRejectedValueOnce(Object.assign(new Error('AccessDenied'), { code: 'AccessDenied' }));
    renderPane(gateway);

    await user.click(await screen.findByRole('combobox', { name: 'Misc' }));
    await user.click(screen.getByRole('option', { name: 'Notes' }));

    expect(await screen.findByText('Column role not saved in the workbook')).toBeInTheDocument();
    expect(screen.getByText(/protected or read-only/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Misc' })).toHaveTextContent('Notes');
  });
});
