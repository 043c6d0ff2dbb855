// Sector terms: structure, and a reference matcher (word boundaries for Latin, substrings for
// Chinese, exclude phrases removed first) run over real product-column values.
import { sectors } from '../../src/data';
import type { Sector } from '../../src/data/schemas';

const HAN = /\p{Script=Han}/u;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function contains(text: string, term: string): boolean {
  if (HAN.test(term)) return text.includes(term);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${esc(term)}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** Sector ids whose terms occur in `cell` after removing the sector's exclude phrases. */
function sectorsOf(cell: string): string[] {
  const text = cell.toLowerCase();
  return sectors
    .filter((s: Sector) => {
      let t = text;
      for (const ex of [...s.excludeTerms].sort((a, b) => b.length - a.length)) t = t.split(ex).join(' ');
      return [...s.terms.en, ...s.terms.zh].some((term) => contains(t, term));
    })
    .map((s) => s.id);
}

describe('sectors', () => {
  test('the twelve UFLPA high-priority sectors with their strategy years', () => {
    const by = Object.fromEntries(sectors.map((s) => [s.id, s.strategyYear]));
    expect(by).toEqual({
      apparel: 2022,
      cotton: 2022,
      silica: 2022,
      tomatoes: 2022,
      aluminium: 2024,
      pvc: 2024,
      seafood: 2024,
      'caustic-soda': 2025,
      copper: 2025,
      lithium: 2025,
      'red-dates': 2025,
      steel: 2025,
    });
    for (const s of sectors) expect(s.source).toMatch(/UFLPA Strategy/);
  });

  test('terms are lower-case, distinct and include the core words', () => {
    const all = (id: string) => {
      const s = sectors.find((x) => x.id === id)!;
      return [...s.terms.en, ...s.terms.zh];
    };
    for (const s of sectors) for (const t of [...s.terms.en, ...s.terms.zh, ...s.excludeTerms]) expect(t).toBe(t.toLowerCase());
    expect(all('apparel')).toEqual(expect.arrayContaining(['apparel', 'garment', 'garments', 'knitwear', 't-shirt', 't shirt', 'tshirt', '服装']));
    expect(all('cotton')).toEqual(expect.arrayContaining(['cotton', 'yarn', 'denim', '棉', '纱']));
    expect(all('silica')).toEqual(expect.arrayContaining(['polysilicon', 'solar module', 'solar cell', 'wafer', 'metallurgical silicon', '多晶硅', '光伏']));
    expect(all('tomatoes')).toEqual(expect.arrayContaining(['tomato', 'ketchup', '番茄']));
    expect(all('aluminium')).toEqual(expect.arrayContaining(['aluminium', 'aluminum', '铝']));
    expect(all('pvc')).toEqual(expect.arrayContaining(['pvc', 'polyvinyl chloride', 'vinyl flooring', '聚氯乙烯']));
    expect(all('seafood')).toEqual(expect.arrayContaining(['seafood', 'fish', 'shrimp', 'squid', '海产']));
    expect(all('caustic-soda')).toEqual(expect.arrayContaining(['caustic soda', 'sodium hydroxide', '烧碱']));
    expect(all('copper')).toEqual(expect.arrayContaining(['copper', '铜']));
    expect(all('lithium')).toEqual(expect.arrayContaining(['lithium', '锂']));
    expect(all('red-dates')).toEqual(expect.arrayContaining(['red dates', 'jujube', '红枣']));
    expect(all('steel')).toEqual(expect.arrayContaining(['steel', '钢']));
  });

  test('footwear is not apparel (decision recorded in the source)', () => {
    const apparel = sectors.find((s) => s.id === 'apparel')!;
    expect(apparel.terms.en).not.toContain('footwear');
    expect(apparel.terms.en).not.toContain('shoes');
    expect(apparel.source).toMatch(/Footwear/);
  });

  test.each([
    ['Cotton yarn', ['cotton']],
    ['Garments', ['apparel']],
    ['Tomato paste', ['tomatoes']],
    ['Knitwear', ['apparel']],
    ['Metallurgical silicon', ['silica']],
    ['PVC resin', ['pvc']],
    ['Bed linen', ['cotton']],
    ['Sportswear', ['apparel']],
    ['Solar modules', ['silica']],
    ['Shirts', ['apparel']],
    ['Cotton T-shirts', ['apparel', 'cotton']],
    ['PVC flooring', ['pvc']],
    ['Solar cells', ['silica']],
    ['Polysilicon wafers', ['silica']],
    ['Cotton shirts', ['apparel', 'cotton']],
    ['Towels', ['cotton']],
    ['Frozen seafood', ['seafood']],
    ['Knitted garments', ['apparel']],
    ['Tomatoes', ['tomatoes']],
    ['Long-staple cotton', ['cotton']],
    ['Cotton lint', ['cotton']],
    ['Aluminium extrusions', ['aluminium']],
    ['Caustic soda flakes', ['caustic-soda']],
    ['Copper cathode', ['copper']],
    ['Lithium carbonate', ['lithium']],
    ['Dried red dates', ['red-dates']],
    ['Hot-rolled steel coil', ['steel']],
    ['棉纱', ['cotton']],
    ['服装', ['apparel']],
    ['针织服装', ['apparel']],
    ['皮棉', ['cotton']],
    ['聚氯乙烯', ['pvc']],
    ['番茄酱', ['tomatoes']],
    ['多晶硅', ['silica']],
    ['新疆棉', ['cotton']],
    ['冷冻虾仁', ['seafood']],
    ['红枣', ['red-dates']],
    ['电解铝', ['aluminium']],
  ])('%s → %j', (cell, expected) => {
    expect(sectorsOf(cell).sort()).toEqual([...expected].sort());
  });

  test.each([
    'Packaging', 'Kraft paper', 'Hair accessories', 'Laptops', 'Footwear', 'Printed circuit boards', 'Connectors',
    'Zinc ingots', 'Software services', 'Home decor', 'Buttons', 'Cotton candy machine', 'Fabric softener',
    'Salad dressing', 'Fishing rods', 'Steel-blue paint', 'Copper-coloured ink', 'Solar inverters', 'Wafer biscuits',
    'Oyster mushrooms', 'Jumper cables', 'Powder coat paint', '纸箱', '电子元件', '物流服务', '鞋', '石棉板', '岩棉',
    '钢琴', '钢化玻璃', '铜陵', '枣庄', '鱼缸', '纱窗',
  ])('%s → no sector', (cell) => {
    expect(sectorsOf(cell)).toEqual([]);
  });
});
