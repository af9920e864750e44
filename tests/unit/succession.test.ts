// Issue 31: units change. A district that ended on 30/06/2025 passes its carry-out to the commune
// (or the two communes) that took it over; the year chain follows it, once per group, and an edit
// re-checks the group as a full check would.
import { describe, expect, it } from 'vitest';
import type { Line } from '../../shared/catalog';
import type { Claim } from '../../shared/claim';
import { Reconciler } from '../../shared/reconcile/engine';
import { buildTree } from '../../shared/sheet/tree';
import { Succession, type UnitSpan, endedBefore, parseUnitDate, runsIn } from '../../shared/units';
import { CATALOG, ORIGINS, m } from '../support/claims';

const unitLine = (name: string): Line => ({ program: 'P', code: `DA1.1@${name}`, parent: 'DA1.1', kind: 'unit', name });
const TREE = buildTree(CATALOG, ['Huyện A', 'Xã B', 'Xã C', 'Xã D'].map(unitLine));
const span = (name: string, from: string | null, to: string | null, successors: string[] = []): UnitSpan => ({ name, from, to, successors });

const DISTRICT_INTO_ONE = [span('Huyện A', null, '2025-06-30', ['Xã B']), span('Xã B', '2025-07-01', null)];
const DISTRICT_INTO_TWO = [span('Huyện A', null, '2025-06-30', ['Xã B', 'Xã C']), span('Xã B', '2025-07-01', null), span('Xã C', '2025-07-01', null)];

const at = (unit: string, year: number) => ({ unit, year });
function engine(units: UnitSpan[], claims: Claim[]) {
  const r = new Reconciler(TREE, ORIGINS, claims, new Map(), new Succession(units));
  return { r, flags: r.checkAll() };
}
const rules = (flags: { rule: string }[]) => flags.map((f) => f.rule);

describe('a unit that ended and its successors', () => {
  it('reads dates as she writes them and knows which years a unit runs in', () => {
    expect(parseUnitDate('30/06/2025')).toBe('2025-06-30');
    expect(parseUnitDate('1/7/2025')).toBe('2025-07-01');
    expect(parseUnitDate('2025-06-30')).toBe('2025-06-30');
    expect(parseUnitDate('31/02/2025')).toBeNull();
    expect(parseUnitDate('2025')).toBeNull();
    const district = span('Huyện A', null, '2025-06-30');
    expect([runsIn(district, 2025), runsIn(district, 2026), endedBefore(district, 2026), endedBefore(district, 2025)]).toEqual([true, false, true, false]);
  });

  it('groups a district with the communes that took it over, at the turn of the year it ended', () => {
    const s = new Succession([...DISTRICT_INTO_TWO, span('Xã D', null, null)]);
    expect(s.groupAt('Huyện A', 2026)).toEqual({ year: 2026, members: ['Huyện A', 'Xã B', 'Xã C'], successors: ['Xã B', 'Xã C'] });
    expect(s.groupAt('Xã C', 2026)).toBe(s.groupAt('Huyện A', 2026));
    expect(s.groupAt('Huyện A', 2025)).toBeUndefined();
    expect(s.groupAt('Xã D', 2026)).toBeUndefined();
  });

  it('chains a district into one commune: its carry-out is the commune’s carry-in', () => {
    const claims = [
      m('DA1.1', 'carry_out', 300, { ...at('Huyện A', 2025) }),
      m('DA1.1', 'carry_in', 300, { ...at('Xã B', 2026) }),
    ];
    expect(rules(engine(DISTRICT_INTO_ONE, claims).flags)).toEqual([]);
    // without the succession, the commune's carry-in has no year before to come from
    const slipped = [claims[0]!, m('DA1.1', 'carry_in', 250, { ...at('Xã B', 2026) })];
    const { flags } = engine(DISTRICT_INTO_ONE, slipped);
    expect(rules(flags)).toEqual(['year-chain-successor']);
    expect(flags[0]!.message).toContain('các đơn vị kế thừa ghi chuyển nguồn cộng 250');
    expect(flags[0]!.message).toContain('chuyển sang 300');
  });

  it('chains a district into two communes: their carry-ins together, one flag for the group', () => {
    const split = [
      m('DA1.1', 'carry_out', 300, { ...at('Huyện A', 2025) }),
      m('DA1.1', 'carry_out', 40, { ...at('Xã B', 2025) }),
      m('DA1.1', 'carry_in', 200, { ...at('Xã B', 2026) }),
      m('DA1.1', 'carry_in', 140, { ...at('Xã C', 2026) }),
    ];
    expect(rules(engine(DISTRICT_INTO_TWO, split).flags)).toEqual([]);
    const wrong = [...split.slice(0, 3), m('DA1.1', 'carry_in', 100, { ...at('Xã C', 2026) })];
    const { flags } = engine(DISTRICT_INTO_TWO, wrong);
    expect(rules(flags)).toEqual(['year-chain-successor']);
    // on the first commune, naming the district's carry-out and the other commune's carry-in
    expect(flags[0]!.claims.map((c) => [c.unit, c.year, c.measure])).toEqual([
      ['Xã B', 2026, 'carry_in'], ['Huyện A', 2025, 'carry_out'], ['Xã B', 2025, 'carry_out'], ['Xã C', 2026, 'carry_in'],
    ]);
    expect(flags[0]!.difference).toBe(-40_000_000);
  });

  it('warns once when the group carried money out and no successor carries it in', () => {
    const claims = [
      m('DA1.1', 'carry_out', 300, { ...at('Huyện A', 2025) }),
      m('DA1.1', 'allocated', 500, { ...at('Xã B', 2026) }),
      m('DA1.1', 'allocated', 700, { ...at('Xã C', 2026) }),
    ];
    expect(rules(engine(DISTRICT_INTO_TWO, claims).flags)).toEqual(['year-chain-missing']);
  });

  it('re-checks the group after an edit exactly as a full check does', () => {
    const claims = [
      m('DA1.1', 'carry_out', 300, { ...at('Huyện A', 2025) }),
      m('DA1.1', 'carry_in', 200, { ...at('Xã B', 2026) }),
      m('DA1.1', 'carry_in', 100, { ...at('Xã C', 2026) }),
    ];
    const { r } = engine(DISTRICT_INTO_TWO, claims);
    const edits: Claim[] = [
      m('DA1.1', 'carry_out', 320, { ...at('Huyện A', 2025) }),
      m('DA1.1', 'carry_in', 120, { ...at('Xã C', 2026) }),
      m('DA1.1', 'disbursed', 20, { ...at('Huyện A', 2025) }),
      m('DA1.1', 'carry_out', 300, { ...at('Huyện A', 2025) }),
    ];
    let now = claims;
    for (const e of edits) {
      r.change(e.key, e);
      now = [...now.filter((c) => !sameKey(c, e)), e];
      expect(rules(r.flags())).toEqual(rules(engine(DISTRICT_INTO_TWO, now).flags));
    }
    expect(rules(r.flags())).toEqual(['year-chain-successor']);
  });
});

function sameKey(a: Claim, b: Claim): boolean {
  return JSON.stringify(a.key) === JSON.stringify(b.key);
}
