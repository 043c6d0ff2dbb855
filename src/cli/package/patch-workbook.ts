// The package's structure and the edits to it: workbook.xml (sheets, their states, the active tab),
// the workbook's relationships, [Content_Types].xml, and the new or replaced sheet parts.
import type JSZip from 'jszip';
import { child, childElements, getAttr, makeElement, parseXml, rootElement, serialize, setAttr, type XElement, type XNode } from './patch-dom';
import { partText } from './patch-stream';
import { PatchXmlError } from './patch-xml';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const STYLES_REL = `${REL_NS}/styles`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export interface Relationship {
  id: string;
  kind: string;
  type: string;
  target: string;
  external: boolean;
}

/** The part a relationship of `source` points to, as a name inside the package. */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // a lone "%" is part of the name
  }
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

export function relsName(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A part by name, whatever the case of the name in the ZIP. */
export function findPart(zip: JSZip, name: string): JSZip.JSZipObject | null {
  const exact = zip.file(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  let found: JSZip.JSZipObject | null = null;
  zip.forEach((path, file) => {
    if (!found && !file.dir && path.toLowerCase() === lower) found = file;
  });
  return found;
}

export async function relationships(zip: JSZip, source: string): Promise<Relationship[]> {
  const file = findPart(zip, relsName(source));
  if (!file) return [];
  const root = rootElement(parseXml(await partText(file)));
  return childElements(root, 'Relationship').map((r) => {
    const type = getAttr(r, 'Type') ?? '';
    const external = getAttr(r, 'TargetMode') === 'External';
    const target = getAttr(r, 'Target') ?? '';
    return { id: getAttr(r, 'Id') ?? '', type, kind: type.slice(type.lastIndexOf('/') + 1), target: external ? target : resolveTarget(source, target), external };
  });
}

interface Sheet {
  el: XElement;
  name: string;
  part: string | null;
}

export class WorkbookPatch {
  /** Parts to write (text) or to delete (null). */
  readonly changes = new Map<string, string | null>();
  private readonly sheets: Sheet[];
  private readonly relsRoot: XElement;
  private readonly typesRoot: XElement;
  private relsChanged = false;
  private typesChanged = false;

  private constructor(
    private readonly zip: JSZip,
    readonly workbookPart: string,
    private readonly workbook: XNode[],
    private readonly rels: XNode[],
    private readonly types: XNode[],
    private readonly workbookRels: Relationship[],
  ) {
    this.relsRoot = rootElement(rels);
    this.typesRoot = rootElement(types);
    const sheetsEl = child(rootElement(workbook), 'sheets');
    const byId = new Map(workbookRels.map((r) => [r.id, r]));
    this.sheets = (sheetsEl ? childElements(sheetsEl, 'sheet') : []).map((el) => {
      const rel = byId.get(getAttr(el, 'id') ?? '');
      return { el, name: getAttr(el, 'name') ?? '', part: rel && !rel.external ? rel.target : null };
    });
  }

  static async open(zip: JSZip): Promise<WorkbookPatch> {
    const types = findPart(zip, '[Content_Types].xml');
    if (!types) throw new PatchXmlError('the package has no [Content_Types].xml');
    const office = (await relationships(zip, '')).find((r) => r.kind === 'officeDocument');
    const workbookPart = office?.target ?? 'xl/workbook.xml';
    const workbook = findPart(zip, workbookPart);
    if (!workbook) throw new PatchXmlError('the package has no workbook part');
    const relsFile = findPart(zip, relsName(workbook.name));
    const rels = relsFile ? await partText(relsFile) : `<Relationships xmlns="${'http://schemas.openxmlformats.org/package/2006/relationships'}"></Relationships>`;
    return new WorkbookPatch(zip, workbook.name, parseXml(await partText(workbook)), parseXml(rels), parseXml(await partText(types)), await relationships(zip, workbook.name));
  }

  /** The worksheet part of sheet `name`, or null. */
  sheetPart(name: string): string | null {
    const sheet = this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const part = sheet?.part;
    return part ? (findPart(this.zip, part)?.name ?? null) : null;
  }

  relationshipOf(kind: string): Relationship | undefined {
    return this.workbookRels.find((r) => r.kind === kind && !r.external);
  }

  /** The part of a new or replaced worksheet named `name`, visible or very hidden. */
  placeSheet(name: string, replace: boolean, state: 'visible' | 'veryHidden'): string {
    const existing = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (existing && !replace) throw new Error(`the workbook already has a sheet named ${name}`);
    if (existing?.part) {
      setAttr(existing.el, 'state', state === 'visible' ? null : state);
      const part = findPart(this.zip, existing.part)?.name ?? existing.part;
      // Its old relationships (a chart's drawing…) belong to the content being replaced.
      const rels = findPart(this.zip, relsName(part));
      if (rels) this.changes.set(rels.name, null);
      return part;
    }
    if (existing) throw new Error(`the sheet ${name} cannot be replaced`);
    return this.addSheet(name, state);
  }

  private addSheet(name: string, state: 'visible' | 'veryHidden'): string {
    const folder = this.workbookPart.slice(0, this.workbookPart.lastIndexOf('/') + 1);
    let n = this.sheets.length + 1;
    const taken = (p: string) => findPart(this.zip, p) !== null || this.changes.has(p);
    while (taken(`${folder}worksheets/sheet${n}.xml`)) n++;
    const part = `${folder}worksheets/sheet${n}.xml`;
    const rel = this.addRelationship(this.relationshipOf('worksheet')?.type ?? WORKSHEET_REL, `worksheets/sheet${n}.xml`);
    this.addOverride(part, this.overrideOf(this.sheets.map((s) => s.part).find((p) => p && this.overrideOf(p)) ?? '') ?? WORKSHEET_TYPE);
    const root = rootElement(this.workbook);
    const sheetsEl = child(root, 'sheets');
    if (!sheetsEl) throw new PatchXmlError('workbook.xml has no <sheets>');
    const prefix = sheetsEl.name.slice(0, sheetsEl.name.length - 'sheets'.length);
    const sheetId = Math.max(0, ...this.sheets.map((s) => Number(getAttr(s.el, 'sheetId')) || 0)) + 1;
    const attrs: Record<string, string> = { name, sheetId: String(sheetId) };
    if (state !== 'visible') attrs.state = state;
    attrs[`${this.relPrefix(root)}:id`] = rel;
    const el = makeElement(prefix, 'sheet', attrs);
    sheetsEl.children.push(el);
    this.sheets.push({ el, name, part });
    return part;
  }

  /** The prefix bound to the relationships namespace on workbook.xml's root, declared if missing. */
  private relPrefix(root: XElement): string {
    const m = /\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g;
    for (const found of root.open.matchAll(m)) if (found[2].endsWith('/relationships') && !found[2].includes('package')) return found[1];
    setAttr(root, 'xmlns:r', REL_NS);
    return 'r';
  }

  private addRelationship(type: string, target: string): string {
    const ids = new Set(childElements(this.relsRoot, 'Relationship').map((r) => getAttr(r, 'Id')));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const prefix = this.relsRoot.name.slice(0, this.relsRoot.name.length - 'Relationships'.length);
    this.relsRoot.children.push(makeElement(prefix, 'Relationship', { Id: id, Type: type, Target: target }));
    this.relsChanged = true;
    return id;
  }

  private overrideOf(part: string): string | undefined {
    const name = `/${part}`.toLowerCase();
    const o = childElements(this.typesRoot, 'Override').find((el) => (getAttr(el, 'PartName') ?? '').toLowerCase() === name);
    return o ? getAttr(o, 'ContentType') : undefined;
  }

  private addOverride(part: string, type: string): void {
    const prefix = this.typesRoot.name.slice(0, this.typesRoot.name.length - 'Types'.length);
    this.typesRoot.children.push(makeElement(prefix, 'Override', { PartName: `/${part}`, ContentType: type }));
    this.typesChanged = true;
  }

  /** Removes a part with its relationship and content type (calcChain after cells have moved). */
  dropPart(kind: string): void {
    const rel = this.relationshipOf(kind);
    const file = rel && findPart(this.zip, rel.target);
    if (!rel) return;
    this.relsRoot.children = this.relsRoot.children.filter((c) => typeof c === 'string' || getAttr(c, 'Id') !== rel.id);
    this.relsChanged = true;
    if (!file) return;
    this.changes.set(file.name, null);
    const name = `/${file.name}`.toLowerCase();
    this.typesRoot.children = this.typesRoot.children.filter((c) => typeof c === 'string' || c.local !== 'Override' || (getAttr(c, 'PartName') ?? '').toLowerCase() !== name);
    this.typesChanged = true;
  }

  /** The styles part, created (with its relationship and content type) when the workbook has none. */
  stylesPart(): { name: string; exists: boolean } {
    const rel = this.relationshipOf('styles');
    const file = rel && findPart(this.zip, rel.target);
    if (file) return { name: file.name, exists: true };
    const folder = this.workbookPart.slice(0, this.workbookPart.lastIndexOf('/') + 1);
    const name = `${folder}styles.xml`;
    this.addRelationship(STYLES_REL, 'styles.xml');
    this.addOverride(name, STYLES_TYPE);
    return { name, exists: false };
  }

  /** workbook.xml, its relationships and the content types, with every edit made. */
  finish(): void {
    this.keepActiveTabVisible();
    this.changes.set(this.workbookPart, serialize(this.workbook));
    if (this.relsChanged) this.changes.set(relsName(this.workbookPart), serialize(this.rels));
    if (this.typesChanged) this.changes.set(findPart(this.zip, '[Content_Types].xml')!.name, serialize(this.types));
  }

  private keepActiveTabVisible(): void {
    const views = child(rootElement(this.workbook), 'bookViews');
    const view = views && child(views, 'workbookView');
    if (!view) return;
    const visible = (s: Sheet) => (getAttr(s.el, 'state') ?? 'visible') === 'visible';
    const active = Number(getAttr(view, 'activeTab') ?? 0);
    if (this.sheets[active] && visible(this.sheets[active])) return;
    const first = this.sheets.findIndex(visible);
    if (first >= 0) setAttr(view, 'activeTab', String(first));
  }
}
