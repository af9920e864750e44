// Issue 28: when two files are one decision, and what differs between their figures.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/claim';
import { type KnownOrigin, decisionDiff, findSameDocument } from '../../shared/import/same-decision';
import { dong } from '../../shared/money';

const figure = (origin: string, node: string, trieu: number, year = 2024): Claim => ({
  key: { origin, program: 'GNBV', period: { from: year, to: year }, node, unit: null, capital: 'SN', source: null, measure: 'allocated' },
  value: dong(trieu * 1_000_000), asOf: null, note: null,
});
const known = (over: Partial<KnownOrigin>): KnownOrigin => ({
  id: 'qd-old', label: 'QĐ số 88/QĐ-UBND ngày 10/01/2024 (PL02)', number: '88/QĐ-UBND', date: '2024-01-10', fileName: 'PL02.xlsx',
  claims: [figure('qd-old', 'DA1.1', 100), figure('qd-old', 'DA2', 50)], ...over,
});
const doc = (over: object = {}) => ({
  label: 'QĐ số 88/QĐ-UBND ngày 10/01/2024 (Phụ lục)', decision: { number: '88/QD-UBND', date: '2024-01-10', issuer: null }, fileName: 'PL02.xls', year: 2024,
  claims: [figure('qd-new', 'DA1.1', 100)], ...over,
});

describe('the same decision', () => {
  it('is the same number and date however the number is typed', () => {
    expect(findSameDocument([known({})], doc())?.id).toBe('qd-old');
    expect(findSameDocument([known({})], doc({ decision: { number: '88 / qđ-ubnd', date: '2024-01-10', issuer: null } }))?.id).toBe('qd-old');
  });

  it('is not another decision, another date, or an annex with no figure in common', () => {
    expect(findSameDocument([known({})], doc({ decision: { number: '89/QĐ-UBND', date: '2024-01-10', issuer: null } }))).toBeNull();
    expect(findSameDocument([known({})], doc({ decision: { number: '88/QĐ-UBND', date: '2024-03-01', issuer: null } }))).toBeNull();
    expect(findSameDocument([known({})], doc({ claims: [figure('qd-new', 'DA3.1', 10)] }))).toBeNull();
  });

  it('without a number, is the same file name but its extension and the same year', () => {
    const unnumbered = known({ number: null, date: null, label: 'Tệp PL02.xlsx (PL02)' });
    expect(findSameDocument([unnumbered], doc({ decision: null }))?.id).toBe('qd-old');
    expect(findSameDocument([unnumbered], doc({ decision: null, fileName: 'PL03.xls' }))).toBeNull();
    expect(findSameDocument([unnumbered], doc({ decision: null, year: 2025, claims: [figure('qd-new', 'DA1.1', 100, 2025)] }))).toBeNull();
  });
});

it('counts what is the same, what differs, and what only one of them states', () => {
  const diff = decisionDiff(known({}).claims, [figure('qd-new', 'DA1.1', 120), figure('qd-new', 'DA5', 7)]);
  expect(diff).toMatchObject({ same: 0, changed: 1, onlyInFile: 1, onlyInBook: 1 });
  expect(diff.first.map((c) => [c.before?.key.node ?? null, c.after?.key.node ?? null])).toEqual([['DA1.1', 'DA1.1'], [null, 'DA5'], ['DA2', null]]);
  expect(decisionDiff(known({}).claims, known({}).claims)).toMatchObject({ same: 2, changed: 0, onlyInFile: 0, onlyInBook: 0, first: [] });
});
