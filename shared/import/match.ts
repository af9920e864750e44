// Row captions and column headers to catalogue codes. By numbering first, as the province writes
// it ("Dự án 4" over "TDA 2", "II. Dự án 4", "1. Tiểu dự án 1" under it), read against the
// catalogue's own names so another programme's catalogue works the same way; then by the name
// without diacritics (fastest-levenshtein), marked unsure.
import { distance } from 'fastest-levenshtein';
import type { Catalog, CatalogNode } from '../catalog';
import { fold } from './grid';

export interface NodeMatch {
  node: string;
  /** numbering or an exact name: sure; a near name: she should look */
  sure: boolean;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/^(tda|tieu da)\s*\.?\s*(so\s+)?(\d+)/, 'tieu du an $3'],
  [/^da\s*\.?\s*(so\s+)?(\d+)/, 'du an $2'],
  // "Dự án số 1", "Tiểu dự án số 2"
  [/^(tieu du an|du an)\s+so\s+(\d+)/, '$1 $2'],
];
const NUMBERED = /^(tieu du an|du an|hop phan|noi dung thanh phan|noi dung)\s+(\d+)/;
const TOTAL = /^(tong so|tong cong|cong|tong)\b/;
const TOTAL_MARKED = /^(tổng số|tổng cộng|cộng(?! đồng)|tổng)(?![\p{L}\p{M}])/u;
export const MEMO = /^trong do\b/;

/** "TDA 2" and "Tiểu dự án 2: ..." both → "tieu du an 2"; null when the text is not numbered. */
export function numbering(text: string): string | null {
  let t = fold(text).replace(/^[-+*•–]\s*/, '').replace(/^([ivxlc]+|[a-z])[.)]\s+|^\d+(\.\d+)*[.)]?\s+(?=\D)/, '');
  for (const [re, to] of ABBREVIATIONS) t = t.replace(re, to);
  const m = NUMBERED.exec(t);
  return m ? `${m[1]} ${m[2]}` : null;
}

/** One caption may say two levels: "Dự án 1 - TDA 2", "Dự án 4 / Tiểu dự án 1", "Tiểu dự án 1
 * thuộc Dự án 1", "Dự án 1 - Tiểu dự án 1: Hỗ trợ ... kinh tế - xã hội ..."; a dash inside a
 * name ("kinh tế - xã hội") stays in the name. */
function levels(label: string): string[] {
  // "Tiểu dự án 1 thuộc Dự án 3", "TDA 1 (DỰ ÁN 7)": the project last
  const within = /^(.+?)\s+thuộc\s+(.+)$/iu.exec(label.normalize('NFC')) ?? /^(.+?)\s*\(([^()]+)\)\s*$/u.exec(label.normalize('NFC'));
  if (within && numbering(within[1]!) !== null && numbering(within[2]!) !== null) return [within[2]!, within[1]!];
  const parts = label.split(/\s+[-–/]\s+/);
  let numbered = 0;
  while (numbered < parts.length && numbering(parts[numbered]!) !== null) numbered++;
  return numbered < 2 ? [label] : [...parts.slice(0, numbered - 1), parts.slice(numbered - 1).join(' - ')];
}

/** The short forms provinces write in lines' names, spelled out as the catalogue writes them. */
const SHORT_FORMS: [RegExp, string][] = [
  [/\bct ?mt ?qg\b/g, 'chuong trinh mtqg'],
  [/\bgdnn\b/g, 'giao duc nghe nghiep'],
  [/\bkt ?- ?xh\b/g, 'kinh te - xa hoi'],
  [/\bdbkk\b/g, 'dac biet kho khan'],
  [/\bctr?\b(?= thuc hien| mtqg)/g, 'chuong trinh'],
];

function spelledOut(folded: string): string {
  return SHORT_FORMS.reduce((t, [re, to]) => t.replace(re, to), folded);
}

export class CatalogMatcher {
  private readonly root: CatalogNode;
  private readonly children = new Map<string | null, CatalogNode[]>();

  constructor(readonly catalog: Catalog) {
    this.root = catalog.nodes.find((n) => n.parent === null)!;
    for (const n of catalog.nodes) this.children.set(n.parent, [...(this.children.get(n.parent) ?? []), n]);
  }

  get rootCode(): string {
    return this.root.code;
  }

