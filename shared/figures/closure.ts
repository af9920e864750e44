// Which cells a claim sits on, and which cells change when it does.
import { type Claim, type ClaimKey, type Measure, SOURCES, type Source } from '../claim';
import { rowKeyId } from '../catalog';
import type { Tree } from '../sheet/tree';
import type { Cell } from './cell';
import { capitalsComputedFrom, measuresComputedFrom } from './derivations';

export function cellOfKey(k: ClaimKey): Cell {
  return { rowId: rowKeyId(k), capital: k.capital, source: k.source, measure: k.measure };
}

export function cellOfClaim(c: Claim): Cell {
  return cellOfKey(c.key);
}

const SOURCE_CELLS: readonly (Source | null)[] = [null, ...SOURCES];

/** Every cell whose derived value may change when `cell` changes: the reverse of each
 * derivation's operands (derivations.ts), or with `measures`, those measures of the same cells. */
export function upwardClosure(tree: Tree, cell: Cell, measures: readonly Measure[] = measuresComputedFrom(cell.measure)): Cell[] {
  // the row and its ancestors: the children derivation read backwards
  const rows: string[] = [];
  for (let id: string | null = cell.rowId; id !== null; id = tree.byId.get(id)?.parentId ?? null) {
    rows.push(id);
    if (!tree.byId.has(id)) break;
  }
  const capitals = capitalsComputedFrom(cell.capital);
  // every source: a source's share above a row is unknown while the row states its total without
  // sources (evaluator.ts, splitUnsaid), so a total or a source part changes every source's sums
  const sources = SOURCE_CELLS;
  const out: Cell[] = [];
  for (const rowId of rows) {
    for (const capital of capitals) {
      for (const source of sources) {
        for (const measure of measures) out.push({ rowId, capital, source, measure });
      }
    }
  }
  return out;
}
