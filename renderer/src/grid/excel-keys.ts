// The keys that move as Excel's do, where AG Grid's differ: Home to the row's first cell and End
// to its last (AG Grid sends both to the table's corners), Ctrl+Home / Ctrl+End to the table's
// first and last cell (nothing in AG Grid), and Ctrl+arrow to the edge of the block of filled
// cells (AG Grid goes to the table's edge). Page Up / Page Down stay AG Grid's: they move by a
// screen, as Excel's do. Excel's End alone starts a mode; LibreOffice Calc's and Google Sheets'
// End goes to the row's last cell, which is what a grid of fixed columns needs.
import type { SuppressKeyboardEventParams } from 'ag-grid-community';
import type { GridRow } from './visible-rows';

export interface Pos {
  row: number;
  col: number;
}

/** The grid as the keys see it: its size, and which cells hold something. */
export interface Shape {
  rows: number;
  cols: number;
  filled(p: Pos): boolean;
}

const STEPS: Record<string, Pos> = { ArrowUp: { row: -1, col: 0 }, ArrowDown: { row: 1, col: 0 }, ArrowLeft: { row: 0, col: -1 }, ArrowRight: { row: 0, col: 1 } };

/** Where a key takes the cursor from `at`, or null for a key that is not ours. */
export function excelMove(key: string, ctrl: boolean, at: Pos, shape: Shape): Pos | null {
  if (key === 'Home') return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
  if (key === 'End') return ctrl ? { row: shape.rows - 1, col: shape.cols - 1 } : { row: at.row, col: shape.cols - 1 };
  const step = STEPS[key];
  return ctrl && step ? edgeOfBlock(at, step, shape) : null;
}

/** Ctrl+arrow: from inside a block of filled cells to its last one; from its edge or an empty
 * cell to the next filled one; with none left, to the edge of the table. */
function edgeOfBlock(at: Pos, step: Pos, shape: Shape): Pos {
  const inside = (p: Pos) => p.row >= 0 && p.row < shape.rows && p.col >= 0 && p.col < shape.cols;
  const next = (p: Pos) => ({ row: p.row + step.row, col: p.col + step.col });
  let p = next(at);
  if (!inside(p)) return at;
  if (shape.filled(at) && shape.filled(p)) {
    while (inside(next(p)) && shape.filled(next(p))) p = next(p);
    return p;
  }
  while (!shape.filled(p) && inside(next(p))) p = next(p);
  return p;
}

/** The grid's handler: moves the focus itself and keeps AG Grid's own move from happening. */
export function excelKeys() {
  return (params: SuppressKeyboardEventParams<GridRow>): boolean => {
    const e = params.event;
    if (params.editing || e.type !== 'keydown' || e.shiftKey || e.altKey) return false;
    const { api } = params;
    const columns = api.getAllDisplayedColumns();
    const focused = api.getFocusedCell();
    if (!focused || focused.rowIndex === null) return false;
    const shape: Shape = {
      rows: api.getDisplayedRowCount(),
      cols: columns.length,
      filled: ({ row, col }) => {
        const data = api.getDisplayedRowAtIndex(row)?.data;
        const id = columns[col]?.getColId();
        if (!data || !id) return false;
        if (id === 'code' || id === 'label') return Boolean(data[id]);
        return data.cells[id as keyof GridRow['cells']] !== undefined;
      },
    };
    const to = excelMove(e.key, e.ctrlKey || e.metaKey, { row: focused.rowIndex, col: columns.indexOf(focused.column as never) }, shape);
    if (!to) return false;
    e.preventDefault();
    api.ensureIndexVisible(to.row);
    api.ensureColumnVisible(columns[to.col]!);
    api.setFocusedCell(to.row, columns[to.col]!);
    return true;
  };
}
