import { describe, expect, it } from 'vitest';
import { MEASURES, type Measure } from '../../shared/claim';
import { capitalsComputedFrom, measuresComputedFrom } from '../../shared/figures/derivations';
import { nextYearReaders, recheckedMeasures } from '../../shared/reconcile/neighbourhood';

const sorted = (ms: readonly Measure[]) => [...ms].sort();

describe('what an edit reaches, read backwards from what figures and checks declare', () => {
  it('makes stale the figures computed from the edited one through the flow identities', () => {
    const expected: Record<Measure, Measure[]> = {
      carry_in: ['carry_in', 'available', 'carry_out', 'rate'],
      allocated: ['allocated', 'available', 'carry_out', 'rate'],
      adjusted: ['adjusted', 'available', 'carry_out', 'rate'],
      available: ['available', 'carry_out', 'rate'],
      disbursed: ['disbursed', 'carry_out', 'rate'],
      cancelled: ['cancelled', 'carry_out'],
      carry_out: ['carry_out'],
      rate: ['rate'],
    };
    for (const m of MEASURES) expect(sorted(measuresComputedFrom(m)), m).toEqual(sorted(expected[m]));
  });

  it('makes Cộng stale when ĐT or SN changes, and nothing else', () => {
    expect(capitalsComputedFrom('DT')).toEqual(['DT', null]);
    expect(capitalsComputedFrom('SN')).toEqual(['SN', null]);
    expect(capitalsComputedFrom(null)).toEqual([null]);
  });

  it('re-checks in the same year the sites whose checks read a changed figure', () => {
    // the bound reads disbursed and available together; a missing carry-in is reported on the
    // allocation
    const expected: Record<Measure, Measure[]> = {
      carry_in: ['carry_in', 'available', 'carry_out', 'rate', 'disbursed', 'allocated'],
      allocated: ['allocated', 'available', 'carry_out', 'rate', 'disbursed'],
      adjusted: ['adjusted', 'available', 'carry_out', 'rate', 'disbursed'],
      available: ['available', 'carry_out', 'rate', 'disbursed'],
      disbursed: ['disbursed', 'carry_out', 'rate', 'available'],
      cancelled: ['cancelled', 'carry_out'],
      carry_out: ['carry_out'],
      rate: ['rate'],
    };
    for (const m of MEASURES) expect(sorted(recheckedMeasures(m)), m).toEqual(sorted(expected[m]));
  });

  it('re-checks next year the sites that chain to this year’s carry-out', () => {
    expect(sorted(nextYearReaders('carry_out'))).toEqual(sorted(['carry_in', 'allocated', 'available']));
    for (const m of MEASURES.filter((x) => x !== 'carry_out')) expect(nextYearReaders(m), m).toEqual([]);
  });
});
