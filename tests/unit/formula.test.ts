// A formula saved without its result: worked out where it is simple, unknown otherwise (issue 30).
import { describe, expect, it } from 'vitest';
import { evaluateSimple } from '../../shared/import/formula';

// C9 = 100, C10 = 50, C11 empty, D1..D4 = 1..4, E1 text
const CELLS: Record<string, number | null> = { 'C9': 100, 'C10': 50, 'D1': 1, 'D2': 2, 'D3': 3, 'D4': 4, 'E1': null };
const at = (row: number, col: number) => {
  const key = `${String.fromCharCode(64 + col)}${row}`;
  return key in CELLS ? CELLS[key]! : 0;
};

describe('a formula saved without its result', () => {
  it('is worked out where it is a number, a cell, SUM of cells and ranges, and + and − of those', () => {
    expect(evaluateSimple('=C9', at)).toBe(100);
    expect(evaluateSimple('=C9+C10-D1', at)).toBe(149);
    expect(evaluateSimple('=SUM(D1:D4)', at)).toBe(10);
    expect(evaluateSimple('=sum($D$1:D2; C9)', at)).toBe(103);
    expect(evaluateSimple('=C9+C11', at)).toBe(100); // an empty cell counts 0, as in Excel
    expect(evaluateSimple('=-C10+1000', at)).toBe(950);
  });
  it('is unknown where it is anything else, or reads text', () => {
    for (const f of ['=C9*2', '=C9/2', '=ROUND(C9,0)', '=IF(C9>0,1,0)', '=Sheet2!A1', '=E1+1', '=', '=SUM(A1:XFD1048576)']) {
      expect(evaluateSimple(f, at), f).toBeNull();
    }
  });
});
