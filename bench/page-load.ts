// The page's first load in browser mode, on a fresh demo book: the page's entry script against
// the app's (React, AG Grid), and how far ahead of the app's start the window's first questions
// go (the entry sends them before the app's script runs; the back end builds the first sheet
// meanwhile, so the page never asks for one). Figures, not a test: the byte sizes and timings
// move with every dependency and with the machine's load, so they are printed with their aims.
//   node --import tsx bench/page-load.ts [runs]   (needs out/renderer: npx electron-vite build)
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { cell, freshDemoBook, serve } from '../tests/e2e/browser-mode';

const CHROMIUM = process.env.SOVON_CHROMIUM ?? '/usr/bin/chromium';
// as the e2e tests launch it (tests/e2e/playwright.config.ts)
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FIRST_CALLS = ['bookInfo', 'bookVersion', 'firstSheet'];
const AIM = { entryBytes: 20_000, appBytes: 500_000 } as const;

export interface PageLoad {
  entryBytes: number; appBytes: number;
  /** ms from the page's start: the first API call sent, the app's script running */
  firstCallMs: number; appRunsMs: number;
  calls: string[];
}

async function loadOnce(browser: Browser): Promise<PageLoad> {
  const app = await serve(freshDemoBook());
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 }, locale: 'vi-VN' });
  try {
    await page.goto(app.url);
    await cell(page, 'GNBV', 'allocated:ALL').filter({ hasText: /\S/ }).waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => {
      const r = e as PerformanceResourceTiming;
      return { name: new URL(r.name).pathname, start: r.startTime, bytes: r.decodedBodySize };
    }));
    const scripts = loaded.filter((r) => r.name.endsWith('.js'));
    const calls = loaded.filter((r) => r.name.startsWith('/api/')).map((r) => ({ ...r, name: r.name.slice('/api/'.length) }));
    return {
      entryBytes: scripts.find((r) => r.name.includes('/index-'))!.bytes,
      appBytes: scripts.find((r) => r.name.includes('/boot-'))!.bytes,
      firstCallMs: calls[0]!.start,
      appRunsMs: await page.evaluate(() => performance.getEntriesByName('sovon:app')[0]!.startTime),
      calls: calls.map((c) => c.name),
    };
  } finally {
    await page.close();
    await app.stop();
    fs.rmSync(path.dirname(app.book), { recursive: true, force: true });
  }
}

export async function benchPageLoad(runs = 5): Promise<PageLoad[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const loads: PageLoad[] = [];
    for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser));
    return loads;
  } finally {
    await browser.close();
  }
}

export function printPageLoad(loads: PageLoad[]): void {
  const last = loads[loads.length - 1]!;
  const leads = loads.map((l) => l.appRunsMs - l.firstCallMs);
  const inOrder = loads.filter((l) => FIRST_CALLS.every((c, i) => l.calls[i] === c)).length;
  const asked = loads.filter((l) => l.calls.includes('getSheet')).length;
  printTable(`Page load, browser mode, demo book (${loads.length} loads, each a fresh server)`, [
    ['', 'figure', 'aim', 'met'],
    ['entry script, bytes', last.entryBytes, `< ${AIM.entryBytes}`, met(last.entryBytes < AIM.entryBytes)],
    ['app script, bytes', last.appBytes, `> ${AIM.appBytes}`, met(last.appBytes > AIM.appBytes)],
    ['app ÷ entry', round(last.appBytes / last.entryBytes), '', ''],
    ['first API call sent, ms (median)', round(median(loads.map((l) => l.firstCallMs))), '', ''],
    ['app script runs, ms (median)', round(median(loads.map((l) => l.appRunsMs))), '', ''],
    ['first call ahead of the app, ms (median)', round(median(leads)), '> 0', met(leads.every((x) => x > 0))],
    [`loads whose first calls were ${FIRST_CALLS.join(', ')}`, `${inOrder}/${loads.length}`, 'all', met(inOrder === loads.length)],
    ['loads that asked for a sheet (getSheet)', `${asked}/${loads.length}`, 'none', met(asked === 0)],
  ]);
  console.log(JSON.stringify({ bench: 'page-load', aims: AIM, results: loads }));
}

function printTable(title: string, rows: (string | number)[][]): void {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  console.log(`\n${title}`);
  for (const row of cells) console.log(row.map((text, c) => (c === 0 ? text.padEnd(widths[c]!) : text.padStart(widths[c]!))).join('  '));
}

const met = (ok: boolean) => (ok ? 'yes' : 'no');
const round = (x: number) => Number(x.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  if (!fs.existsSync(path.join(import.meta.dirname, '../out/renderer/index.html'))) throw new Error('out/renderer is missing: npx electron-vite build');
  printPageLoad(await benchPageLoad(Number(process.argv[2] ?? 5)));
}
