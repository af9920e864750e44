// Issue 14: the seed report entered as what it is, two documents and no books: section II's
// programme totals (stating only what they state) and section III's project table (listing every
// line). The report's contradictions are found between the two documents and within section III.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { Service } from '../../electron/backend/service/service';
import { Book } from '../../electron/backend/book/book';
import type { Flag } from '../../shared/reconcile/flag';
import { tempDir } from '../support/temp';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let book: string;

interface Entry { origin: string; year?: number; years?: number[]; node: string; unit?: string; capital?: string; source?: string; measure: string }
const keyOf = (c: Entry) => JSON.stringify([c.origin, c.year ?? c.years, c.node, c.unit, c.capital, c.source, c.measure]);

/** The demo's books hold section III's lowest lines: put them back into section III. */
function reportAsDocuments(sectionIIIComplete: boolean): string {
  const demo = JSON.parse(fs.readFileSync(path.join(root, 'resources/demo/phong-tho-2022-2024.claims.json'), 'utf8')) as { origins: unknown[]; claims: Entry[] };
  const seen = new Set<string>();
  const claims = demo.claims.map((c) => (c.origin === 'books' ? { ...c, origin: 'report-III' } : c)).filter((c) => {
    const k = keyOf(c);
    return seen.has(k) ? false : (seen.add(k), true);
  });
  const file = path.join(dir, `report-${sectionIIIComplete}.json`);
  fs.writeFileSync(file, JSON.stringify({
    ...demo,
    origins: [
      { id: 'report-II', kind: 'report', label: 'Báo cáo 6/2024, mục II' },
      { id: 'report-III', kind: 'report', label: 'Báo cáo 6/2024, mục III', complete: sectionIIIComplete },
    ],
    claims,
  }));
  return file;
}


async function flagsOf(file: string): Promise<Flag[]> {
  const res = await sovon('check', file, '--json');
  expect(res.code).toBe(0);
  return (JSON.parse(res.out) as { flags: Flag[] }).flags;
}

const find = (flags: Flag[], rule: string, origin: string, node: string, measure: string, year: number | [number, number], capital = 'SN') =>
  flags.find((f) => f.rule === rule && f.claims[0]!.origin === origin && f.claims[0]!.node === node && f.claims[0]!.measure === measure
    && f.claims[0]!.capital === capital
    && (Array.isArray(year) ? f.claims[0]!.years?.join() === year.join() : f.claims[0]!.year === year));

beforeAll(async () => {
  dir = tempDir('documents');
  book = path.join(dir, 'report.sovon');
  expect((await sovon('new', book)).code).toBe(0);
  expect((await sovon('claims', 'import', book, reportAsDocuments(true))).code).toBe(0);
});

