// Runs the command line in-process (main(argv)) and captures what it prints, so every corpus case
// can be checked for its exit code, its stderr and its effect on the files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { main } from '../../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr without the progress lines of long runs ("screening: 2,000 of 20,000 rows"). */
  messages: string[];
}

export const PROGRESS_LINE = /^screening: [\d,]+ of [\d,]+ rows$/;

export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  });
  // Anything a library logs would reach the terminal of a real run too.
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += `${a.join(' ')}\n`));
  const warn = jest.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  let code: number;
  try {
    code = await main(argv);
  } finally {
    out.mockRestore();
    err.mockRestore();
    log.mockRestore();
    warn.mockRestore();
    error.mockRestore();
  }
  const messages = stderr.split('\n').filter((l) => l !== '' && !PROGRESS_LINE.test(l));
  return { code, stdout, stderr, messages };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Lines that betray an unhandled error: stack frames, or Node's own "TypeError: ..." prefixes. */
export function stackTraceLines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => /^\s+at\s/.test(l) || /^(\w*Error|Error)(\s\[\w+\])?:/.test(l) || /node:internal|FATAL ERROR|Uncaught/.test(l));
}
