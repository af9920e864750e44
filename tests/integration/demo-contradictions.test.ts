// The seed report contradicts itself; opening the demo book must show where.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/backend/cli/main';
import type { Flag } from '../../shared/reconcile/flag';
import { Service } from '../../electron/backend/service/service';
import { Book } from '../../electron/backend/book/book';
import { Reconciler } from '../../shared/reconcile/engine';
import { treeOf } from '../../electron/backend/book/tree-of-book';
import { tempDir } from '../support/temp';

let book: string;
let flags: Flag[];

beforeAll(async () => {
  book = path.join(tempDir('contradictions'), 'demo.sovon');
  await main(['new', book, '--demo'], { out: () => {}, err: () => {} });
  let out = '';
  const code = await main(['check', book, '--json'], { out: (t) => { out += t; }, err: () => {} });
  expect(code).toBe(0);
  flags = (JSON.parse(out) as { flags: Flag[] }).flags;
});

const find = (rule: string, origin: string, node: string, measure: string, year: number | [number, number]) =>
  flags.find((f) => f.rule === rule && f.claims[0]!.origin === origin && f.claims[0]!.node === node && f.claims[0]!.measure === measure
    && (Array.isArray(year) ? f.claims[0]!.years?.join() === year.join() : f.claims[0]!.year === year));

describe('the seed report, checked', () => {
  it('finds section II disbursing 121.457 where section III (the books) says 121.348', () => {
    expect(find('cross-origin', 'report-II', 'GNBV', 'disbursed', 2023)).toMatchObject({ severity: 'error', difference: 109_000_000 });
  });

  it('finds the stated rate 81,82 % where the figures give 81,12 %', () => {
    expect(find('cross-origin', 'report-III', 'DA7.1', 'rate', 2023)).toMatchObject({ severity: 'error', found: 81.82, expected: 81.12 });
  });

  it('finds project 7 disbursing 1.046 where its sub-projects add up to 1.098, and the carry-over that does not chain', () => {
    expect(find('cross-origin', 'report-III', 'DA7', 'disbursed', 2023)).toMatchObject({ difference: -52_000_000 });
    expect(find('year-chain', 'report-III', 'DA7', 'carry_in', 2024)).toMatchObject({ found: 279_000_000, expected: 331_000_000 });
  });

  it('warns that the 109 triệu of 2023 investment money left undisbursed never arrives in 2024', () => {
    expect(find('year-chain-missing', 'books', 'DA1', 'allocated', 2024)).toMatchObject({ severity: 'warning', expected: 109_000_000 });
  });

  it('finds section II recurrent money 504 triệu away from section III', () => {
    expect(find('cross-origin', 'report-II', 'GNBV', 'disbursed', 2022)).toMatchObject({ difference: 504_000_000 });
    expect(find('cross-origin', 'report-II', 'GNBV', 'available', 2023)).toMatchObject({ difference: -504_000_000 });
  });

  it('finds the period rate of 73 % that the report own figures put at 72 %', () => {
    expect(find('rate', 'report-II', 'GNBV', 'rate', [2022, 2024])).toMatchObject({ severity: 'error', found: 73, expected: 72 });
  });

  it('calls rates cut instead of rounded, and sums off by one triệu, rounding', () => {
    expect(find('cross-origin', 'report-III', 'DA2', 'rate', 2023)).toMatchObject({ severity: 'rounding', found: 86.85 });
    expect(find('flow-available', 'books', 'DA4.1', 'available', 2024)).toMatchObject({ severity: 'rounding', difference: 1_000_000 });
  });

  it('keeps an explanation in the book and shows it with the flag', async () => {
    const service = new Service(Book.open(book));
    const flag = find('cross-origin', 'report-III', 'DA7.1', 'rate', 2023)!;
    await service.call('explainFlags', { program: 'GNBV', flagIds: [flag.id], note: 'Báo cáo ghi nhầm 81,12 thành 81,82' });
    service.close();
    const again = new Service(Book.open(book));
    const report = await again.call('runChecks', { program: 'GNBV', year: 2023, origin: 'report-III' });
    expect(report.flags.find((f) => f.id === flag.id)!.explained).toBe('Báo cáo ghi nhầm 81,12 thành 81,82');
    expect(report.counts.explained).toBe(1);
    again.close();
  });

  it('re-checks after an edit in the grid, as a fresh full check would', async () => {
    const service = new Service(Book.open(book));
    await service.call('runChecks', { program: 'GNBV', year: null, origin: null });
    // correcting the report's figure removes its flag; a wrong carry-in adds one
    await service.call('setClaim', { key: { program: 'GNBV', origin: 'report-III', year: 2023, node: 'DA7', unit: null, capital: 'SN', source: null, measure: 'disbursed' }, text: '1.098', scale: 'trieu' });
    await service.call('setClaim', { key: { program: 'GNBV', origin: 'books', year: 2024, node: 'DA5', unit: null, capital: 'SN', source: null, measure: 'carry_in' }, text: '381', scale: 'trieu' });
    const incremental = (await service.call('runChecks', { program: 'GNBV', year: null, origin: null })).flags;
    const b = service.book;
    const fresh = new Reconciler(treeOf(b, 'GNBV'), b.tables.origins(), b.claims.select({ program: 'GNBV' }), b.tables.explanations()).checkAll();
    expect(incremental).toEqual(fresh);
    expect(incremental.some((f) => f.claims[0]!.node === 'DA7' && f.rule === 'cross-origin' && f.claims[0]!.measure === 'disbursed')).toBe(false);
    expect(incremental.find((f) => f.rule === 'year-chain' && f.claims[0]!.node === 'DA5')).toMatchObject({ found: 381_000_000, expected: 380_000_000 });
    service.close();
  });
});

