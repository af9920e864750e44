// The grid's keys against Excel's behaviour, written out as a table (issue 29).
import { describe, expect, it } from 'vitest';
import { excelMove, type Pos, type Shape } from '../../renderer/src/grid/excel-keys';

// A 5 × 6 sheet; "x" is a filled cell, "." an empty one.
const SHEET = [
  'xx.xxx',
  'x.....',
  'x..x..',
  'xx.x..',
  'x.....',
];
const shape: Shape = { rows: SHEET.length, cols: SHEET[0]!.length, filled: ({ row, col }) => SHEET[row]![col] === 'x' };
const at = (row: number, col: number): Pos => ({ row, col });

// key, Ctrl held, from, to: as Excel (Home / End alone as LibreOffice Calc: the row's ends)
const EXCEL: [string, boolean, Pos, Pos, string][] = [
  ['Home', false, at(3, 3), at(3, 0), 'Home: first cell of the row'],
  ['End', false, at(3, 1), at(3, 5), 'End: last cell of the row'],
  ['Home', true, at(3, 3), at(0, 0), 'Ctrl+Home: first cell of the table'],
  ['End', true, at(1, 1), at(4, 5), 'Ctrl+End: last cell of the table'],
  ['ArrowRight', true, at(0, 3), at(0, 5), 'inside a block: to its last filled cell'],
  ['ArrowRight', true, at(0, 1), at(0, 3), 'at a block s edge: over the gap to the next filled cell'],
  ['ArrowRight', true, at(1, 0), at(1, 5), 'nothing filled ahead: to the table s edge'],
  ['ArrowDown', true, at(0, 0), at(4, 0), 'down a filled column: to its end'],
  ['ArrowDown', true, at(0, 3), at(2, 3), 'down from a block over an empty cell: the next filled'],
  ['ArrowUp', true, at(3, 3), at(2, 3), 'up inside a block of two: its top'],
  ['ArrowLeft', true, at(2, 3), at(2, 0), 'left over empty cells: the next filled'],
  ['ArrowLeft', true, at(2, 0), at(2, 0), 'at the table s edge: stays'],
];

describe('keys as in Excel', () => {
  it.each(EXCEL)('%s (Ctrl %s) from %o goes to %o: %s', (key, ctrl, from, to) => {
    expect(excelMove(key, ctrl, from, shape)).toEqual(to);
  });
  it('leaves plain arrows, Page Up / Page Down and other keys to the grid', () => {
    for (const key of ['ArrowDown', 'PageDown', 'PageUp', 'Tab', 'a']) expect(excelMove(key, false, at(1, 1), shape)).toBeNull();
  });
});
