// Each rule kind, on a figure that agrees (no flag) and one that does not (a flag naming it).
import { describe, expect, it } from 'vitest';
import type { Claim, Origin } from '../../shared/claim';
import { Reconciler } from '../../shared/reconcile/engine';
import { m, ORIGINS, rate, TREE } from '../support/claims';

const check = (claims: Claim[]) => new Reconciler(TREE, ORIGINS, claims).checkAll();
const rules = (claims: Claim[]) => check(claims).map((f) => `${f.rule}:${f.severity}`);

describe('hierarchy: a stated parent equals the sum of its children', () => {
  const children = [m('DA1.1', 'allocated', 100), m('DA1.2', 'allocated', 50)];
  it('passes when the parent agrees', () => expect(check([...children, m('DA1', 'allocated', 150)])).toEqual([]));
  it('flags the parent, with expected, found and difference in đồng, and the claims involved', () => {
    const [flag] = check([...children, m('DA1', 'allocated', 202)]);
    expect(flag).toMatchObject({ rule: 'hierarchy-sum', severity: 'error', expected: 150_000_000, found: 202_000_000, difference: 52_000_000, explained: null });
    expect(flag!.message).toBe('DA1 · Vốn SN · Giao · năm 2023 (Sổ kế toán): ghi 202 triệu đồng nhưng cộng các dòng con được 150 triệu đồng (chênh 52 triệu đồng).');
    expect(flag!.claims.map((c) => c.node)).toEqual(['DA1', 'DA1.1', 'DA1.2']);
  });
  it('counts implementing units as children and leaves memo rows out', () => {
    const claims = [m('DA2', 'allocated', 80, { unit: 'UBND xã' }), m('DA2.M', 'allocated', 999), m('DA2', 'allocated', 80)];
    expect(check(claims)).toEqual([]);
    expect(rules([...claims.slice(0, 2), m('DA2', 'allocated', 81)])).toEqual(['hierarchy-sum:error']);
  });
  it('calls a difference of half a triệu per rounded part a rounding slip', () => {
    expect(rules([...children, m('DA1', 'allocated', 151)])).toEqual(['hierarchy-sum:rounding']);
    expect(rules([...children, m('DA1', 'allocated', 152)])).toEqual(['hierarchy-sum:error']);
  });
});

describe('capital and source splits', () => {
  it('checks Cộng against ĐT + SN', () => {
    const parts = [m('DA1.1', 'allocated', 70, { capital: 'DT' }), m('DA1.1', 'allocated', 30)];
    expect(check([...parts, m('DA1.1', 'allocated', 100, { capital: null })])).toEqual([]);
    expect(rules([...parts, m('DA1.1', 'allocated', 110, { capital: null })])).toEqual(['capital-split:error']);
  });
  it('checks a total against its sources', () => {
    const parts = [m('DA1.1', 'allocated', 90, { source: 'NSTW' }), m('DA1.1', 'allocated', 10, { source: 'NSDP' })];
    expect(check([...parts, m('DA1.1', 'allocated', 100)])).toEqual([]);
    expect(rules([...parts, m('DA1.1', 'allocated', 95)])).toEqual(['source-split:error']);
  });
  it('reads a decision of one source as silent about the others, unless it lists them all', () => {
    // her books keep 100 for every source together; the province's decision gives NSTW money only
    const books = m('DA1.1', 'allocated', 100);
    const central = m('DA1.1', 'allocated', 80, { origin: 'province', source: 'NSTW' });
    const decision = (scope: Origin['scope']): Origin[] => [ORIGINS[0]!, { id: 'province', kind: 'province', label: 'QĐ', complete: true, scope }];
    const withScope = (scope: Origin['scope']) => new Reconciler(TREE, decision(scope), [books, central]).checkAll().map((f) => f.rule);
    expect(withScope({ capitals: ['SN'], measures: ['allocated'], sources: ['NSTW'] })).toEqual([]);
    // a table listing every source: the sources it leaves out are 0, so its total is 80
    expect(withScope({ capitals: ['SN'], measures: ['allocated'] })).toEqual(['cross-origin']);
    // a letter quoting the NSTW figure: its total is not known from one part
    expect(check([books, central])).toEqual([]);
    // a letter giving every source does give its total
    const all = (['NSDP', 'HUY_DONG', 'LONG_GHEP'] as const).map((s) => m('DA1.1', 'allocated', 0, { origin: 'province', source: s }));
    expect(rules([books, central, ...all])).toEqual(['cross-origin:error']);
  });
});

