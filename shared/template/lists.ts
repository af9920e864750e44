// The items a repeating row is copied for: the projects, the sub-projects of a node, the
// implementing units of a node, the works, every row (as the grid lists them), or the years.
import type { TreeRow, Tree } from '../sheet/tree';
import { rowsUnder } from '../sheet/tree';
import type { ListKind } from './syntax';

export interface Item {
  /** the row figures without a code are about (none for a year) */
  row: TreeRow | null;
  year: number | null;
  stt: string;
  code: string;
  name: string;
  /** depth below the list's own level, for the name's indent */
  indent: number;
}

/** A tree's lists, kept while the tree is: a template repeats rows for the same lists export
 * after export (a tree is never changed, a changed book gets a new one). */
const listed = new WeakMap<Tree, Map<string, readonly Item[]>>();

/** `of`: a code, or null for the scope (the project chosen, else the programme). */
export function listItems(tree: Tree, list: ListKind, of: string | null, scope: string | null, years: { from: number; to: number }): readonly Item[] {
  const key = `${list}|${of}|${scope}|${years.from}|${years.to}`;
  let lists = listed.get(tree);
  if (!lists) listed.set(tree, (lists = new Map()));
  let items = lists.get(key);
  if (!items) lists.set(key, (items = itemsOf(tree, list, of, scope, years)));
  return items;
}

function itemsOf(tree: Tree, list: ListKind, of: string | null, scope: string | null, years: { from: number; to: number }): Item[] {
  if (list === 'years') {
    const out: Item[] = [];
    for (let y = years.from; y <= years.to; y++) out.push({ row: null, year: y, stt: String(y - years.from + 1), code: String(y), name: `Năm ${y}`, indent: 0 });
    return out;
  }
  const root = of && of !== '*' ? of : scope;
  // the scope's own row is the total ({{* ...}}), not an item; but a project chosen is the one project
  const under = rowsUnder(tree, root).filter((r) => r.depth > 0 && (r.id !== root || (list === 'projects' && r.kind === 'project')));
  const rows = under.filter((r) => wanted(list, r, of && of !== '*' ? of : null));
  return list === 'rows' ? numberedTree(rows) : rows.map((r, i) => item(r, String(i + 1), 0));
}

/** `node`: the code written after "của" (units: of that node itself, not of its children) */
function wanted(list: ListKind, r: TreeRow, node: string | null): boolean {
  if (list === 'projects') return r.kind === 'project';
  if (list === 'subprojects') return r.kind === 'subproject';
  if (list === 'works') return r.kind === 'work';
  if (list === 'units') return r.kind === 'unit' && (node === null || r.key.node === node);
  return true;
}

function item(r: TreeRow, stt: string, indent: number): Item {
  return { row: r, year: null, stt, code: r.code, name: r.label, indent };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** As Vietnamese tables number a tree: projects I, II; sub-projects 1, 2; her own lines "-". */
function numberedTree(rows: TreeRow[]): Item[] {
  const top = Math.min(...rows.map((r) => r.depth));
  let project = 0;
  let sub = 0;
  return rows.map((r) => {
    let stt = '-';
    if (r.kind === 'project') { project++; sub = 0; stt = ROMAN[project - 1] ?? String(project); }
    else if (r.kind === 'subproject') { sub++; stt = String(sub); }
    return item(r, stt, r.depth - top);
  });
}
