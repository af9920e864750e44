// Starts `sovon serve` on a fresh copy of the demo book, as a user's `npm start` would.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'electron/backend/cli/bin.mjs');

export interface BrowserMode {
  url: string;
  book: string;
  stop(): Promise<void>;
}

/** A fresh copy of the demo book (the district's, or `commune`: Xã Phong Thổ 2026). */
export function freshDemoBook(demo?: 'commune'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-e2e-'));
  const book = path.join(dir, 'demo.sovon');
  const res = spawnSync(process.execPath, [bin, 'new', book, '--demo', ...(demo ? [demo] : [])], { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: dir } });
  if (res.status !== 0) throw new Error(res.stderr);
  return book;
}

const running = new Set<ChildProcess>();

/** For test.afterEach: a test that failed half-way must not leave its server behind. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  })));
  running.clear();
}

export async function serve(book: string): Promise<BrowserMode> {
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve', book], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SOVON_DATA_DIR: path.dirname(book) },
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => process.stderr.write(d));
    child.on('exit', (code) => reject(new Error(`sovon serve exited with ${code}`)));
  });
  return {
    url,
    book,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** A figure cell of the grid, by row id and column id ("DA5", "allocated:SN"). */
/** The app on a book, as she sees it on her office PC: browser mode at 1366×768. */
export async function openApp(page: Page, book: string): Promise<BrowserMode> {
  const app = await serve(book);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  return app;
}

/** An item of the toolbar's Tệp menu. */
export async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** `sovon …` on a book before the window opens it (its data folder beside it); it must succeed. */
export function sovonOn(book: string, ...args: string[]): void {
  const res = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: path.dirname(book) } });
  expect(res.status, res.stderr).toBe(0);
}

/** Tệp > Nhập từ Excel… with a file chosen: the wizard's dialog. */
export async function importFile(page: Page, file: Parameters<Locator['setInputFiles']>[0]): Promise<Locator> {
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Nhập từ Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập từ Excel' });
  await dialog.getByLabel('Tệp Excel').setInputFiles(file);
  return dialog;
}

/** Opens the toolbar's Xem (columns, layout, where the panel sits) unless it is open; returns it */
export async function openView(page: Page): Promise<Locator> {
  const button = page.getByRole('button', { name: /^Xem/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.getByRole('group', { name: 'Xem' });
}

/** Picks a line on the grid and runs one of the toolbar's Dòng menu items on it */
export async function lineAction(page: Page, item: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Dòng ▾' }).click();
  await page.screenshot({ path: 'test-results/e2e/line-menu.png' });
  await page.getByRole('menu', { name: 'Dòng' }).getByRole('menuitem', { name: item }).click();
}

export const cell = (page: Page, rowId: string, colId: string) => page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);

/** Playwright's test, its pages watched: a grid feature used without its module registered
 * (renderer/src/grid/modules.ts) does nothing but say so on the console, so that fails a test. */
export const test = base.extend({
  context: async ({ context }, use) => {
    const reports: string[] = [];
    const watch = (page: Page) => page.on('console', (m) => { if (m.type() === 'error' && m.text().includes('AG Grid')) reports.push(m.text()); });
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(context);
    expect(reports, 'AG Grid reported a problem on the console').toEqual([]);
  },
});
