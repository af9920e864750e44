// Block selection, clipboard and fill for the grid, as in the spreadsheets she knows (AG Grid
// community has no range selection): Shift+arrows or Shift+click select a block; Ctrl+C copies
// it, Ctrl+V pastes into it, Delete clears it, Ctrl+D fills it down. A figure the sheet computes
// (a total of its lines) is never overwritten by a paste or a fill: it is skipped, and she is told.
import type { GridApi, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { ColumnId } from '../../../shared/sheet/columns';
import { type Block, type GridPos, blockOf, fillDownPlan, inBlock, parseTsv, pastePlan, toTsv } from '../../../shared/sheet/block';
import type { Scale } from '../../../shared/money';
import { editText } from './columns';
import type { GridRow } from './visible-rows';

export interface BlockCell {
  row: GridRow;
  column: ColumnId;
  /** null clears */
  text: string | null;
}

export type BlockAction = 'paste' | 'fill' | 'clear';

export interface BlockEdit {
  what: BlockAction;
  cells: BlockCell[];
  /** cells left alone because the sheet computes them */
  skipped: number;
}

const NAVIGATION = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab', 'Enter', 'PageUp', 'PageDown', 'Home', 'End']);
const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export class BlockSelection {
  private anchor: GridPos | null = null;
  private corner: GridPos | null = null;
  /** A navigation key of hers moved the focus: its report (the grid queues its events, so it
   * comes later) starts a new block there. The grid also reports focus when it redraws a cell or
   * moves the focus itself; those change nothing. */
  pending: 'reset' | null = null;

  /** `columns` gives the figure columns as drawn, left to right (column-sets.ts): a block is
   * what she sees, so with a column hidden, Shift+→ and a pasted row skip it as Excel does. */
  constructor(private readonly redraw: () => void, private readonly columns: () => readonly ColumnId[]) {}

  /** The columns changed under the block (another set, a column hidden): its indices mean
   * other cells now, so it goes. */
  reset(): void {
    const wasMany = this.isMany;
    this.anchor = this.corner = null;
    if (wasMany) this.redraw();
  }

  get block(): Block | null {
    return this.anchor && this.corner ? blockOf(this.anchor, this.corner) : null;
  }

  /** A block of more than one cell: drawn, and what Delete clears. */
  get isMany(): boolean {
    const b = this.block;
    return b !== null && (b.top !== b.bottom || b.left !== b.right);
  }

  has(rowIndex: number | null, column: ColumnId): boolean {
    return this.isMany && rowIndex !== null && inBlock(this.block, rowIndex, this.columns().indexOf(column));
  }

  focused(rowIndex: number | null | undefined, column: string | undefined): void {
    const col = column === undefined ? -1 : this.columns().indexOf(column as ColumnId);
    const wasMany = this.isMany;
    if (rowIndex === null || rowIndex === undefined || col < 0) {
      this.anchor = this.corner = null;
    } else if (this.pending === 'reset' || !this.anchor) {
      this.anchor = this.corner = { row: rowIndex, col };
    }
    this.pending = null;
    if (wasMany || this.isMany) this.redraw();
  }

  /** Her click, taken at once from the cell under the mouse: the grid's report of the focus it
   * gives comes later, and a Shift+arrow she presses meanwhile must grow the block from here
   * (with the report awaited, a quick Shift+→ after a click was undone by it). */
  clicked(rowIndex: number | null, column: string | null, shift: boolean): void {
    const col = column === null ? -1 : this.columns().indexOf(column as ColumnId);
    const wasMany = this.isMany;
    if (rowIndex === null || col < 0) this.anchor = this.corner = null;
    else if (shift && this.anchor) this.corner = { row: rowIndex, col };
    else this.anchor = this.corner = { row: rowIndex, col };
    this.pending = null;
    if (wasMany || this.isMany) this.redraw();
  }

  /** Shift+arrow: moves the block's far corner, and the focus with it. */
  extendBy(api: GridApi<GridRow>, key: string): boolean {
    const step = ARROWS[key];
    const columns = this.columns();
    // the block was reset under her (the columns changed as she clicked), or an arrow moved the
    // focus and its report is still on its way: it starts where the grid's focus is now
    if (step && (!this.corner || this.pending === 'reset')) {
      const at = api.getFocusedCell();
      const col = at ? columns.indexOf(at.column.getColId() as ColumnId) : -1;
      if (at && col >= 0) this.anchor = this.corner = { row: at.rowIndex, col };
      this.pending = null;
    }
    if (!step || !this.corner) return false;
    const row = clamp(this.corner.row + step[0], api.getDisplayedRowCount() - 1);
    const col = clamp(this.corner.col + step[1], columns.length - 1);
    // the corner moves now: keys pressed faster than the grid moves its focus still count
    this.corner = { row, col };
    this.redraw();
    api.ensureIndexVisible(row);
    api.ensureColumnVisible(columns[col]!);
    api.setFocusedCell(row, columns[col]!);
    return true;
  }

  copyText(rows: readonly GridRow[], scale: Scale): string | null {
    const b = this.block;
    if (!b) return null;
    const lines: string[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row = rows[r];
      if (!row) continue;
      lines.push(this.columns().slice(b.left, b.right + 1).map((id) => editText(row.cells[id], scale)));
    }
    return toTsv(lines);
  }

  paste(rows: readonly GridRow[], text: string): BlockEdit | null {
    const b = this.block;
    const data = parseTsv(text);
    if (!b || data.length === 0) return null;
    const plan = pastePlan(b, data, { rows: rows.length, cols: this.columns().length });
    return writable('paste', rows, this.columns(), plan.map(({ pos, text: t }) => ({ pos, text: t.trim() === '' ? null : t })));
  }

  fillDown(rows: readonly GridRow[], scale: Scale): BlockEdit | null {
    const b = this.block;
    const top = b && rows[b.top];
    if (!b || !top || b.bottom === b.top) return null;
    const values = this.columns().slice(b.left, b.right + 1).map((id) => editText(top.cells[id], scale));
    return writable('fill', rows, this.columns(), fillDownPlan(b, values).map(({ pos, text }) => ({ pos, text: text === '' ? null : text })));
  }

  clear(rows: readonly GridRow[]): BlockEdit | null {
    const b = this.block;
    if (!b) return null;
    const plan: { pos: GridPos; text: null }[] = [];
    for (let row = b.top; row <= b.bottom; row++) for (let col = b.left; col <= b.right; col++) plan.push({ pos: { row, col }, text: null });
    return writable('clear', rows, this.columns(), plan);
  }
}

/** Only cells she states, or empty ones, take a value: a computed figure stays computed. */
function writable(what: BlockAction, rows: readonly GridRow[], columns: readonly ColumnId[], plan: { pos: GridPos; text: string | null }[]): BlockEdit {
  const cells: BlockCell[] = [];
  let skipped = 0;
  for (const { pos, text } of plan) {
    const row = rows[pos.row];
    const column = columns[pos.col];
    if (!row || !column) continue;
    const cell = row.cells[column];
    if (cell && !cell.stated) skipped++;
    else if (text !== null || cell?.stated) cells.push({ row, column, text });
  }
  return { what, cells, skipped };
}

/** The grid's key handling, where the block's keys go first. */
export function blockKeys(selection: BlockSelection, act: (what: 'fill' | 'clear') => void) {
  return (params: SuppressKeyboardEventParams<GridRow>): boolean => {
    const e = params.event;
    if (e.type === 'keydown' && NAVIGATION.has(e.key) && !(e.shiftKey && e.key in ARROWS)) selection.pending = 'reset';
    if (params.editing || e.type !== 'keydown') return false;
    if (e.shiftKey && !e.ctrlKey && !e.altKey && e.key in ARROWS) return selection.extendBy(params.api, e.key);
    if ((e.key === 'Delete' || e.key === 'Backspace') && selection.isMany) {
      act('clear');
      return true;
    }
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd') {
      e.preventDefault(); // the browser's bookmark
      act('fill');
      return true;
    }
    return false;
  };
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, n));
}
