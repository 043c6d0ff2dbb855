// Runs generators and renders the table (shared by `npm run accuracy` and the jest test).
import { report, type Generator, type GeneratorReport } from './types';

export async function runGenerators(generators: Generator[]): Promise<GeneratorReport[]> {
  const out: GeneratorReport[] = [];
  for (const g of generators) out.push(report(g, await g.run()));
  return out;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

export function tableRows(reports: GeneratorReport[]): string[][] {
  return reports.map((r) => [
    r.generator.suite,
    r.generator.name,
    String(r.cases),
    String(r.strong),
    String(r.weak),
    String(r.none),
    r.generator.negative ? String(r.falseFindings) : '–',
    pct(r.passed, r.cases),
    pct(r.generator.required * r.cases, r.cases),
  ]);
}

export const TABLE_HEADER = ['suite', 'generator', 'cases', 'strong', 'weak', 'none', 'false findings', 'pass', 'required'];

export function markdownTable(reports: GeneratorReport[]): string {
  const lines = [TABLE_HEADER, TABLE_HEADER.map(() => '---'), ...tableRows(reports)];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function plainTable(reports: GeneratorReport[]): string {
  const rows = [TABLE_HEADER, ...tableRows(reports)];
  const widths = TABLE_HEADER.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}
