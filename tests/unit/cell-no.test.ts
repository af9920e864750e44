import { describe, expect, it } from 'vitest';
import { CAPITALS, type Capital, MEASURES, SOURCES, type Source } from '../../shared/claim';
import {
  capitalOf, cellNo, isCapitalTotal, isSourceTotal, measureOf, rowOf, sourceOf, sourceTotalOf,
  withCapital, withMeasure, withRow, withSource, yearCell,
} from '../../shared/figures/cell-no';

const CAPITAL_CELLS: readonly (Capital | null)[] = [null, ...CAPITALS];
const SOURCE_CELLS: readonly (Source | null)[] = [null, ...SOURCES];
const ROWS = [0, 1, 2, 119, 3_000, 1_000_000];

function* everyCell(): Generator<[number, Capital | null, Source | null, (typeof MEASURES)[number]]> {
  for (const row of ROWS) for (const capital of CAPITAL_CELLS) for (const source of SOURCE_CELLS) for (const measure of MEASURES) yield [row, capital, source, measure];
}

describe('a cell as one number', () => {
  it('gives back every part it was made of', () => {
    for (const [row, capital, source, measure] of everyCell()) {
      const c = cellNo(row, capital, source, measure);
      expect([rowOf(c), capitalOf(c), sourceOf(c), measureOf(c)]).toEqual([row, capital, source, measure]);
      expect(isCapitalTotal(c)).toBe(capital === null);
      expect(isSourceTotal(c)).toBe(source === null);
    }
  });

  it('gives every cell of a row its own number, and the rows follow each other without a gap', () => {
    const numbers = new Set<number>();
    for (const [row, capital, source, measure] of everyCell()) if (row < 3) numbers.add(cellNo(row, capital, source, measure));
    expect(numbers.size).toBe(3 * 3 * 5 * 8);
    expect(Math.min(...numbers)).toBe(0);
    expect(Math.max(...numbers)).toBe(numbers.size - 1);
  });

  it('moves to a related cell changing one part only', () => {
    for (const [row, capital, source, measure] of everyCell()) {
      const c = cellNo(row, capital, source, measure);
      for (const m of MEASURES) expect(withMeasure(c, m)).toBe(cellNo(row, capital, source, m));
      for (const k of CAPITAL_CELLS) expect(withCapital(c, k)).toBe(cellNo(row, k, source, measure));
      for (const s of SOURCE_CELLS) expect(withSource(c, s)).toBe(cellNo(row, capital, s, measure));
      for (const r of [0, 7, row + 1]) expect(withRow(c, r)).toBe(cellNo(r, capital, source, measure));
      expect(sourceTotalOf(c)).toBe(cellNo(row, capital, null, measure));
    }
  });

  it('keeps a cell of one year apart from its neighbours and from the same cell in other years', () => {
    const seen = new Map<number, string>();
    for (const [row, capital, source, measure] of everyCell()) {
      if (row > 2) continue;
      for (const year of [1990, 2023, 2024, 2100]) {
        const key = yearCell(cellNo(row, capital, source, measure), year);
        const what = `${row}|${capital}|${source}|${measure}|${year}`;
        expect(seen.get(key) ?? what).toBe(what);
        seen.set(key, what);
      }
    }
  });

  it('is packed as row × 120 + capital × 40 + source × 8 + measure', () => {
    expect(cellNo(2, 'SN', 'HUY_DONG', 'disbursed')).toBe(2 * 120 + 2 * 40 + 3 * 8 + 4);
    expect(cellNo(0, null, null, 'carry_in')).toBe(0);
    expect(withRow(cellNo(5, 'DT', null, 'rate'), 0)).toBe(40 + 7);
  });
});
