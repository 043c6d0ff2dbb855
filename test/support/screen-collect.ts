// screenFile, with every screened row's result collected per sheet for the tests to inspect (the
// command line itself does not keep them).
import { screenFile, type ScreenFileOptions } from '../../src/cli/screen-file';
import type { RowResult } from '../../src/domain/types';

export async function screenAndCollect(options: ScreenFileOptions) {
  const results: RowResult[][] = [];
  const out = await screenFile({ ...options, onRow: (sheet, r) => (results[sheet] ??= []).push(r) });
  return { ...out, result: { ...out.result, results: out.result.layouts.map((_, i) => results[i] ?? []) } };
}
