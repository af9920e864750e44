// Ctrl+F (issue 29): a line by code or name, without diacritics too, and a figure by value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Scale, dong, formatMoney, parseMoney } from '../../shared/money';
import { findInSheet } from '../../shared/sheet/find';
import type { SheetRow } from '../../shared/sheet/sheet';
import type { ColumnId } from '../../shared/sheet/columns';

const row = (id: string, label: string, cells: SheetRow['cells'] = {}): SheetRow => ({
  id, node: id.split('@')[0]!, unit: null, code: id.includes('@') ? '' : id, label, kind: 'content', depth: 1, parentId: null, hasChildren: false, own: true, cells,
});
const ROWS = [
  row('DA1', 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng', { 'allocated:SN': { kind: 'money', dong: 12_060_000_000, stated: true } }),
  row('DA1.1-W7', 'Đường GTNT trung tâm xã Huổi Luông', { 'allocated:SN': { kind: 'money', dong: 4_679_400_000, stated: true }, 'rate:SN': { kind: 'rate', percent: 81.12, decimals: 2, stated: false } }),
  row('DA2@UBND xã Mường So', 'UBND xã Mường So', { 'disbursed:SN': { kind: 'money', dong: 12_060_000_000, stated: true } }),
];
const COLUMNS: ColumnId[] = ['allocated:SN', 'disbursed:SN', 'rate:SN'];
const find = (q: string) => findInSheet(ROWS, q, 'trieu', COLUMNS).map((f) => `${f.rowId} ${f.column}`);

describe('find in the sheet', () => {
  it('finds a line by its code, and by its name without diacritics or case', () => {
    expect(find('DA1.1')).toEqual(['DA1.1-W7 code']);
    expect(find('huoi luong')).toEqual(['DA1.1-W7 label']);
    expect(find('MƯỜNG SO')).toEqual(['DA2@UBND xã Mường So label']);
  });
  it('finds a figure by its value as shown in the unit, or exactly as she would type it, in every column', () => {
    expect(find('12.060')).toEqual(['DA1 allocated:SN', 'DA2@UBND xã Mường So disbursed:SN']);
    expect(find('4.679')).toEqual(['DA1.1-W7 allocated:SN']);
    expect(find('4679,4')).toEqual(['DA1.1-W7 allocated:SN']);
    expect(find('81,12')).toEqual(['DA1.1-W7 rate:SN']);
  });
  it('finds nothing for an empty query or a number no cell holds', () => {
    expect(find('  ')).toEqual([]);
    expect(find('99.999')).toEqual([]);
  });
});

describe('a figure as shown, counted rather than formatted', () => {
  it('matches exactly the figures whose text in the unit is the query, or starts with it and a comma', () => {
    const amount = fc.integer({ min: -5_000_000_000_000, max: 5_000_000_000_000 });
    fc.assert(fc.property(amount, amount, fc.boolean(), fc.constantFrom('dong', 'nghin', 'trieu', 'ty') as fc.Arbitrary<Scale>, (x, y, whole, scale) => {
      // a query as she reads it off the screen: a figure's text, or its whole part
      const text = formatMoney(dong(x), scale);
      const query = whole ? text.split(',')[0]! : text;
      const near = [y, x, x + 1, x - 1, x + 499, x - 500, x + 10 ** 6, -x];
      for (const d of near) {
        const shown = formatMoney(dong(d), scale);
        const expected = shown === query || shown.startsWith(`${query},`) || parseMoney(query, scale).ok && (parseMoney(query, scale) as { value: number }).value === d;
        const got = findInSheet([row('X', 'x', { 'allocated:SN': { kind: 'money', dong: d, stated: true } })], query, scale, ['allocated:SN']).length === 1;
        expect(got, `${query} vs ${shown} (${d} đồng, ${scale})`).toBe(expected);
      }
    }), { numRuns: 2000 });
  });
});
