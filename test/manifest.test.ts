// Local checks of manifest.xml (the online `npm run validate` needs the network).
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, without types
const webpackConfig = require('../webpack.config.js') as {
  DEV_SERVER_URL: string;
  EXAMPLE_PUBLIC_URL: string;
  rewriteManifest: (xml: string, url: string) => string;
  (env: Record<string, unknown>, argv: Record<string, unknown>): Promise<{ devServer: { port: number } }>;
};

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: false, parseTagValue: false });
const doc = parser.parse(xml) as XmlNode;
const app = doc.OfficeApp as XmlNode;

/** Every element (with its tag) under a node, depth first. */
function walk(node: unknown, tag = '', out: { tag: string; node: XmlNode }[] = []): { tag: string; node: XmlNode }[] {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, tag, out);
  } else if (node && typeof node === 'object') {
    out.push({ tag, node: node as XmlNode });
    for (const [key, child] of Object.entries(node as XmlNode)) if (!key.startsWith('@_')) walk(child, key, out);
  }
  return out;
}

const elements = walk(app, 'OfficeApp');

function attrValues(name: string): string[] {
  return elements.map((e) => e.node[`@_${name}`]).filter((v): v is string => typeof v === 'string');
}

/** Every URL the manifest gives Office (attribute values and element texts), namespaces excluded. */
function urls(source: string): string[] {
  const found = new Set<string>();
  const withoutNamespaces = source.replace(/\sxmlns(:\w+)?="[^"]*"/g, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutNamespaces.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"<>]+/gi)) found.add(m[0]);
  return [...found];
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('is well-formed XML with a TaskPaneApp root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app['@_xsi:type']).toBe('TaskPaneApp');
  });

  test('has a GUID Id, a four-part Version, names and a Workbook host', () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(String(app.ProviderName).trim()).not.toBe('');
    expect((app.DisplayName as XmlNode)['@_DefaultValue']).toBe('Uyghur Region Supplier Screen');
    expect(String((app.Description as XmlNode)['@_DefaultValue']).length).toBeGreaterThan(20);
    expect(((app.Hosts as XmlNode).Host as XmlNode)['@_Name']).toBe('Workbook');
    expect(((app.DefaultSettings as XmlNode).SourceLocation as XmlNode)['@_DefaultValue']).toBe('https://localhost:3000/taskpane.html');
  });

  test('asks for ReadWriteDocument only and requires ExcelApi 1.9', () => {
    expect(app.Permissions).toBe('ReadWriteDocument');
    const sets = (app.Requirements as XmlNode).Sets as XmlNode;
    const set = ([] as XmlNode[]).concat(sets.Set as XmlNode);
    expect(set).toEqual([{ '@_Name': 'ExcelApi', '@_MinVersion': '1.9' }]);
    expect(sets['@_DefaultMinVersion']).toBe('1.9');
  });

  test('puts a "Screen suppliers" button on the Home tab that shows the task pane', () => {
    const tab = elements.find((e) => e.tag === 'OfficeTab');
    expect(tab?.node['@_id']).toBe('TabHome');
    const control = elements.find((e) => e.tag === 'Control' && e.node['@_xsi:type'] === 'Button');
    expect(control).toBeDefined();
    const action = control!.node.Action as XmlNode;
    expect(action['@_xsi:type']).toBe('ShowTaskpane');
    const labelId = (control!.node.Label as XmlNode)['@_resid'];
    const strings = elements.filter((e) => e.tag === 'bt:String');
    expect(strings.find((s) => s.node['@_id'] === labelId)?.node['@_DefaultValue']).toBe('Screen suppliers');
    const paneUrlId = (action.SourceLocation as XmlNode)['@_resid'];
    expect(elements.find((e) => e.tag === 'bt:Url' && e.node['@_id'] === paneUrlId)?.node['@_DefaultValue']).toBe(
      'https://localhost:3000/taskpane.html',
    );
  });

  test('defines every resid it references, each id once, with length limits kept', () => {
    const defined = elements
      .filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.tag) && typeof e.node['@_id'] === 'string')
      .map((e) => e.node['@_id'] as string);
    expect(new Set(defined).size).toBe(defined.length);
    const referenced = attrValues('resid');
    expect(referenced.length).toBeGreaterThan(5);
    for (const id of referenced) {
      expect(defined).toContain(id);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    const shortStrings = walk(((app.VersionOverrides as XmlNode).Resources as XmlNode)['bt:ShortStrings'], 'bt:ShortStrings');
    for (const s of shortStrings.filter((e) => e.tag === 'bt:String')) expect(String(s.node['@_DefaultValue']).length).toBeLessThanOrEqual(125);
  });

  test('uses https for every URL, all on the dev server origin webpack serves', async () => {
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(5);
    const devOrigin = new URL(webpackConfig.DEV_SERVER_URL).origin;
    expect(devOrigin).toBe('https://localhost:3000');
    for (const u of all) {
      expect(u).toMatch(/^https:\/\//);
      expect(new URL(u).origin).toBe(devOrigin);
    }
    const config = await webpackConfig({}, { mode: 'development' });
    expect(config.devServer.port).toBe(Number(new URL(webpackConfig.DEV_SERVER_URL).port));
  });

  test('every icon it names exists in assets/ with the pixel size it claims', () => {
    const icons: { url: string; size?: number }[] = [
      { url: (app.IconUrl as XmlNode)['@_DefaultValue'] as string, size: 32 },
      { url: (app.HighResolutionIconUrl as XmlNode)['@_DefaultValue'] as string, size: 64 },
    ];
    const images = elements.filter((e) => e.tag === 'bt:Image' && e.node['@_id']);
    const sizesById = new Map<string, Set<number>>();
    for (const e of elements.filter((e) => e.tag === 'bt:Image' && e.node['@_size'])) {
      const id = e.node['@_resid'] as string;
      sizesById.set(id, (sizesById.get(id) ?? new Set()).add(Number(e.node['@_size'])));
    }
    for (const img of images) {
      const claimed = [...(sizesById.get(img.node['@_id'] as string) ?? [])];
      expect(claimed.length).toBeLessThanOrEqual(1);
      icons.push({ url: img.node['@_DefaultValue'] as string, size: claimed[0] });
    }
    const seenSizes = new Set<number>();
    for (const { url, size } of icons) {
      const rel = new URL(url).pathname.replace(/^\//, '');
      expect(rel).toMatch(/^assets\/[\w.-]+\.png$/);
      const file = path.join(ROOT, rel);
      expect(fs.existsSync(file)).toBe(true);
      const dims = pngSize(file);
      expect(dims.width).toBe(dims.height);
      if (size) expect(dims.width).toBe(size);
      const named = /-(\d+)\.png$/.exec(rel);
      if (named) expect(dims.width).toBe(Number(named[1]));
      seenSizes.add(dims.width);
    }
    expect([...seenSizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  test('the production rewrite moves every URL to the public address and keeps the XML valid', () => {
    const rewritten = webpackConfig.rewriteManifest(xml, webpackConfig.EXAMPLE_PUBLIC_URL);
    expect(XMLValidator.validate(rewritten)).toBe(true);
    expect(rewritten).not.toContain('localhost');
    for (const u of urls(rewritten)) expect(u.startsWith(webpackConfig.EXAMPLE_PUBLIC_URL) || u === 'https://www.example.com').toBe(true);
    expect(rewritten).toContain('<AppDomain>https://www.example.com</AppDomain>');
  });
});
