// A node's own stated figures come first in its own flow: a partial breakdown under it is a
// check on them (one finding), never a replacement for them (issue 28).
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/figures/cell';
import type { Claim, Measure } from '../../shared/claim';
import { Reconciler } from '../../shared/reconcile/engine';
import { rateToNumber } from '../../shared/rate';
import { buildSheet } from '../../shared/sheet/sheet';
import { m, ORIGINS, TREE } from '../support/claims';

const at = (node: string, measure: Measure, capital: Cell['capital'] = 'SN', unit: string | null = null): Cell =>
  ({ rowId: unit ? `${node}@${unit}` : node, capital, source: null, measure });

function figures(claims: Claim[]) {
  const r = new Reconciler(TREE, ORIGINS, claims);
  const money = (node: string, measure: Measure, capital: Cell['capital'] = 'SN') => {
    const f = r.figureAt('books', 2023, at(node, measure, capital));
    return f?.kind === 'money' ? f.dong / 1_000_000 : null;
  };
  const rate = (node: string, capital: Cell['capital'] = 'SN') => {
    const f = r.figureAt('books', 2023, at(node, 'rate', capital));
    return f?.kind === 'rate' ? rateToNumber(f.rate) : null;
  };
  return { money, rate, flags: r.checkAll().map((f) => `${f.rule}@${f.claims[0]!.node}`) };
}

describe('a partial breakdown under a node that states its own money', () => {
  // DA1 states Giao SN 4.679 and Giải ngân 3.000; she adds one line under it with Giao 2.000
  const claims = [m('DA1', 'allocated', 4679), m('DA1', 'disbursed', 3000), m('DA1.1', 'allocated', 2000)];

  it('keeps the node s own flow: available, carry-out and rate from what it states', () => {
    const f = figures(claims);
    expect(f.money('DA1', 'available')).toBe(4679);
    expect(f.money('DA1', 'carry_out')).toBe(1679);
    expect(f.rate('DA1')).toBeCloseTo(64.12, 2);
  });

  it('keeps the programme s total: the node s money counts once, as stated', () => {
    const f = figures(claims);
    expect(f.money('P', 'available')).toBe(4679);
    expect(f.money('P', 'allocated')).toBe(4679);
    expect(f.money('P', 'available', null)).toBe(4679);
  });

  it('gives one finding, on the figure the lines do not add up to, not a cascade', () => {
    expect(figures(claims).flags).toEqual(['hierarchy-sum@DA1']);
    // her stated available money, which its own flow gives, is not a second finding
    expect(figures([...claims, m('DA1', 'carry_in', 100), m('DA1', 'available', 4779)]).flags).toEqual(['hierarchy-sum@DA1']);
  });

  it('still adds up the lines of a node that states nothing of its flow', () => {
    const f = figures([m('DA1.1', 'allocated', 2000), m('DA1.2', 'allocated', 500), m('DA1.1', 'available', 2100)]);
    expect(f.money('DA1', 'available')).toBe(2600);
    expect(f.money('DA1', 'allocated')).toBe(2500);
  });

  it('takes Cộng from its own ĐT and SN where the node states one of them', () => {
    const f = figures([...claims, m('DA1.1', 'allocated', 700, { capital: 'DT' })]);
    expect(f.money('DA1', 'available', null)).toBe(4679 + 700);
  });
});

describe('four small units under a node that states its money', () => {
  // DA2 states Giao 11.000 and Giải ngân 11.680; four implementing units of 1 triệu each are
  // listed under it (only one is in the test tree: the others would behave the same)
  const claims = [m('DA2', 'allocated', 11_700), m('DA2', 'disbursed', 11_680), m('DA2', 'allocated', 1, { unit: 'UBND xã' })];
  it('keeps the node s available money and a rate that means something', () => {
    const f = figures(claims);
    expect(f.money('DA2', 'available')).toBe(11_700);
    expect(f.rate('DA2')).toBeCloseTo(99.83, 2);
    expect(f.flags).toEqual(['hierarchy-sum@DA2']);
  });
});

describe('the sheet (the grid and sovon sheet) shows the same', () => {
  it('keeps DA1 s available money and rate, and the programme s total', () => {
    const claims = [m('DA1', 'allocated', 4679), m('DA1', 'disbursed', 3000), m('DA1.1', 'allocated', 2000)];
    const sheet = buildSheet({ tree: TREE, claims, origin: 'books', completeness: { missingIsZero: true }, year: 2023, project: null });
    const row = (id: string) => sheet.rows.find((r) => r.id === id)!.cells;
    expect(row('DA1')['available:SN']).toMatchObject({ kind: 'money', dong: 4_679_000_000, stated: false });
    expect(row('DA1')['carry_out:SN']).toMatchObject({ kind: 'money', dong: 1_679_000_000 });
    expect(row('P')['available:SN']).toMatchObject({ kind: 'money', dong: 4_679_000_000 });
  });
});

describe('totals past what a number holds exactly', () => {
  // figures beyond any budget are refused where they are typed (money.ts MAX_AMOUNT); these two,
  // from an old book or a hand-made claims file, add up past 2^53 đồng
  const claims = [m('DA1.1', 'allocated', 5e9), m('DA1.2', 'allocated', 5e9), m('DA1.1', 'disbursed', 1)];
  it('are unknown, never a crash: the sheet, the figures and a full check go on', () => {
    const f = figures(claims);
    expect(f.money('DA1', 'allocated')).toBeNull();
    expect(f.money('DA1.1', 'allocated')).toBe(5e9);
    const sheet = buildSheet({ tree: TREE, claims, origin: 'books', completeness: { missingIsZero: true }, year: 2023, project: null });
    expect(sheet.rows.find((r) => r.id === 'DA1')!.cells['allocated:SN']).toBeUndefined();
  });
});
