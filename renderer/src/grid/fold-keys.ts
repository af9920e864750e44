// Folding from the keyboard: Alt+→ unfolds the row, Alt+← folds it; on the code and label
// columns, where typing writes nothing, + and - do the same.
import type { SuppressKeyboardEventParams } from 'ag-grid-community';
import type { GridRow } from './visible-rows';

const LABEL_COLUMNS = new Set(['code', 'label']);

export function foldKeys(onToggle: (rowId: string) => void) {
  return (params: SuppressKeyboardEventParams<GridRow>): boolean => {
    const e = params.event;
    const row = params.data;
    if (params.editing || e.type !== 'keydown' || !row?.hasChildren) return false;
    const onLabel = LABEL_COLUMNS.has(params.column.getColId());
    const open = (e.altKey && e.key === 'ArrowRight') || (onLabel && e.key === '+');
    const close = (e.altKey && e.key === 'ArrowLeft') || (onLabel && e.key === '-');
    if (!(open && !row.open) && !(close && row.open)) return open || close; // already so: the key is still ours
    e.preventDefault();
    onToggle(row.id);
    return true;
  };
}