describe('flow identities', () => {
  const base = [m('DA1.1', 'carry_in', 6), m('DA1.1', 'allocated', 852), m('DA1.1', 'disbursed', 696)];
  it('available = carry_in + allocated + adjusted', () => {
    expect(check([...base, m('DA1.1', 'available', 858)])).toEqual([]);
    expect(rules([...base, m('DA1.1', 'available', 868)])).toEqual(['flow-available:error']);
  });
  it('carry_out = available − disbursed − cancelled', () => {
    expect(check([...base, m('DA1.1', 'carry_out', 162)])).toEqual([]);
    expect(rules([...base, m('DA1.1', 'carry_out', 160)])).toEqual(['flow-carry-out:error']);
    // three parts in whole triệu may carry half a triệu of rounding each
    expect(rules([...base, m('DA1.1', 'carry_out', 161)])).toEqual(['flow-carry-out:rounding']);
  });
  it('lets a document take its carry-in from last year s carry-out', () => {
    const doc = { origin: 'report' };
    const claims = [m('P', 'carry_out', 5, { ...doc, year: 2022 }), m('P', 'allocated', 10, doc)];
    expect(check([...claims, m('P', 'available', 15, doc)])).toEqual([]);
    expect(rules([...claims, m('P', 'available', 10, doc)])).toEqual(['flow-available:error']);
  });
});

describe('the year chain', () => {
  it('carry_in of a year equals carry_out of the year before', () => {
    const y2022 = [m('DA1.1', 'allocated', 100, { year: 2022 }), m('DA1.1', 'disbursed', 60, { year: 2022 })];
    expect(check([...y2022, m('DA1.1', 'carry_in', 40)])).toEqual([]);
    expect(rules([...y2022, m('DA1.1', 'carry_in', 45)])).toEqual(['year-chain:error']);
  });
});

describe('a balance that never arrives', () => {
  const y2022 = [m('DA1.1', 'allocated', 100, { year: 2022 }), m('DA1.1', 'disbursed', 91, { year: 2022 })];
  it('warns when last year left money and this year has an allocation but no carry-in', () => {
    const [flag] = check([...y2022, m('DA1.1', 'allocated', 50)]);
    expect(flag).toMatchObject({ rule: 'year-chain-missing', severity: 'warning', expected: 9_000_000 });
    expect(flag!.message).toBe('DA1.1 · Vốn SN · Giao · năm 2023 (Sổ kế toán): năm trước chuyển sang 9 triệu đồng nhưng năm nay chưa ghi chuyển nguồn.');
  });
  it('is quiet once the carry-in is written, when nothing was left, and for documents', () => {
    expect(check([...y2022, m('DA1.1', 'allocated', 50), m('DA1.1', 'carry_in', 9)])).toEqual([]);
    expect(check([m('DA1.1', 'allocated', 100, { year: 2022 }), m('DA1.1', 'disbursed', 100, { year: 2022 }), m('DA1.1', 'allocated', 50)])).toEqual([]);
    const doc = { origin: 'report' };
    expect(check([m('P', 'available', 10, { ...doc, year: 2022 }), m('P', 'disbursed', 1, { ...doc, year: 2022 }), m('P', 'allocated', 5, doc)])).toEqual([]);
  });
});

describe('period claims', () => {
  const years = [m('P', 'allocated', 100, { year: 2022 }), m('P', 'allocated', 200), m('P', 'allocated', 300, { year: 2024 })];
  it('a claim about 2022-2024 equals the sum of the years', () => {
    expect(check([...years, m('P', 'allocated', 600, { years: [2022, 2024] })])).toEqual([]);
    expect(rules([...years, m('P', 'allocated', 610, { years: [2022, 2024] })])).toEqual(['period-sum:error']);
  });
});

