import { describe, expect, it } from 'vitest';
import type { Catalog, Line } from '../../shared/catalog';
import type { Claim, MoneyMeasure, Capital } from '../../shared/claim';
import { dong } from '../../shared/money';
import { buildTree } from '../../shared/sheet/tree';
import { buildSheet, type SheetRow } from '../../shared/sheet/sheet';
import { columnId } from '../../shared/sheet/columns';

const catalog: Catalog = {
  id: 't', program: 'P', name: 'P', period: { from: 2022, to: 2024 },
  nodes: [
    { code: 'P', parent: null, name: 'Chương trình' },
    { code: 'DA7', parent: 'P', name: 'Dự án 7' },
    { code: 'DA7.1', parent: 'DA7', name: 'Tiểu dự án 1' },
    { code: 'DA7.2', parent: 'DA7', name: 'Tiểu dự án 2' },
    { code: 'DA7.M', parent: 'DA7', name: 'Trong đó: ghi nhớ', memo: true },
  ],
};
const lines: Line[] = [{ program: 'P', code: 'DA7.2@UBND xã', parent: 'DA7.2', kind: 'unit', name: 'UBND xã' }];

function money(node: string, measure: MoneyMeasure, trieu: number, capital: Capital | null = 'SN', unit: string | null = null): Claim {
  return {
    key: { origin: 'books', program: 'P', period: { from: 2023, to: 2023 }, node, unit, capital, source: null, measure },
    value: dong(trieu * 1_000_000), asOf: null, note: null,
  };
}

function sheetOf(claims: Claim[], project: string | null = null) {
  return buildSheet({ tree: buildTree(catalog, lines), claims, origin: 'books', completeness: { missingIsZero: true }, year: 2023, project });
}

const cell = (row: SheetRow | undefined, measure: string, capital = 'SN') => row?.cells[`${measure}:${capital}` as never];
const rowOf = (rows: SheetRow[], id: string) => rows.find((r) => r.id === id);

describe('a year sheet derives what was not stated', () => {
  const claims = [
    money('DA7.1', 'carry_in', 6), money('DA7.1', 'allocated', 852), money('DA7.1', 'disbursed', 696),
    money('DA7.2', 'allocated', 326, 'SN', 'UBND xã'), money('DA7.2', 'carry_in', 193, 'SN', 'UBND xã'),
    money('DA7.2', 'disbursed', 402, 'SN', 'UBND xã'),
    money('DA7.M', 'allocated', 999),
  ];
  const rows = sheetOf(claims).rows;

  it('lists the tree in order with depth, units as leaves of their node', () => {
    expect(rows.map((r) => [r.id, r.depth])).toEqual([
      ['P', 0], ['DA7', 1], ['DA7.1', 2], ['DA7.2', 2], ['DA7.2@UBND xã', 3], ['DA7.M', 2],
    ]);
  });

  it('marks stated figures and computes available, carry-out and rate', () => {
    const r = rowOf(rows, 'DA7.1');
    expect(cell(r, 'allocated')).toEqual({ kind: 'money', dong: 852_000_000, stated: true });
    expect(cell(r, 'available')).toEqual({ kind: 'money', dong: 858_000_000, stated: false });
    expect(cell(r, 'carry_out')).toEqual({ kind: 'money', dong: 162_000_000, stated: false });
    expect(cell(r, 'rate')).toEqual({ kind: 'rate', percent: 81.12, decimals: 2, stated: false });
  });

  it('sums children into parents, units into their node, and leaves memo rows out', () => {
    expect(cell(rowOf(rows, 'DA7.2'), 'available')).toMatchObject({ dong: 519_000_000, stated: false });
    expect(cell(rowOf(rows, 'DA7'), 'disbursed')).toMatchObject({ dong: 1_098_000_000, stated: false });
    expect(cell(rowOf(rows, 'DA7'), 'allocated')).toMatchObject({ dong: 1_178_000_000 });
  });

  it('adds ĐT and SN into Cộng', () => {
    const withDt = sheetOf([...claims, money('DA7.1', 'allocated', 100, 'DT')]).rows;
    expect(cell(rowOf(withDt, 'DA7.1'), 'allocated', 'ALL')).toMatchObject({ dong: 952_000_000, stated: false });
  });

  it('prefers a stated parent over the sum of its children, and keeps that sum beside it', () => {
    const stated = sheetOf([...claims, money('DA7', 'disbursed', 1_046)]).rows;
    // the tooltip of a stated total says what its lines add up to (1.098), so a stale total shows
    expect(cell(rowOf(stated, 'DA7'), 'disbursed')).toEqual({ kind: 'money', dong: 1_046_000_000, stated: true, computed: { dong: 1_098_000_000, from: 'children' } });
  });

  it('does not invent a carry-out before anything is disbursed', () => {
    const plan = sheetOf([money('DA7.1', 'allocated', 852)]).rows;
    expect(cell(rowOf(plan, 'DA7.1'), 'carry_out')).toBeUndefined();
  });

  it('shows one project alone', () => {
    expect(sheetOf(claims, 'DA7').rows.map((r) => r.id)).toEqual(['DA7', 'DA7.1', 'DA7.2', 'DA7.2@UBND xã', 'DA7.M']);
    expect(columnId('rate', null)).toBe('rate:ALL');
  });
});
