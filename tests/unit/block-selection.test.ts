// The grid reports focus changes later than they happen (AG Grid queues its events): a block
// she grows with Shift+arrows right after a click, or right after an arrow, must not be undone
// by those late reports. Found as a flaky e2e test on a loaded machine.
import { describe, expect, it } from 'vitest';
import type { GridApi } from 'ag-grid-community';
import type { ColumnId } from '../../shared/sheet/columns';
import { BlockSelection } from '../../renderer/src/grid/block-selection';
import type { GridRow } from '../../renderer/src/grid/visible-rows';

const COLUMNS: ColumnId[] = ['carry_in:SN', 'disbursed:SN', 'carry_out:SN'];

/** The grid as extendBy sees it: its focus moves at once, its reports are queued. */
function fakeGrid(selection: BlockSelection) {
  let focus = { rowIndex: 0, column: COLUMNS[0]! as string };
  const queued: [number, string][] = [];
  const api = {
    getFocusedCell: () => ({ rowIndex: focus.rowIndex, column: { getColId: () => focus.column } }),
    getDisplayedRowCount: () => 20,
    ensureIndexVisible: () => undefined,
    ensureColumnVisible: () => undefined,
    setFocusedCell: (rowIndex: number, column: string) => { focus = { rowIndex, column }; queued.push([rowIndex, column]); },
  } as unknown as GridApi<GridRow>;
  return {
    api,
    /** the grid moving its own focus (a click, a plain arrow), reported later */
    moveTo: (rowIndex: number, column: string) => api.setFocusedCell(rowIndex, column),
    deliver: () => { for (const [r, c] of queued.splice(0)) selection.focused(r, c); },
  };
}

describe('a block grown faster than the grid reports its focus', () => {
  it('a click, then Shift+→ and Shift+↓ before the click is reported: the block is 2×2', () => {
    const selection = new BlockSelection(() => undefined, () => COLUMNS);
    const grid = fakeGrid(selection);
    selection.clicked(5, 'carry_in:SN', false);
    grid.moveTo(5, 'carry_in:SN');
    expect(selection.extendBy(grid.api, 'ArrowRight')).toBe(true);
    expect(selection.extendBy(grid.api, 'ArrowDown')).toBe(true);
    grid.deliver();
    expect(selection.block).toEqual({ top: 5, bottom: 6, left: 0, right: 1 });
  });

  it('an arrow, then Shift+↓ before the arrow is reported: the block starts where the arrow went', () => {
    const selection = new BlockSelection(() => undefined, () => COLUMNS);
    const grid = fakeGrid(selection);
    selection.clicked(2, 'disbursed:SN', false);
    selection.pending = 'reset'; // what a plain ArrowDown's keydown says (blockKeys)
    grid.moveTo(3, 'disbursed:SN');
    expect(selection.extendBy(grid.api, 'ArrowDown')).toBe(true);
    grid.deliver();
    expect(selection.block).toEqual({ top: 3, bottom: 4, left: 1, right: 1 });
  });

  it('Shift+click grows the block from where she was; a click elsewhere starts afresh', () => {
    const selection = new BlockSelection(() => undefined, () => COLUMNS);
    selection.clicked(1, 'carry_in:SN', false);
    selection.clicked(4, 'carry_out:SN', true);
    expect(selection.block).toEqual({ top: 1, bottom: 4, left: 0, right: 2 });
    selection.clicked(7, 'disbursed:SN', false);
    expect(selection.isMany).toBe(false);
    selection.clicked(7, 'label', false);
    expect(selection.block).toBeNull();
  });
});
