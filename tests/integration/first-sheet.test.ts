// The sheet a window asks for first is prepared from the start of its back end (first-sheet.ts): the
// window gets exactly what it would have got, built before it asked, and never a sheet the book
// has changed under.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { startServer } from '../../electron/backend/server/server';
import { Service } from '../../electron/backend/service/service';
import { sheetInSteps, sheetOf } from '../../electron/backend/service/sheet-calls';
import { treeOf } from '../../electron/backend/book/tree-of-book';
import { sheetRowsOf } from '../../shared/sheet/sheet';
import { rowsUnder } from '../../shared/sheet/tree';
import { FigureEvaluator } from '../../shared/figures/evaluator';
import { datesByKey, latestAsOf } from '../../shared/claim';
import { completenessOf } from '../../shared/reconcile/completeness';
import { resultFromWire } from '../../shared/wire';
import { tempDir } from '../support/temp';

const dir = tempDir('first-sheet');
const open: Service[] = [];
afterEach(() => { for (const s of open.splice(0)) s.close(); vi.restoreAllMocks(); });

async function demo(name: string): Promise<string> {
  const s = new Service();
  await s.call('newBook', { path: path.join(dir, name), demo: true });
  s.close();
  return path.join(dir, name);
}
function windowOn(book: string): Service {
  const s = new Service(Book.open(book));
  open.push(s);
  return s;
}
/** Sheets built from the book from now on, counted by their reads of its figures. */
const counted = (s: Service) => vi.spyOn(s.book.claims, 'yearInSteps');