describe('the seed report as two documents, no books', () => {
  it('finds section II recurrent money 504 triệu away from what section III\'s projects add up to, year after year', async () => {
    const flags = await flagsOf(book);
    const pair = (node: string, measure: string, year: number, capital = 'SN') => find(flags, 'cross-origin', 'report-II', node, measure, year, capital);
    expect(pair('GNBV', 'disbursed', 2022)).toMatchObject({ difference: 504_000_000, message: expect.stringContaining('Báo cáo 6/2024, mục III có 4.664') });
    expect(pair('GNBV', 'carry_out', 2022)).toMatchObject({ difference: -504_000_000 });
    expect(pair('GNBV', 'available', 2023)).toMatchObject({ difference: -504_000_000 });
    expect(pair('GNBV', 'available', 2024)).toMatchObject({ difference: -503_000_000 });
    // and the investment money: 121.457 in section II, 121.348 in section III
    expect(pair('GNBV', 'disbursed', 2023, 'DT')?.difference).toBe(109_000_000);
    // the derived side is listed: section III's own lines
    expect(pair('GNBV', 'disbursed', 2022)!.claims.slice(1).every((c) => c.origin === 'report-III')).toBe(true);
  });

  it('finds the other contradictions within section III itself', async () => {
    const flags = await flagsOf(book);
    expect(find(flags, 'hierarchy-sum', 'report-III', 'DA7', 'disbursed', 2023)).toMatchObject({ found: 1_046_000_000, expected: 1_098_000_000 });
    expect(find(flags, 'rate', 'report-III', 'DA7.1', 'rate', 2023)).toMatchObject({ found: 81.82, expected: 81.12 });
    expect(find(flags, 'cross-origin', 'report-II', 'GNBV', 'disbursed', [2022, 2024])).toBeDefined();
    expect(find(flags, 'rate', 'report-II', 'GNBV', 'rate', [2022, 2024], 'DT')).toMatchObject({ found: 73, expected: 72 });
  });

  it('reads section III as stating only what it states when she says so, and the totals it cannot know go quiet', async () => {
    const service = new Service(Book.open(book));
    const info = await service.call('setOriginComplete', { origin: 'report-III', complete: false });
    expect(info.origins.find((o) => o.id === 'report-III')).toMatchObject({ complete: false });
    const quiet = (await service.call('runChecks', { program: 'GNBV' })).flags;
    expect(find(quiet, 'cross-origin', 'report-II', 'GNBV', 'disbursed', 2022)).toBeUndefined();
    await service.call('setOriginComplete', { origin: 'report-III', complete: true });
    const again = (await service.call('runChecks', { program: 'GNBV' })).flags;
    expect(find(again, 'cross-origin', 'report-II', 'GNBV', 'disbursed', 2022)).toBeDefined();
    expect(await service.dispatch('setOriginComplete', { origin: 'report-II', complete: true })).toMatchObject({ ok: true });
    service.close();
  });

  it('keeps her books complete whatever is asked', async () => {
    const service = new Service(Book.open(book));
    expect(await service.dispatch('setOriginComplete', { origin: 'books', complete: false })).toMatchObject({ ok: false, error: expect.stringMatching(/luôn đủ các dòng/) });
    service.close();
  });

  it('writes the reading out with the claims, and a file that leaves it out keeps the one she set', async () => {
    const exported = JSON.parse((await sovon('claims', 'export', book)).out) as { origins: { id: string; complete: boolean }[] };
    expect(exported.origins.find((o) => o.id === 'report-III')).toMatchObject({ complete: true });
    const file = path.join(dir, 'again.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'sovon-claims/1', program: 'GNBV', origins: [{ id: 'report-III', kind: 'report', label: 'Báo cáo 6/2024, mục III' }], claims: [] }));
    expect((await sovon('claims', 'import', book, file)).code).toBe(0);
    const b = Book.open(book);
    expect(b.tables.origins().find((o) => o.id === 'report-III')).toMatchObject({ complete: true });
    b.close();
  });
});

describe('figures to a date in the grid', () => {
  it('shows the date of a figure and the other dates its origin states it for', async () => {
    const file = path.join(dir, 'dated.sovon');
    expect((await sovon('new', file)).code).toBe(0);
    const claims = path.join(dir, 'dated.json');
    const base = { origin: 'qd', year: 2024, node: 'DA5', capital: 'SN', measure: 'disbursed', scale: 'trieu' };
    fs.writeFileSync(claims, JSON.stringify({
      format: 'sovon-claims/1', program: 'GNBV', origins: [{ id: 'qd', kind: 'report', label: 'Báo cáo năm 2024' }],
      claims: [{ ...base, value: '100', as_of: '2024-06-30' }, { ...base, value: '180', as_of: '2024-12-31' }],
    }));
    expect((await sovon('claims', 'import', file, claims)).code).toBe(0);
    const service = new Service(Book.open(file));
    const sheet = await service.call('getSheet', { program: 'GNBV', origin: 'qd', year: 2024, project: 'DA5' });
    expect(sheet.rows[0]!.cells['disbursed:SN']).toMatchObject({ dong: 180_000_000, stated: true, asOf: '2024-12-31', otherDates: ['2024-06-30'] });
    service.close();
  });
});

describe('findings in the report as two documents', () => {
  it('keeps the mistyped 81,82 % of DA7.1 a finding of its own, not hidden under DA7\'s total', async () => {
    const res = await sovon('check', book, '--json');
    const { flags, groups } = JSON.parse(res.out) as { flags: Flag[]; groups: { flags: string[]; suspect: { node: string; measure: string } }[] };
    const typo = find(flags, 'rate', 'report-III', 'DA7.1', 'rate', 2023)!;
    const holding = groups.find((g) => g.flags.includes(typo.id))!;
    expect(holding.flags).toEqual([typo.id]);
    expect(holding.suspect).toMatchObject({ node: 'DA7.1', measure: 'rate' });
  });
});

describe('a document marked complete without saying for what (issue 26)', () => {
  it('is complete for the capital types and measures it states: a decision of sự nghiệp allocations says nothing of investment money or carry-in', async () => {
    const file = path.join(dir, 'decision.sovon');
    expect((await sovon('new', file)).code).toBe(0);
    const claims = path.join(dir, 'decision.json');
    fs.writeFileSync(claims, JSON.stringify({
      format: 'sovon-claims/1', program: 'GNBV',
      origins: [{ id: 'books', kind: 'books', label: 'Sổ kế toán' }, { id: 'qd-88', kind: 'province', label: 'QĐ 88/QĐ-UBND', complete: true }],
      claims: [
        { origin: 'books', year: 2024, node: 'DA1.1', capital: 'DT', measure: 'allocated', value: 900_000_000 },
        { origin: 'books', year: 2024, node: 'DA2', capital: 'SN', measure: 'carry_in', value: 40_000_000 },
        { origin: 'books', year: 2024, node: 'DA2', capital: 'SN', measure: 'allocated', value: 500_000_000 },
        { origin: 'qd-88', year: 2024, node: 'DA2', capital: 'SN', measure: 'allocated', value: 500_000_000 },
      ],
    }));
    expect((await sovon('claims', 'import', file, claims)).code).toBe(0);
    const b = Book.open(file);
    expect(b.tables.origins().find((o) => o.id === 'qd-88')).toMatchObject({ complete: true, scope: { capitals: ['SN'], measures: ['allocated'] } });
    b.close();
    const flags = await flagsOf(file);
    expect(flags.filter((f) => f.rule === 'cross-origin').map((f) => f.message)).toEqual([]);
  });
});
