// The accuracy thresholds, enforced: every generator of the registry must reach its required pass rate.
import { GENERATORS } from './registry';
import { describeFailure, report } from './types';

jest.setTimeout(600_000);

if (GENERATORS.length === 0) it.todo('accuracy generators');

for (const generator of GENERATORS) {
  it(`${generator.suite}: ${generator.name} passes at least ${(generator.required * 100).toFixed(1)}% of its cases`, async () => {
    const r = report(generator, await generator.run());
    expect(r.cases).toBeGreaterThan(0);
    if (r.passed / r.cases < generator.required) {
      const failures = r.results.filter((c) => !c.pass);
      throw new Error(`${r.passed} of ${r.cases} passed; failures (first 30 of ${failures.length}):\n${failures.slice(0, 30).map(describeFailure).join('\n')}`);
    }
  });
}
