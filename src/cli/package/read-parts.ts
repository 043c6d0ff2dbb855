// The parts of an .xlsx package (a ZIP) by name, and the relationships between them: which part a
// relationship points to is resolved as OPC says (relative to the source part's folder, or from the
// package root when it starts with "/"), and part names match whatever their case.
import JSZip from 'jszip';
import { streamXml } from './read-xml';

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: "worksheet", "sharedStrings", "table"… */
  kind: string;
  /** The target part's name inside the package, without a leading "/". */
  target: string;
}

export class PackageParts {
  private readonly byLowerName = new Map<string, JSZip.JSZipObject>();

  private constructor(private readonly zip: JSZip) {
    zip.forEach((_, file) => {
      if (!file.dir) this.byLowerName.set(file.name.toLowerCase(), file);
    });
  }

  /** Rejects when the bytes are not a readable ZIP. */
  static async open(bytes: Buffer): Promise<PackageParts> {
    return new PackageParts(await JSZip.loadAsync(bytes));
  }

  part(name: string): JSZip.JSZipObject | null {
    return this.zip.file(name) ?? this.byLowerName.get(name.toLowerCase()) ?? null;
  }

  /** The relationships of a part (of the package itself for ""); none when it has no .rels part. */
  async relationships(source: string): Promise<Relationship[]> {
    const slash = source.lastIndexOf('/');
    const rels = this.part(`${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`);
    if (!rels) return [];
    const found: Relationship[] = [];
    await streamXml(rels, {
      open(name, a) {
        if (name !== 'Relationship' || a.TargetMode === 'External' || !a.Target) return;
        found.push({ id: a.Id ?? '', kind: (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1), target: resolveTarget(source, a.Target) });
      },
      close() {},
    });
    return found;
  }
}

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
