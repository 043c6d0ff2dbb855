// The accuracy oracle: generators build cases from the whole reference data (every entry, alias and
// spelling, plus decoys), screen them through the real engine and say how each came out.
import type { RowResult } from '../../src/domain/types';

/** How strongly the screening found what the case is about. */
export type Outcome = 'strong' | 'weak' | 'none';

export interface CaseResult {
  /** Readable id of the case: what was screened, e.g. `name "HUAFU FASHION CO LTD" → uflpa-…`. */
  id: string;
  outcome: Outcome;
  /** Whether the case met its generator's expectation. */
  pass: boolean;
  /** For a failure: what came out instead (status, finding), in one line. */
  detail?: string;
}

export interface Generator {
  /** Short name shown in the table, e.g. `self-match: as listed`. */
  name: string;
  /** Which group of the table: names, places, ... */
  suite: string;
  /** One sentence: what the cases are and what passing means. */
  description: string;
  /** True for decoy generators: a case that fails there is a false finding. */
  negative?: boolean;
  /** Minimum share of cases that must pass (0..1), enforced by test/accuracy/accuracy.test.ts. */
  required: number;
  run(): Promise<CaseResult[]>;
}

export interface GeneratorReport {
  generator: Generator;
  results: CaseResult[];
  cases: number;
  strong: number;
  weak: number;
  none: number;
  passed: number;
  falseFindings: number;
}

export function report(generator: Generator, results: CaseResult[]): GeneratorReport {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const passed = results.filter((r) => r.pass).length;
  return {
    generator,
    results,
    cases: results.length,
    strong: count('strong'),
    weak: count('weak'),
    none: count('none'),
    passed,
    falseFindings: generator.negative ? results.length - passed : 0,
  };
}

/** One line for a failed case, for test messages and the accuracy document. */
export function describeFailure(r: CaseResult): string {
  return `${r.id}: ${r.outcome}${r.detail ? ` (${r.detail})` : ''}`;
}

export type { RowResult };
