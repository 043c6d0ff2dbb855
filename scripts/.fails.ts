import { GENERATORS } from '../test/accuracy/registry';
(async () => {
  const only = process.argv[2];
  for (const g of GENERATORS.filter((g) => `${g.suite} ${g.name}`.includes(only))) {
    const res = await g.run();
    const fails = res.filter((r) => !r.pass);
    const byKey = new Map<string, number>();
    for (const f of fails) { const k = f.id.split(' "')[0] + ' → ' + f.outcome; byKey.set(k, (byKey.get(k) ?? 0) + 1); }
    console.log(g.name, fails.length, [...byKey].sort((a,b)=>b[1]-a[1]).slice(0,20));
    const n = Number(process.argv[3] ?? 10);
    for (const f of fails.filter((_, i) => i % Math.max(1, Math.floor(fails.length / n)) === 0).slice(0, n)) console.log('  ', f.id, '|', f.outcome, '|', f.detail);
  }
})();
