/** @jest-environment jsdom */
// Starting inside Office: a pane whose Office.onReady never answers says so after 10 seconds, and still
// starts if Office answers later.
import '@testing-library/jest-dom';
import './jsdom-polyfills';
import { act, screen } from '@testing-library/react';
import { OFFICE_NOT_READY, OFFICE_READY_TIMEOUT_MS, markStarted, whenOfficeReady, type OfficeLike } from '../../src/taskpane/boot';
import { mountNotice, paneContainer } from '../../src/taskpane/mount';

function office(): { office: OfficeLike; answer: () => void } {
  let resolve!: (info: { host: string; platform: string }) => void;
  const ready = new Promise<{ host: string; platform: string }>((r) => (resolve = r));
  const fake = {
    onReady: (callback: (info: { host: string; platform: string }) => void) => ready.then((info) => (callback(info), info)),
  } as unknown as OfficeLike;
  return { office: fake, answer: () => resolve({ host: 'Excel', platform: 'PC' }) };
}

beforeEach(() => {
  jest.useFakeTimers();
  document.body.innerHTML = '<div id="container"><p id="loading-note">Loading the supplier screen…</p></div>';
});
afterEach(() => jest.useRealTimers());

test('onReady never resolving: after 10 seconds the pane says Excel has not answered, not "Loading…"', async () => {
  const { office: fake } = office();
  const ready = jest.fn();
  whenOfficeReady(fake, ready);
  await act(async () => jest.advanceTimersByTime(OFFICE_READY_TIMEOUT_MS - 1));
  expect(screen.getByText('Loading the supplier screen…')).toBeInTheDocument();
  await act(async () => jest.advanceTimersByTime(1));
  expect(screen.getByRole('status')).toHaveTextContent(OFFICE_NOT_READY);
  expect(OFFICE_READY_TIMEOUT_MS).toBe(10_000);
  expect(ready).not.toHaveBeenCalled();
});

test('Office answering late still starts the pane, in place of the notice', async () => {
  const { office: fake, answer } = office();
  whenOfficeReady(fake, () => mountNotice(paneContainer(), 'The pane started.'));
  await act(async () => jest.advanceTimersByTime(OFFICE_READY_TIMEOUT_MS));
  expect(screen.getByRole('status')).toHaveTextContent(OFFICE_NOT_READY);
  await act(async () => answer());
  expect(screen.getByRole('status')).toHaveTextContent('The pane started.');
});

test('Office answering in time: no notice ever', async () => {
  const { office: fake, answer } = office();
  const ready = jest.fn();
  whenOfficeReady(fake, ready);
  await act(async () => answer());
  await act(async () => jest.advanceTimersByTime(OFFICE_READY_TIMEOUT_MS * 2));
  expect(ready).toHaveBeenCalledWith({ host: 'Excel', platform: 'PC' });
  expect(screen.queryByText(OFFICE_NOT_READY)).not.toBeInTheDocument();
});

test('markStarted tells the page boot check that the bundle runs', () => {
  delete window.__ctaPaneStarted;
  markStarted();
  expect(window.__ctaPaneStarted).toBe(true);
});