  /** "TỔNG SỐ", "Cộng", "II. Tổng cộng"; not "Cống hộp qua suối" or "Cổng, tường rào": read with
   * its marks when it has them, since without them the three are one word. */
  isTotal(text: string): boolean {
    const t = text.normalize('NFC').toLowerCase().trim().replace(/^([ivxlc]+|\d+(\.\d+)*|[a-z])[.)]\s+|^[-+*•–]\s*/u, '');
    return /[^\u0000-\u007f]/.test(t) ? TOTAL_MARKED.test(t) : TOTAL.test(fold(t));
  }

  /** A header (its labels top to bottom: "Dự án 4", "TDA 2"), or a caption under `within`. */
  match(labels: readonly string[], within: string | null = null): NodeMatch | null {
    const texts = labels.flatMap(levels).filter((l) => l.trim() !== '');
    const last = texts.at(-1);
    if (!last) return null;
    if (this.isTotal(last)) return { node: this.root.code, sure: true };
    let parent: CatalogNode | null = within === null ? this.root : this.find(within);
    for (const text of texts) {
      const key = numbering(text);
      if (!key) continue;
      const found = this.numbered(key, parent) ?? this.numbered(key, this.root);
      if (found) parent = found;
    }
    if (parent && parent !== this.root && numbering(last) !== null) return { node: parent.code, sure: true };
    const key = numbering(last);
    return (key && texts.length === 1 && this.anywhere(key, last)) || this.byName(last);
  }

  /** "Tiểu dự án 1: Hỗ trợ đầu tư ..." with no project above it: the sub-project so numbered
   * whose name the caption begins with; sure only when the name tells them apart. */
  private anywhere(key: string, text: string): NodeMatch | null {
    const candidates = this.catalog.nodes.filter((n) => numbering(n.name) === key);
    const said = fold(text).replace(/^[^:]*:\s*/, '');
    if (candidates.length === 0 || said === fold(text)) return candidates.length === 1 ? { node: candidates[0]!.code, sure: true } : null;
    const scored = candidates.map((n) => {
      const name = fold(n.name).replace(/^[^:]*:\s*/, '').slice(0, said.length);
      return { n, score: 1 - distance(said, name) / Math.max(said.length, name.length, 1) };
    }).sort((a, b) => b.score - a.score);
    const best = scored[0]!;
    if (best.score < 0.6) return null;
    return { node: best.n.code, sure: best.score >= 0.9 && (scored[1]?.score ?? 0) < best.score };
  }

  /** Dự án 1 and its Tiểu dự án 1 bear the same name: under the project's row, its child so named. */
  sameNamedChild(code: string, text: string): string | null {
    const name = (n: CatalogNode) => fold(n.name).replace(/^[^:]*:\s*/, '');
    const parent = this.find(code);
    if (!parent) return null;
    const kid = (this.children.get(code) ?? []).find((k) => name(k) === name(parent));
    return kid && this.byName(text)?.node === code ? kid.code : null;
  }

  parentOf(code: string): string | null {
    return this.find(code)?.parent ?? null;
  }

  /** The project a node sits in (its ancestor just under the root), for captions that follow. */
  projectOf(code: string): string | null {
    let node = this.find(code);
    while (node && node.parent !== null && node.parent !== this.root.code) node = this.find(node.parent);
    return node && node !== this.root ? node.code : null;
  }

  private find(code: string): CatalogNode | null {
    return this.catalog.nodes.find((n) => n.code === code) ?? null;
  }

  /** The child of `parent` (or a grandchild) whose name is numbered `key`. */
  private numbered(key: string, parent: CatalogNode | null): CatalogNode | null {
    const kids = this.children.get(parent?.code ?? null) ?? [];
    return kids.find((n) => numbering(n.name) === key)
      ?? (parent === this.root ? null : (kids.flatMap((k) => this.children.get(k.code) ?? []).find((n) => numbering(n.name) === key) ?? null));
  }

  private byName(text: string): NodeMatch | null {
    // numbering off ("II.", "2.1", "b)"), never the start of a word ("Việc làm")
    const t = spelledOut(fold(text).replace(/^[-+*•–]\s*/, '').replace(/^(([ivxlc]+|\d+(\.\d+)*|[a-z])[.)]|\d+(\.\d+)*)\s+/, ''));
    if (t.length < 6) return null;
    let best: { node: CatalogNode; score: number } | null = null;
    for (const n of this.catalog.nodes) {
      const name = fold(n.name).replace(/^[^:]*:\s*/, '');
      // a name cut short ("… các xã đặc biệt khó khăn" without "vùng bãi ngang, …") is that name, unsure
      const cut = t.length >= 30 && name.startsWith(t.replace(/[,.;:\s]+$/, '')) ? 0.9 : 0;
      const score = Math.max(cut, 1 - distance(t, name) / Math.max(t.length, name.length));
      if (!best || score > best.score) best = { node: n, score };
    }
    if (!best || best.score < 0.75) return null;
    return { node: best.node.code, sure: best.score === 1 };
  }
}
