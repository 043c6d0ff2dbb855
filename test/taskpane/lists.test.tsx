/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { TextDecoder as NodeTextDecoder } from 'util';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ListInUse } from '../../src/gateway/workbook-gateway';
import { BUILT_IN, fakeGateway, outcome, withLists } from './fake-gateway';
import { renderPane } from './render';

// jsdom has no TextDecoder; the browser (and Node) have one, GB18030 included.
if (typeof globalThis.TextDecoder === 'undefined') (globalThis as { TextDecoder?: unknown }).TextDecoder = NodeTextDecoder;

const WATCHLIST: ListInUse = {
  id: 'sheet:cta-watchlist',
  name: 'CtA Watchlist',
  version: 'in this workbook',
  entryCount: 4,
  source: "The 'CtA Watchlist' sheet",
  builtIn: false,
  removable: false,
  note: 'Edit or delete the sheet to change this list.',
};

const NGO: ListInUse = {
  id: 'list:ngo-research',
  name: 'ngo-research',
  version: '2026-11-01',
  entryCount: 12,
  source: 'Imported into this workbook',
  builtIn: false,
  removable: true,
};

async function paneWithLists(initial: ListInUse[] = [BUILT_IN]) {
  const user = userEvent.setup();
  const gateway = withLists(fakeGateway(), initial);
  renderPane(gateway);
  const section = await screen.findByRole('region', { name: 'Screening lists' });
  const list = await within(section).findByRole('list', { name: 'Lists in use' });
  return { user, gateway, section, list };
}

async function openPaste(user: ReturnType<typeof userEvent.setup>, section: HTMLElement) {
  await user.click(within(section).getByRole('button', { name: 'Paste a list…' }));
  return within(section).getByRole('form', { name: 'Add a pasted list' });
}

