// What the grid hands every cell through AG Grid's context: its own file, as both the column
// definitions (columns.ts) and the label cell they render (LabelCell.tsx) read it.
import type { Scale } from '../../../shared/money';
import type { ColumnId } from '../../../shared/sheet/columns';

export interface GridContext {
  toggle(rowId: string): void;
  scale: Scale;
  /** the cell is in the block she selected (Shift+arrows, Shift+click) */
  inBlock(rowIndex: number | null, column: ColumnId): boolean;
  /** the line was given figures by the import just written */
  isImported(node: string): boolean;
  /** the cell the find bar shows her (Ctrl+F), while the keyboard stays in the find bar */
  isFound(rowId: string | undefined, column: string): boolean;
  /** the cell a finding (or a jump) has just taken her to: marked for a moment */
  isJumped(rowId: string | undefined, column: string): boolean;
}