describe('one cause, one finding', () => {
  interface Group { id: string; difference: number; suspect: { origin: string; node: string; capital: string | null; measure: string; year?: number }; flags: string[] }
  let groups: Group[];
  beforeAll(async () => {
    // a demo book of its own: the tests above explain a flag and edit figures
    const fresh = path.join(tempDir('groups'), 'demo.sovon');
    await main(['new', fresh, '--demo'], { out: () => {}, err: () => {} });
    let out = '';
    await main(['check', fresh, '--json'], { out: (t) => { out += t; }, err: () => {} });
    groups = (JSON.parse(out) as { groups: Group[] }).groups;
  });
  const holding = (flag: Flag | undefined) => groups.find((g) => g.flags.includes(flag!.id))!;

  it('shows section II\'s 504 triệu as one finding, suspecting its 2022 disbursement', () => {
    const group = holding(find('cross-origin', 'report-II', 'GNBV', 'disbursed', 2022));
    expect(group.suspect).toMatchObject({ origin: 'report-II', node: 'GNBV', capital: 'SN', measure: 'disbursed', year: 2022 });
    expect(group.difference).toBe(504_000_000);
    for (const other of [find('cross-origin', 'report-II', 'GNBV', 'available', 2023), find('cross-origin', 'report-II', 'GNBV', 'carry_out', 2022)]) {
      expect(group.flags).toContain(other!.id);
    }
    expect(group.flags[0]).toBe(find('cross-origin', 'report-II', 'GNBV', 'disbursed', 2022)!.id);
  });

  it('suspects project 7\'s disbursement of 1.046 for the carry-over that does not chain', () => {
    const group = holding(find('year-chain', 'report-III', 'DA7', 'carry_in', 2024));
    expect(group.suspect).toMatchObject({ origin: 'report-III', node: 'DA7', measure: 'disbursed', year: 2023 });
    expect(group.flags).toContain(find('cross-origin', 'report-III', 'DA7', 'disbursed', 2023)!.id);
  });

  it('keeps flags of other causes apart', () => {
    expect(holding(find('cross-origin', 'report-III', 'DA7.1', 'rate', 2023)).flags).toHaveLength(1);
    expect(holding(find('cross-origin', 'report-II', 'GNBV', 'disbursed', 2022))).not.toBe(holding(find('cross-origin', 'report-II', 'GNBV', 'disbursed', 2023)));
    expect(groups.reduce((n, g) => n + g.flags.length, 0)).toBe(flags.length);
  });
});