describe('screening lists', () => {
  test('lists in use: the built-in list first with its date and how to bring a newer one; Remove only for imported lists', async () => {
    const { list } = await paneWithLists([BUILT_IN, NGO, WATCHLIST]);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^UFLPA Entity ListVersion 2026-08-03 · 106 entries.*106 of the 187 entities listed as of 2026-08-03 are built in: import the current list for full coverage.*DHS "UFLPA Entity List" page/),
      expect.stringMatching(/^ngo-researchVersion 2026-11-01 · 12 entries/),
      expect.stringMatching(/^CtA WatchlistVersion in this workbook · 4 entries/),
    ]);
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Remove ngo-research']);
  });

  test('add via paste: the text and the name go to the gateway; the list appears, the result is announced, the fields clear', async () => {
    const { user, gateway, section, list } = await paneWithLists();
    const form = await openPaste(user, section);
    await user.click(within(form).getByRole('textbox', { name: 'Name of the pasted list' }));
    await user.paste('NGO research');
    const area = within(form).getByRole('textbox', { name: /^Pasted list/ });
    await user.click(area);
    await user.paste('Name\tCategory\nHarbourline Polymer\t\nSomewhere Mill\tA.4\n');
    await user.click(within(form).getByRole('button', { name: 'Add pasted list' }));

    expect(gateway.addList).toHaveBeenCalledWith({ fileName: 'NGO research', text: 'Name\tCategory\nHarbourline Polymer\t\nSomewhere Mill\tA.4\n' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('NGO researchVersion 2026-11-28 · 2 entries');
    expect(within(section).getByText(/Added "NGO research": 2 entries, version 2026-11-28\. The next screening uses it\./)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Name of the pasted list' })).toHaveValue('');
    expect(area).toHaveValue('');
    expect(gateway.listLists).toHaveBeenCalledTimes(2); // read back from the workbook after adding
  });

  test('adding a list of the same name again says it replaced the earlier one', async () => {
    const { user, gateway, section } = await paneWithLists([BUILT_IN, NGO]);
    const form = await openPaste(user, section);
    await user.click(within(form).getByRole('textbox', { name: 'Name of the pasted list' }));
    await user.paste('ngo-research');
    await user.click(within(form).getByRole('textbox', { name: /^Pasted list/ }));
    await user.paste('name\nOne Co\n');
    await user.click(within(form).getByRole('button', { name: 'Add pasted list' }));
    expect(await within(section).findByText(/Replaced the earlier "ngo-research": 1 entry/)).toBeInTheDocument();
    expect(gateway.addList).toHaveBeenCalledTimes(1);
  });

  test('a rejected list: the row-level message is shown in plain words, nothing changes, the text stays for fixing', async () => {
    const { user, gateway, section, list } = await paneWithLists();
    const message = '"broken" was not added: row 3: name: the name is empty. Fix it in the file and add the list again; the lists in use are unchanged.';
    gateway.addList.mockRejectedValueOnce(Object.assign(new Error(message), { name: 'ListRejected' }));
    const form = await openPaste(user, section);
    await user.click(within(form).getByRole('textbox', { name: 'Name of the pasted list' }));
    await user.paste('broken');
    await user.click(within(form).getByRole('textbox', { name: /^Pasted list/ }));
    await user.paste('name\nGood Co\n\n');
    await user.click(within(form).getByRole('button', { name: 'Add pasted list' }));

    const alert = await within(section).findByText(/row 3: name: the name is empty/);
    expect(alert.closest('.fui-MessageBar')).toHaveTextContent(`List not added ${message}`);
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(form).getByRole('textbox', { name: /^Pasted list/ })).toHaveValue('name\nGood Co\n\n');

    // a failure that is not a sentence for people gets the generic advice
    gateway.addList.mockRejectedValueOnce(new TypeError('x is not a function'));
    await user.click(within(form).getByRole('button', { name: 'Add pasted list' }));
    expect(await within(section).findByText(/Check that it is a CSV or tab-separated text whose header row has a "name" column/)).toBeInTheDocument();
    expect(within(section).queryByText(/is not a function/)).not.toBeInTheDocument();
  });

  test('remove: the imported list goes, the result is announced; the built-in list has no Remove', async () => {
    const { user, gateway, section, list } = await paneWithLists([BUILT_IN, NGO, WATCHLIST]);
    await user.click(within(list).getByRole('button', { name: 'Remove ngo-research' }));
    expect(gateway.removeList).toHaveBeenCalledWith('list:ngo-research');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).queryByText('ngo-research')).not.toBeInTheDocument();
    expect(within(section).getByText(/"ngo-research" is no longer kept in this workbook/)).toBeInTheDocument();
  });

  test('remove failing: plain words, the list stays', async () => {
    const { user, gateway, section, list } = await paneWithLists([BUILT_IN, NGO]);
    gateway.removeList.mockRejectedValueOnce({ code: 'AccessDenied', message: 'AccessDenied' });
    await user.click(within(list).getByRole('button', { name: 'Remove ngo-research' }));
    expect(await within(section).findByText(/List not removed/)).toBeInTheDocument();
    expect(within(section).getByText(/The workbook or sheet is protected or read-only/)).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });

  test('keyboard: Remove with Enter; the paste form opens and submits from the keyboard', async () => {
    const { user, gateway, section, list } = await paneWithLists([BUILT_IN, NGO]);
    act(() => within(list).getByRole('button', { name: 'Remove ngo-research' }).focus());
    await user.keyboard('{Enter}');
    expect(gateway.removeList).toHaveBeenCalledWith('list:ngo-research');

    const toggle = within(section).getByRole('button', { name: 'Paste a list…' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    act(() => toggle.focus());
    await user.keyboard(' ');
    expect(within(section).getByRole('button', { name: 'Hide the paste area' })).toHaveAttribute('aria-expanded', 'true');
    const name = within(section).getByRole('textbox', { name: 'Name of the pasted list' });
    act(() => name.focus());
    await user.keyboard('Ours');
    // (Tab order is left to the browser test: jsdom has no layout for Fluent's focus manager.)
    act(() => within(section).getByRole('textbox', { name: /^Pasted list/ }).focus());
    await user.paste('name\nA Co\n');
    act(() => name.focus());
    await user.keyboard('{Enter}'); // Enter in the name field submits the form
    await waitFor(() => expect(gateway.addList).toHaveBeenCalledWith({ fileName: 'Ours', text: 'name\nA Co\n' }));
  });

  test('add from a file: the file picker takes .csv, .txt and a saved DHS page; the file is read in the pane (UTF-8 or GB18030)', async () => {
    const { user, gateway, section, list } = await paneWithLists();
    const input = section.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input).toHaveAttribute('accept', expect.stringContaining('.csv'));
    expect(input.getAttribute('accept')).toContain('.txt');
    expect(input.getAttribute('accept')).toContain('.html');
    expect(within(section).getByRole('button', { name: 'Add list from a file…' })).toHaveAccessibleDescription(/UFLPA Entity List” page saved from a browser \(\.html\).*\.csv or \.txt table/);

    await user.upload(input, new File(['\uFEFFname,aliases\nHarbourline Polymer,HP\n'], 'ngo research.csv', { type: 'text/csv' }));
    await waitFor(() => expect(gateway.addList).toHaveBeenCalledWith({ fileName: 'ngo research.csv', text: 'name,aliases\nHarbourline Polymer,HP\n' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));

    // 新疆 in GB18030: not valid UTF-8, decoded as GB18030
    const gb = new Uint8Array([...Buffer.from('name\n'), 0xd0, 0xc2, 0xbd, 0xae, 0x0a]);
    await user.upload(input, new File([gb], 'zh.txt', { type: 'text/plain' }));
    await waitFor(() => expect(gateway.addList).toHaveBeenLastCalledWith({ fileName: 'zh.txt', text: 'name\n新疆\n' }));
  });

  test('a binary file is refused in the pane without calling the gateway', async () => {
    const { user, gateway, section } = await paneWithLists();
    const input = section.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])], 'book.csv', { type: 'text/csv' }));
    expect(await within(section).findByText(/"book\.csv" is not a text file\. Save the list as CSV/)).toBeInTheDocument();
    expect(gateway.addList).not.toHaveBeenCalled();
  });

  test('while a screening runs, the lists cannot change', async () => {
    const { user, gateway, section, list } = await paneWithLists([BUILT_IN, NGO]);
    await user.click(screen.getByRole('button', { name: 'Screen' }));
    const remove = within(list).getByRole('button', { name: 'Remove ngo-research' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    await user.click(remove);
    expect(gateway.removeList).not.toHaveBeenCalled();
    expect(within(section).getByRole('button', { name: 'Add list from a file…' })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => gateway.run.resolve(outcome()));
    expect(remove).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('reading the lists fails: plain words and Refresh lists tries again', async () => {
    const user = userEvent.setup();
    const gateway = withLists(fakeGateway());
    gateway.listLists.mockRejectedValueOnce({ code: 'ItemNotFound' });
    renderPane(gateway);
    const section = await screen.findByRole('region', { name: 'Screening lists' });
    expect(await within(section).findByText(/The lists in use could not be read/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Refresh lists' }));
    expect(await within(section).findByRole('list', { name: 'Lists in use' })).toBeInTheDocument();
    expect(within(section).queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  test('a gateway without list support shows no list section', async () => {
    renderPane(fakeGateway());
    await screen.findByRole('region', { name: 'Supplier table' });
    expect(screen.queryByRole('region', { name: 'Screening lists' })).not.toBeInTheDocument();
  });
});

describe('changes since the last screening', () => {
  test('the result shows the CtA Change counts when the run compared with an earlier one', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);
    await user.click(await screen.findByRole('button', { name: 'Screen' }));
    await act(async () => gateway.run.resolve(outcome({ changeCounts: { 'New flag': 2, 'Status up': 1, Unchanged: 29 } })));
    const result = screen.getByRole('region', { name: 'Result by status' });
    const changes = within(result).getByRole('list', { name: 'Since the last screening' });
    expect(within(changes).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'New flag2 rows',
      'Status up1 row',
      'Status down0 rows',
      'New row0 rows',
      'Unchanged29 rows',
    ]);
  });

  test('a first screening shows no changes', async () => {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);
    await user.click(await screen.findByRole('button', { name: 'Screen' }));
    await act(async () => gateway.run.resolve(outcome()));
    expect(within(screen.getByRole('region', { name: 'Result by status' })).queryByText('Since the last screening')).not.toBeInTheDocument();
  });
});
