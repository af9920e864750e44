// The clipboard text of Excel and LibreOffice, and where a paste lands.
import { describe, expect, it } from 'vitest';
import { blockOf, fillDownPlan, parseTsv, pastePlan, toTsv } from '../../shared/sheet/block';

describe('clipboard text', () => {
  it('reads rows and cells as spreadsheets copy them, the final line break included', () => {
    expect(parseTsv('1.234,5\t7\r\n2\t\r\n')).toEqual([['1.234,5', '7'], ['2', '']]);
    expect(parseTsv('12')).toEqual([['12']]);
    expect(parseTsv('a\nb\n')).toEqual([['a'], ['b']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps a quoted cell whole, with its tab, line break and quotes', () => {
    expect(parseTsv('"Xã ""A""\tB\r\nC"\t5\r\n')).toEqual([['Xã "A"\tB\r\nC', '5']]);
    expect(parseTsv(toTsv([['Xã "A"\tB', '5'], ['', '-3']]))).toEqual([['Xã "A"\tB', '5'], ['', '-3']]);
  });
});

describe('where a paste lands', () => {
  const sheet = { rows: 10, cols: 24 };
  it('fills the whole block with one value, as Excel does', () => {
    const plan = pastePlan(blockOf({ row: 2, col: 1 }, { row: 3, col: 2 }), [['5']], sheet);
    expect(plan.map((p) => [p.pos.row, p.pos.col, p.text])).toEqual([[2, 1, '5'], [2, 2, '5'], [3, 1, '5'], [3, 2, '5']]);
  });

  it('lays a block of values from the top left of the selection, clipped at the sheet edge', () => {
    const plan = pastePlan(blockOf({ row: 9, col: 23 }, { row: 9, col: 23 }), [['1', '2'], ['3', '4']], sheet);
    expect(plan).toEqual([{ pos: { row: 9, col: 23 }, text: '1' }]);
    expect(pastePlan(blockOf({ row: 1, col: 1 }, { row: 0, col: 0 }), [['1', '2'], ['3', '4']], sheet).map((p) => p.pos))
      .toEqual([{ row: 0, col: 0 }, { row: 0, col: 1 }, { row: 1, col: 0 }, { row: 1, col: 1 }]);
  });

  it('fills down the top row of the block into the rows under it', () => {
    expect(fillDownPlan(blockOf({ row: 1, col: 3 }, { row: 3, col: 4 }), ['7', '8']).map((p) => [p.pos.row, p.pos.col, p.text]))
      .toEqual([[2, 3, '7'], [2, 4, '8'], [3, 3, '7'], [3, 4, '8']]);
  });
});