describe('rates at the precision they were written with', () => {
  const figures = [m('DA1.1', 'allocated', 858), m('DA1.1', 'disbursed', 696)];
  it('accepts the rounded rate and flags a wrong one with the difference in percentage points', () => {
    expect(check([...figures, rate('DA1.1', '81,12')])).toEqual([]);
    expect(check([...figures, rate('DA1.1', '81,1')])).toEqual([]);
    const [flag] = check([...figures, rate('DA1.1', '81,82')]);
    expect(flag).toMatchObject({ rule: 'rate', severity: 'error', expected: 81.12, found: 81.82, difference: 0.7 });
  });
  it('calls a rate that was cut instead of rounded a rounding slip', () => {
    const cut = [m('DA1.1', 'allocated', 6_687), m('DA1.1', 'disbursed', 5_808)];
    expect(rules([...cut, rate('DA1.1', '86,85')])).toEqual(['rate:rounding']);
    expect(check([...cut, rate('DA1.1', '86,86')])).toEqual([]);
  });
});

describe('bounds', () => {
  it('flags disbursement above what was available', () => {
    expect(check([m('DA1.1', 'allocated', 100), m('DA1.1', 'disbursed', 100)])).toEqual([]);
    expect(rules([m('DA1.1', 'allocated', 100), m('DA1.1', 'disbursed', 101)])).toEqual(['bound-disbursed:error']);
  });
  it('warns of negative amounts except adjustments', () => {
    expect(check([m('DA1.1', 'adjusted', -5), m('DA1.1', 'allocated', 10)])).toEqual([]);
    expect(rules([m('DA1.1', 'allocated', -5)])).toEqual(['bound-negative:warning']);
  });
});

describe('cross-origin matches', () => {
  const books = [m('DA1.1', 'disbursed', 121_348, { capital: 'DT' }), m('DA1.1', 'allocated', 121_457, { capital: 'DT' })];
  it('compares a document with the books, stated or derived', () => {
    expect(check([...books, m('DA1', 'disbursed', 121_348, { origin: 'report', capital: 'DT' })])).toEqual([]);
    const [flag] = check([...books, m('P', 'disbursed', 121_457, { origin: 'report', capital: 'DT' })]);
    expect(flag).toMatchObject({ rule: 'cross-origin', severity: 'error', difference: 109_000_000 });
    expect(flag!.message).toContain('nhưng Sổ kế toán có 121.348 triệu đồng');
    expect(flag!.claims[0]).toMatchObject({ origin: 'report', node: 'P', year: 2023 });
    expect(flag!.claims.slice(1).map((c) => c.origin)).toEqual(['books']);
  });
  it('compares a figure of the books with what a document parts add up to', () => {
    const decision = [m('DA1.1', 'allocated', 95_400, { origin: 'province', capital: 'DT' }), m('DA1.2', 'allocated', 20_800, { origin: 'province', capital: 'DT' })];
    expect(check([...decision, m('DA1', 'allocated', 116_200, { capital: 'DT' })])).toEqual([]);
    const [flag] = check([...decision, m('DA1', 'allocated', 116_000, { capital: 'DT' })]);
    expect(flag).toMatchObject({ rule: 'cross-origin', found: 116_000_000_000, expected: 116_200_000_000 });
    expect(flag!.message).toContain('nhưng Quyết định của tỉnh có 116.200 triệu đồng');
    expect(flag!.claims.slice(1).map((c) => c.node)).toEqual(['DA1.1', 'DA1.2']);
  });

  it('compares two documents stating the same key, once', () => {
    const flags = check([m('DA1', 'allocated', 10, { origin: 'province' }), m('DA1', 'allocated', 12, { origin: 'report' })]);
    expect(flags.map((f) => f.rule)).toEqual(['cross-origin']);
  });
  it('compares a stated rate with the books figures', () => {
    expect(rules([m('DA1.1', 'allocated', 858), m('DA1.1', 'disbursed', 696), rate('DA1.1', '81,82', { origin: 'report' })])).toEqual(['cross-origin:error']);
  });
});

describe('explanations', () => {
  it('keeps the note on its flag and hides nothing', () => {
    const r = new Reconciler(TREE, ORIGINS, [m('DA1.1', 'allocated', 1), m('DA1', 'allocated', 3), m('DA1.1', 'allocated', -1, { year: 2022 })]);
    const [first, second] = r.checkAll();
    r.explain(first!.id, 'Theo QĐ điều chỉnh số 12');
    const after = r.flags();
    expect(after).toHaveLength(2);
    expect(after.find((f) => f.id === first!.id)!.explained).toBe('Theo QĐ điều chỉnh số 12');
    expect(after.find((f) => f.id === second!.id)!.explained).toBeNull();
  });
});

