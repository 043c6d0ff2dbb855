// How the pane starts inside Office: tells the page's boot check (boot-check.js) that the bundle runs,
// and waits for Office.onReady, saying so in plain words when Office does not answer.
import { mountNotice, paneContainer } from './mount';

/** How long Office.onReady may take before the pane says it is waiting (the pane otherwise shows "Loading…"). */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

export const OFFICE_NOT_READY =
  'Excel has not answered the Supplier Screen for 10 seconds. Close the pane and open it again from the Home tab (Screen suppliers). If this keeps happening, update Office, or use Excel on the web.';

declare global {
  interface Window {
    /** Set once the bundle runs: the page's boot check stops watching for a bundle that cannot run. */
    __ctaPaneStarted?: boolean;
  }
}

export function markStarted(): void {
  window.__ctaPaneStarted = true;
}

/**
 * Calls `ready` when Office.onReady resolves. If it has not after `timeoutMs`, the pane shows
 * OFFICE_NOT_READY meanwhile; `ready` still runs if Office answers later (and replaces the notice).
 */
/** What the pane needs of the global `Office`: its onReady. */
export interface OfficeLike {
  onReady(callback: (info: { host: unknown }) => void): Promise<unknown>;
}

export function whenOfficeReady(office: OfficeLike, ready: (info: { host: unknown }) => void, timeoutMs = OFFICE_READY_TIMEOUT_MS): void {
  const stalled = setTimeout(() => mountNotice(paneContainer(), OFFICE_NOT_READY), timeoutMs);
  void office.onReady((info) => {
    clearTimeout(stalled);
    ready(info);
  });
}
