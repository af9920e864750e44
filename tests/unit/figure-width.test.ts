// A figure column is as wide as its widest figure in her display unit: the count of characters
// must be what formatMoney writes, for every amount and unit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCALE_NAMES, dong, formatMoney, type Scale } from '../../shared/money';
import { codeWidth, figureWidth, moneyChars, rateWidth, widestCode, widestFigure, widestRate } from '../../renderer/src/grid/figure-width';
import type { SheetRow } from '../../shared/sheet/sheet';

describe('the width of a figure', () => {
  it('counts exactly the characters formatMoney writes', () => {
    const amount = fc.oneof(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.maxSafeInteger(), fc.constantFrom(0, 499, 500, -500, 1_500_000, 999_999_500_000, -999_999_500));
    fc.assert(fc.property(amount, fc.constantFrom(...(SCALE_NAMES as Scale[])), (a, scale) => {
      expect(moneyChars(a, scale)).toBe(formatMoney(dong(a), scale).length);
    }), { numRuns: 3000 });
  });

  it('a sheet\'s widest figure sets its columns: whole in nghìn đồng, as narrow as before in triệu', () => {
    const row = (cells: SheetRow['cells']): SheetRow => ({ id: 'x', node: 'x', unit: null, code: '', label: '', kind: 'content', depth: 0, parentId: null, hasChildren: false, own: true, cells });
    const rows = [row({ 'allocated:ALL': { kind: 'money', dong: 161_128_000_000, stated: false } }), row({ 'disbursed:SN': { kind: 'money', dong: 1_379_445_000, stated: true }, 'rate:SN': { kind: 'rate', percent: 81.12, decimals: 2, stated: false } })];
    expect(widestFigure(rows, 'nghin')).toBe('161.128.000'.length);
    expect(widestFigure(rows, 'trieu')).toBe('1.379,445'.length);
    expect(widestFigure([], 'trieu')).toBe(0);
    expect(figureWidth(7)).toBe(64);
  });

  it('follows an edit: the row it replaced counts with its new figures, the kept rows as before', () => {
    const row = (id: string, d: number): SheetRow => ({ id, node: id, unit: null, code: '', label: '', kind: 'content', depth: 0, parentId: null, hasChildren: false, own: true, cells: { 'allocated:SN': { kind: 'money', dong: d, stated: true } } });
    const rows = [row('a', 5_000_000), row('b', 12_000_000)];
    expect(widestFigure(rows, 'trieu')).toBe(2);
    const edited = [rows[0]!, row('b', 1_234_567_000_000)];
    expect(widestFigure(edited, 'trieu')).toBe('1.234.567'.length);
    expect(widestFigure(rows, 'trieu')).toBe(2);
  });
});

describe('codes and rates shown whole (issue 29)', () => {
  const row = (code: string, cells: SheetRow['cells']): SheetRow => ({ id: code, node: code, unit: null, code, label: '', kind: 'content', depth: 0, parentId: null, hasChildren: false, own: true, cells });
  it('counts the longest code and the widest rate as the grid writes them', () => {
    const rows = [row('DA1', { 'rate:SN': { kind: 'rate', percent: 100, decimals: 2, stated: false } }), row('DA1.1-W7', { 'rate:ALL': { kind: 'rate', percent: 81.8234, decimals: 4, stated: true } })];
    expect(widestCode(rows)).toBe('DA1.1-W7'.length);
    expect(widestRate(rows)).toBe('81,8234'.length);
    expect(widestRate([row('DA1', { 'rate:SN': { kind: 'rate', percent: 100, decimals: 2, stated: false } })])).toBe('100,00'.length);
  });
  it('gives "100,00" and "DA4.1-C1" the room they measure in the grid s font (40 and 57 px) with padding', () => {
    expect(rateWidth(6)).toBeGreaterThanOrEqual(40 + 12);
    expect(codeWidth(8)).toBeGreaterThanOrEqual(57 + 12);
  });
});