describe('documents against documents, with silence read per origin', () => {
  const complete = (id: string) => ORIGINS.map((o) => (o.id === id ? { ...o, complete: true } : o));
  const against = (claims: Claim[], origins = ORIGINS) => new Reconciler(TREE, origins, claims).checkAll();
  // a decision that gives the programme's total, and a report table that lists the projects
  const decision = m('P', 'allocated', 200, { origin: 'province' });
  const table = [m('DA1.1', 'allocated', 100, { origin: 'report' }), m('DA2', 'allocated', 50, { origin: 'report' })];

  it('compares a stated total with what a complete table\'s lines add up to, lines it leaves out counting 0', () => {
    const [flag] = against([decision, ...table], complete('report'));
    expect(flag).toMatchObject({ rule: 'cross-origin', found: 200_000_000, expected: 150_000_000, difference: 50_000_000 });
    expect(flag!.message).toBe('P · Vốn SN · Giao · năm 2023 (Quyết định của tỉnh): ghi 200 triệu đồng nhưng Báo cáo có 150 triệu đồng (chênh 50 triệu đồng).');
    expect(flag!.claims.map((c) => `${c.origin}:${c.node}`)).toEqual(['province:P', 'report:DA1.1', 'report:DA2']);
    expect(against([m('P', 'allocated', 150, { origin: 'province' }), ...table], complete('report'))).toEqual([]);
  });

  it('knows no total of a document that states only what it states until all its parts are there', () => {
    expect(against([decision, ...table])).toEqual([]);
    const all = [...table, m('DA1.2', 'allocated', 20, { origin: 'report' })];
    expect(against([decision, ...all]).map((f) => f.difference)).toEqual([30_000_000]);
  });

  it('reports two documents that state the same key once, on the later origin', () => {
    const flags = against([m('DA2', 'allocated', 50, { origin: 'province' }), m('DA2', 'allocated', 55, { origin: 'report' })]);
    expect(flags.map((f) => `${f.claims[0]!.origin} vs ${f.id.split('vs:')[1]}`)).toEqual(['report vs province']);
  });

  it('holds a stated rate against another document\'s money at the precision it was written', () => {
    const money = [m('DA2', 'disbursed', 81, { origin: 'province' }), m('DA2', 'available', 100, { origin: 'province' })];
    expect(against([...money, rate('DA2', '81', { origin: 'report' })])).toEqual([]);
    expect(against([...money, rate('DA2', '81,5', { origin: 'report' })]).map((f) => f.rule)).toEqual(['cross-origin']);
  });

  it('says nothing about a period from a complete document that has no table for one of its years', () => {
    const report = [2022, 2023, 2024].map((year) => m('DA2', 'allocated', 10, { origin: 'report', year }));
    const annex = m('DA2', 'allocated', 10, { origin: 'province', year: 2023 });
    const origins = complete('province');
    expect(against([...report, annex, m('DA2', 'allocated', 30, { origin: 'report', years: [2022, 2024] })], origins)).toEqual([]);
    expect(against([...report, m('DA2', 'allocated', 30, { origin: 'province', years: [2022, 2024] })], complete('report'))).toEqual([]);
  });
});

