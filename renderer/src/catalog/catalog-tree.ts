// A programme's lines as the dialog lists them: in tree order with their depth. listCatalog gives
// the catalogue's nodes first, then her lines in their sort order; the tree puts each under its
// parent, as the grid does (shared/sheet/tree.ts), so the two never disagree on order.
import type { CatalogLine, ProgramCatalog } from '../../../shared/api';

export interface ListedLine extends CatalogLine {
  depth: number;
  /** her own line (content, work): she may rename, move, retire it */
  own: boolean;
  /** it has an own sibling above (below) to trade places with: moveLine's siblings */
  up: boolean;
  down: boolean;
}

export function listedLines(lines: readonly CatalogLine[]): ListedLine[] {
  const children = new Map<string | null, CatalogLine[]>();
  for (const l of lines) children.set(l.parent, [...(children.get(l.parent) ?? []), l]);
  const out: ListedLine[] = [];
  const seen = new Set<string>();
  const visit = (line: CatalogLine, depth: number, siblings: readonly CatalogLine[]) => {
    // a damaged book may hold a cycle; the back end refuses to build it, the list just stops
    if (seen.has(line.code)) return;
    seen.add(line.code);
    const own = line.kind !== 'node';
    const mine = siblings.filter((s) => s.kind !== 'node');
    const at = mine.indexOf(line);
    out.push({ ...line, depth, own, up: own && at > 0, down: own && at >= 0 && at < mine.length - 1 });
    const kids = children.get(line.code) ?? [];
    for (const kid of kids) visit(kid, depth + 1, kids);
  };
  const roots = children.get(null) ?? [];
  for (const root of roots) visit(root, 0, roots);
  return out;
}

/** The year a retirement starts by default: the one after the year she is looking at, when that
 * is in the programme; otherwise next year, within the programme's period. */
export function retireYear(program: Pick<ProgramCatalog, 'from' | 'to'>, viewed: number): number {
  if (viewed >= program.from && viewed < program.to) return viewed + 1;
  return Math.min(Math.max(new Date().getFullYear() + 1, program.from), program.to);
}

/** "2026-2035" */
export const period = (p: { from: number; to: number }): string => `${p.from}-${p.to}`;
