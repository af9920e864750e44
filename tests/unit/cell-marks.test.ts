// A flag marks the cell of the claim it sits on, in the sheet of that origin and year only.
import { describe, expect, it } from 'vitest';
import { cellMarks } from '../../renderer/src/checks/marks';
import type { Flag } from '../../shared/reconcile/flag';

const flag = (over: Partial<Flag> & { site: Partial<Flag['claims'][number]> }): Flag => ({
  id: over.id ?? 'f', rule: over.rule ?? 'rate', severity: over.severity ?? 'error', message: over.message ?? 'sai',
  expected: 0, found: 0, difference: 0, explained: over.explained ?? null,
  claims: [{ origin: 'report-III', year: 2023, node: 'DA7.1', unit: null, capital: 'SN', source: null, measure: 'rate', ...over.site }],
});

describe('cell marks', () => {
  it('puts a flag on its row and column, with the rule and the message as tooltip', () => {
    const marks = cellMarks([flag({ site: {} })], 'report-III', 2023);
    expect(marks.get('DA7.1')?.get('rate:SN')).toEqual({ severity: 'error', explained: false, messages: ['Tỷ lệ giải ngân không đúng. sai'] });
  });

  it('finds unit rows and Cộng columns, and ignores other origins, years, periods and sources', () => {
    const flags = [
      flag({ id: 'a', site: { node: 'DA2', unit: 'Trung tâm DVNN', capital: null, measure: 'disbursed' } }),
      flag({ id: 'b', site: { origin: 'books' } }),
      flag({ id: 'c', site: { year: 2022 } }),
      flag({ id: 'd', site: { year: undefined, years: [2022, 2024] } }),
      flag({ id: 'e', site: { source: 'NSTW' } }),
    ];
    const marks = cellMarks(flags, 'report-III', 2023);
    expect([...marks.keys()]).toEqual(['DA2@Trung tâm DVNN']);
    // (and the Cộng rate computed from that disbursement is in dispute: below)
    expect([...marks.get('DA2@Trung tâm DVNN')!.keys()]).toEqual(['disbursed:ALL', 'rate:ALL']);
    expect(marks.get('DA2@Trung tâm DVNN')!.get('disbursed:ALL')!.disputes).toBeUndefined();
  });

  it('shows the worst severity on a cell, and explained only when every flag there is', () => {
    const marks = cellMarks([
      flag({ id: 'a', severity: 'rounding', explained: 'làm tròn', site: {} }),
      flag({ id: 'b', severity: 'error', site: {} }),
    ], 'report-III', 2023);
    expect(marks.get('DA7.1')?.get('rate:SN')).toMatchObject({ severity: 'error', explained: false });
  });
});

describe('a computed rate resting on a figure in dispute', () => {
  const books = (site: Partial<Flag['claims'][number]>, over: Partial<Flag> = {}) =>
    flag({ rule: 'hierarchy-sum', ...over, site: { origin: 'books', node: 'DA3.1', measure: 'allocated', ...site } });

  it('marks the rate of the same capital type and Cộng with the finding, not the rate of the other', () => {
    const marks = cellMarks([books({})], 'books', 2023).get('DA3.1')!;
    expect(marks.get('rate:SN')?.disputes).toEqual(['Tổng không bằng các dòng con. sai']);
    expect(marks.get('rate:ALL')?.disputes).toHaveLength(1);
    expect(marks.get('rate:DT')).toBeUndefined();
    // the rate carries no flag of its own: no colour of an error on it, only the dispute
    expect(marks.get('rate:SN')).toMatchObject({ severity: null, explained: false, messages: [] });
  });

  it('holds disbursement above what was available too, but not an explained or a rounding finding, nor another document', () => {
    expect(cellMarks([books({ measure: 'disbursed' }, { rule: 'bound-disbursed' })], 'books', 2023).get('DA3.1')?.get('rate:SN')?.disputes).toHaveLength(1);
    expect(cellMarks([books({}, { explained: 'đã rõ' })], 'books', 2023).get('DA3.1')?.get('rate:SN')).toBeUndefined();
    expect(cellMarks([books({}, { severity: 'rounding' })], 'books', 2023).get('DA3.1')?.get('rate:SN')).toBeUndefined();
    expect(cellMarks([books({}, { rule: 'cross-origin' })], 'books', 2023).get('DA3.1')?.get('rate:SN')).toBeUndefined();
  });

  it('leaves the rate alone when the disputed figure is not one it is computed from', () => {
    expect(cellMarks([books({ measure: 'cancelled' })], 'books', 2023).get('DA3.1')?.get('rate:SN')).toBeUndefined();
  });
});