describe('the first sheet, prepared while the page loads', () => {
  it('is the sheet of the default view, equal to one built when asked, and built once', async () => {
    const book = await demo('a.sovon');
    const before = windowOn(book);
    const fresh = await before.call('getSheet', { program: 'GNBV', origin: 'books', year: 2024, project: null });
    before.close();
    const s = windowOn(book);
    await s.firstSheet.prepare(s.book);
    const info = await s.call('bookInfo', {});
    expect(info.programs[0]!.yearsWithFigures.at(-1)).toBe(2024);
    const builds = counted(s);
    const sheet = await s.call('getSheet', { program: 'GNBV', origin: 'books', year: 2024, project: null });
    expect(sheet).toEqual(fresh);
    expect(builds).not.toHaveBeenCalled();
    // given out once: the next ask builds
    await s.call('getSheet', { program: 'GNBV', origin: 'books', year: 2024, project: null });
    expect(builds).toHaveBeenCalledTimes(1);
  });

  it('is given with the window\'s first asks, before it knows its view, once', async () => {
    const book = await demo('f.sovon');
    const s = windowOn(book);
    void s.firstSheet.prepare(s.book);
    const first = await s.call('firstSheet', {});
    expect(first).toEqual(sheetOf(s.book, { program: 'GNBV', origin: 'books', year: 2024, project: null }));
    expect(await s.call('firstSheet', {})).toBeNull();
    // written after it was built: not given at all
    await s.firstSheet.prepare(s.book);
    await s.call('setClaim', { key: { program: 'GNBV', origin: 'books', year: 2024, node: 'DA5', unit: null, capital: 'SN', measure: 'allocated' }, text: '7', scale: 'trieu' });
    expect(await s.call('firstSheet', {})).toBeNull();
  });

  it('is where she left the book when the back end remembers it', async () => {
    const book = await demo('b.sovon');
    const first = windowOn(book);
    await first.call('rememberLayout', { path: book, text: JSON.stringify({ view: { program: 'GNBV', year: 2022, origin: 'books', project: 'DA7' } }) });
    first.close();
    const s = windowOn(book);
    await s.firstSheet.prepare(s.book);
    const builds = counted(s);
    const sheet = await s.call('getSheet', { program: 'GNBV', origin: 'books', year: 2022, project: 'DA7' });
    expect(builds).not.toHaveBeenCalled();
    expect(sheet.year).toBe(2022);
    expect(sheet.project).toBe('DA7');
  });

  it('is not given when the book was written after it was built, nor for another view', async () => {
    const book = await demo('c.sovon');
    const s = windowOn(book);
    await s.firstSheet.prepare(s.book);
    await s.call('setClaim', { key: { program: 'GNBV', origin: 'books', year: 2024, node: 'DA5', unit: null, capital: 'SN', measure: 'allocated' }, text: '123', scale: 'trieu' });
    const rebuilt = counted(s);
    const sheet = await s.call('getSheet', { program: 'GNBV', origin: 'books', year: 2024, project: null });
    expect(sheet.rows.find((r) => r.code === 'DA5')!.cells['allocated:SN']).toMatchObject({ dong: 123_000_000, stated: true });
    expect(rebuilt).toHaveBeenCalledTimes(1);
    rebuilt.mockRestore();

    await s.firstSheet.prepare(s.book);
    const builds = counted(s);
    const other = await s.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: null });
    expect(builds).toHaveBeenCalledTimes(1);
    expect(other.year).toBe(2023);
  });

  it('is built in steps, and is the same sheet and the same claims as read at once', async () => {
    const book = await demo('d.sovon');
    const s = windowOn(book);
    const view = { program: 'GNBV', origin: 'books', year: 2023, project: null } as const;
    // a page of 7 claims: the demo book's year takes several
    const claims = s.book.claims.yearInSteps('GNBV', 'books', 2023, 7);
    let pages = 1;
    let read = claims.next();
    for (; !read.done; read = claims.next()) pages++;
    const atOnce = s.book.claims.select({ program: 'GNBV', origin: 'books', year: 2023 });
    expect(atOnce.length).toBeGreaterThan(7 * 3);
    expect(pages).toBe(Math.floor(atOnce.length / 7) + 1);
    expect(new Set(read.value.map((c) => JSON.stringify(c)))).toEqual(new Set(atOnce.map((c) => JSON.stringify(c))));
    expect(read.value).toHaveLength(atOnce.length);

    const steps = sheetInSteps(s.book, view);
    let turns = 0;
    let built = steps.next();
    for (; !built.done; built = steps.next()) turns++;
    expect(turns).toBeGreaterThanOrEqual(3);
    // as an edit redraws rows (sheetRowsOf): every claim read at once, the rows in tree order
    const origin = s.book.tables.origins().find((o) => o.id === 'books')!;
    const tree = treeOf(s.book, 'GNBV');
    const inTreeOrder = sheetRowsOf(tree, new FigureEvaluator(tree, completenessOf(origin), latestAsOf(atOnce)), rowsUnder(tree, null).map((r) => r.id), datesByKey(atOnce));
    expect(built.value).toEqual({ program: 'GNBV', origin: 'books', year: 2023, project: null, rows: inTreeOrder });
  });

  it('is built from the start of a window\'s back end, and browser mode serves a page meanwhile', async () => {
    const book = await demo('e.sovon');
    const s = windowOn(book);
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html>');
    const script = 'void 0;'.repeat(200_000);
    fs.writeFileSync(path.join(site, 'assets', 'index.js'), script);
    const prepared = s.firstSheet.prepare(s.book);
    const server = await startServer(s, { staticDir: site });
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/assets/index.js`);
      expect(res.headers.get('content-length')).toBe(String(script.length));
      expect(await res.text()).toBe(script);
      await prepared;
      const builds = counted(s);
      // packed for the trip while it waited: the page unpacks the sheet it would have been sent
      const view = { program: 'GNBV', origin: 'books', year: 2024, project: null };
      const res2 = await fetch(`http://127.0.0.1:${server.port}/api/getSheet`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Sovon-Token': server.token }, body: JSON.stringify(view) });
      const reply = await res2.json() as { ok: boolean; result: unknown };
      expect(builds).not.toHaveBeenCalled();
      expect(resultFromWire(reply.result)).toEqual(sheetOf(s.book, view));
    } finally {
      await server.close();
    }
  });
});
