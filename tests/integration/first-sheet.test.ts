// The sheet a window asks for first is prepared while its page loads (first-sheet.ts): the
// window gets exactly what it would have got, built before it asked, and never a sheet the book
// has changed under.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Book } from '../../electron/backend/book/store';
import { startServer } from '../../electron/backend/server/server';
import { Service } from '../../electron/backend/service/service';
import { PageFiles } from '../../electron/backend/service/first-sheet';
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
const counted = (s: Service) => vi.spyOn(s.book, 'claims');

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

  it('waits for every file the page asked for: its style sheet held up would hold up its script', () => {
    let loaded = 0;
    const files = new PageFiles(() => loaded++);
    files.sendingFile('/')(true);
    const script = files.sendingFile('/assets/index-1.js');
    const style = files.sendingFile('/assets/index-1.css');
    script(true);
    expect(loaded).toBe(0);
    style(true);
    expect(loaded).toBe(1);
    // a missing script is no page; a favicon after the page is not another one
    files.sendingFile('/assets/gone.js')(false);
    files.sendingFile('/favicon.ico')(false);
    expect(loaded).toBe(1);
  });

  it('is built anyway when no page has asked for a file a while after the start (a browser still starting)', async () => {
    vi.useFakeTimers();
    try {
      let loaded = 0;
      const idle = new PageFiles(() => loaded++);
      idle.orAfter(300);
      vi.advanceTimersByTime(299);
      expect(loaded).toBe(0);
      vi.advanceTimersByTime(1);
      expect(loaded).toBe(1);
      // a page already loading: its files say when, not the clock
      const busy = new PageFiles(() => loaded++);
      busy.orAfter(300);
      const html = busy.sendingFile('/');
      vi.advanceTimersByTime(400);
      html(true);
      expect(loaded).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('browser mode starts it once the page has its script, not for other files', async () => {
    const book = await demo('d.sovon');
    const s = windowOn(book);
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(site, 'assets', 'index.js'), 'void 0');
    const prepare = vi.spyOn(s.firstSheet, 'prepare');
    const server = await startServer(s, { staticDir: site });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      await (await fetch(`${base}/`)).text();
      await (await fetch(`${base}/assets/nothing.js`)).text();
      expect(prepare).not.toHaveBeenCalled();
      await (await fetch(`${base}/assets/index.js`)).text();
      await vi.waitFor(() => expect(prepare).toHaveBeenCalledTimes(1));
    } finally {
      await server.close();
    }
  });
});