describe('rates on the base the document gives', () => {
  it('takes a document\'s rate on its plan when it gives no way to its available money, and says so', () => {
    const plan = [m('DA2', 'allocated', 200, { origin: 'report' }), m('DA2', 'disbursed', 150, { origin: 'report' })];
    expect(check([...plan, rate('DA2', '75', { origin: 'report' })])).toEqual([]);
    const [flag] = check([...plan, rate('DA2', '80', { origin: 'report' })]);
    expect(flag).toMatchObject({ rule: 'rate', found: 80, expected: 75 });
    expect(flag!.message).toContain('giải ngân / kế hoạch vốn giao = 75%');
  });

  it('takes it on the available money where the document gives it, and always in her books', () => {
    const withCarryIn = [m('DA2', 'carry_in', 100, { origin: 'report' }), m('DA2', 'allocated', 200, { origin: 'report' }), m('DA2', 'disbursed', 150, { origin: 'report' })];
    expect(check([...withCarryIn, rate('DA2', '50', { origin: 'report' })])).toEqual([]);
    expect(check([...withCarryIn, rate('DA2', '75', { origin: 'report' })]).map((f) => f.rule)).toEqual(['rate']);
    const books = [m('DA2', 'allocated', 200), m('DA2', 'disbursed', 150)];
    expect(check([...books, rate('DA2', '75')])).toEqual([]); // books: available = 0 + 200
  });

  it('checks a period rate on the period\'s own stated figures, truncation staying a rounding slip', () => {
    const period = { origin: 'report', years: [2022, 2024] as [number, number] };
    const stated = [m('DA2', 'allocated', 300, period), m('DA2', 'disbursed', 200, period)];
    expect(check([...stated, rate('DA2', '66,67', period)]).map((f) => f.rule)).toEqual([]);
    expect(check([...stated, rate('DA2', '66,66', period)]).map((f) => `${f.rule}:${f.severity}`)).toEqual(['rate:rounding']);
    const [flag] = check([...stated, rate('DA2', '70', period)]);
    expect(flag!.message).toContain('năm 2022-2024');
  });

  it('holds another origin\'s figures to the same base in a cross-origin match, and says so', () => {
    const doc = [m('DA2', 'allocated', 200, { origin: 'report' }), rate('DA2', '75', { origin: 'report' })];
    const books = [m('DA2', 'allocated', 200), m('DA2', 'disbursed', 160)];
    const flags = check([...doc, ...books]);
    const cross = flags.find((f) => f.rule === 'cross-origin' && f.claims[0]!.measure === 'rate');
    expect(cross).toMatchObject({ found: 75, expected: 80 });
    expect(cross!.message).toContain('Tỷ lệ tính trên kế hoạch vốn giao');
  });
});

describe('figures to a date', () => {
  const dated = (c: Claim, asOf: string): Claim => ({ ...c, asOf });
  it('does not hold an estimate to 31/12 against what was done to 30/6', () => {
    const actual = dated(m('DA2', 'disbursed', 100, { origin: 'province' }), '2024-06-30');
    const estimate = dated(m('DA2', 'disbursed', 180, { origin: 'report' }), '2024-12-31');
    expect(check([actual, estimate])).toEqual([]);
    const [flag] = check([actual, dated(m('DA2', 'disbursed', 120, { origin: 'report' }), '2024-06-30')]);
    expect(flag!.message).toContain('Giải ngân · năm 2023 đến ngày 30/06/2024 (Báo cáo)');
  });
  it('does not compare a dated figure with another origin\'s figures of another date', () => {
    const parts = [dated(m('DA1.1', 'disbursed', 60, { origin: 'province' }), '2024-12-31'), dated(m('DA1.2', 'disbursed', 40, { origin: 'province' }), '2024-12-31')];
    const all = ORIGINS.map((o) => ({ ...o, complete: true }));
    expect(new Reconciler(TREE, all, [...parts, dated(m('DA1', 'disbursed', 70, { origin: 'report' }), '2024-06-30')]).checkAll()).toEqual([]);
    expect(new Reconciler(TREE, all, [...parts, dated(m('DA1', 'disbursed', 70, { origin: 'report' }), '2024-12-31')]).checkAll()).toHaveLength(1);
  });
});

describe('a complete origin within the table it read', () => {
  const plan = { ...ORIGINS[1]!, complete: true, scope: { capitals: ['SN' as const], measures: ['allocated' as const] } };
  const origins = [ORIGINS[0]!, plan, ORIGINS[2]!];
  const run = (claims: Claim[]) => new Reconciler(TREE, origins, claims).checkAll();
  it('reads a line its table leaves out as 0, in that capital type and measure', () => {
    const table = [m('DA1.1', 'allocated', 100, { origin: 'province' }), m('P', 'allocated', 100, { origin: 'province' })];
    expect(run(table)).toEqual([]); // DA1.2 and DA2 are not in the table's rows: 0
    expect(run([...table.slice(0, 1), m('P', 'allocated', 120, { origin: 'province' })]).map((f) => f.rule)).toEqual(['hierarchy-sum']);
  });
  it('says nothing of the other capital type, or of carry-in, so they are not held against her books', () => {
    const table = [m('DA1.1', 'allocated', 100, { origin: 'province' })];
    const books = [m('DA1.1', 'allocated', 100), m('DA1.1', 'carry_in', 20), m('DA1.1', 'allocated', 50, { capital: 'DT' })];
    expect(run([...table, ...books, m('DA1.1', 'available', 120), m('DA1.1', 'allocated', 150, { capital: null })])).toEqual([]);
  });
});
