// Ctrl+F (issue 29): a line by code or name, without diacritics too, and a figure by value.
import { describe, expect, it } from 'vitest';
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
