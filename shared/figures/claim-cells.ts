// The cells claims sit on, for the many claims of a book at once (the engine indexing it). A
// claim's row is found by its node and unit, without building its row id; each cell object is
// made once and shared by the claims on it in every year and origin. A row id and a cell per
// claim were most of what indexing a large book allocated.
import type { ClaimKey } from '../claim';
import type { Tree } from '../sheet/tree';
import type { Cell } from './cell';
import { type CellNo, cellNoAt, rowOf } from './cell-no';
import { CellMap } from './cell-map';
import { cellOfKey } from './closure';

export class ClaimCells {
  /** each row's position in the tree, by node and then by unit ('' for the node's own row) */
  private readonly rows = new Map<string, Map<string, number>>();
  private readonly cells = new CellMap<Cell>();

  constructor(private readonly tree: Tree) {
    for (const [i, row] of tree.rows.entries()) {
      let units = this.rows.get(row.key.node);
      if (!units) this.rows.set(row.key.node, (units = new Map()));
      units.set(row.key.unit ?? '', i);
    }
  }

  /** The number of the key's cell, or null when the tree has no such row. */
  numberOf(k: ClaimKey): CellNo | null {
    const row = this.rows.get(k.node)?.get(k.unit ?? '');
    return row === undefined ? null : cellNoAt(row, k);
  }

  /** The key's cell: one object for every claim on it (a row the tree does not have: a new one). */
  cellOf(k: ClaimKey, number: CellNo | null): Cell {
    if (number === null) return cellOfKey(k);
    let cell = this.cells.get(number);
    if (!cell) {
      cell = { rowId: this.tree.rows[rowOf(number)]!.id, capital: k.capital, source: k.source, measure: k.measure };
      this.cells.set(number, cell);
    }
    return cell;
  }
}
