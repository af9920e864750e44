// Opening a book and producing a year's sheet, against the floor of the same work: reading that
// year's claim rows straight from SQLite. The ratio is what the app adds on top of the disk.
// Then the engine (check.ts), the `sovon` command as whole processes (process.ts), the import
// of a 5 000-unit province annex against exceljs's bare load of it (import.ts), and last the grid
// in Chromium (grid.ts, `npm run bench:grid`) and the page's first load (page-load.ts) where
// Debian's Chromium is installed.
// `npm run bench -- --big` adds the 1 000 000-claim book; `--sizes 10000,50000` chooses.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Book } from '../electron/backend/book/book';
import { Service } from '../electron/backend/service/service';
import { bookOf, cacheDir } from './books';
import { benchCheck, type CheckResult } from './check';
import { benchProcessCheck, benchStartup } from './process';
import { benchCorpora } from './corpus';
import { benchImport, printImport } from './import';
import { benchPageLoad, printPageLoad } from './page-load';
import { benchTemplates, printTemplates } from './templates';

const RUNS = 5;
const WARMUP = 1;
const YEAR = 2023;
const FLOOR_SQL = `SELECT origin, program, year_from, year_to, node, unit, capital, source, measure, amount, decimals, as_of, note
  FROM claims WHERE program = 'GNBV' AND origin = 'books' AND year_from = ${YEAR} AND year_to = ${YEAR}`;

interface Timing { median: number; min: number }
interface Result {
  size: number; claimsInYear: number; rows: number; sheetMs: Timing; floorMs: Timing; ratio: number;
  generatedMs: number | null;
}

const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' }, big: { type: 'boolean' } } });
const sizes = args.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
if (args.big) sizes.push(1_000_000);
if (sizes.some((n) => !Number.isSafeInteger(n) || n <= 0)) throw new Error(`--sizes: ${args.sizes}`);

async function measure(fn: () => Promise<number> | number): Promise<{ timing: Timing; count: number }> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = performance.now();
    count = await fn();
    if (i >= WARMUP) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { timing: { median: round(times[Math.floor(times.length / 2)]!), min: round(times[0]!) }, count };
}

async function sheetRows(file: string): Promise<number> {
  const service = new Service(Book.open(file));
  const sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: YEAR, project: null });
  service.close();
  return sheet.rows.length;
}

function floorRows(file: string): number {
  const db = new Database(file, { readonly: true });
  let n = 0;
  for (const _row of db.prepare(FLOOR_SQL).iterate()) n++;
  db.close();
  return n;
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

const results: Result[] = [];
for (const size of sizes) {
  const { file, generatedMs } = bookOf(size);
  const sheet = await measure(() => sheetRows(file));
  const floor = await measure(() => floorRows(file));
  results.push({
    size, claimsInYear: floor.count, rows: sheet.count, sheetMs: sheet.timing, floorMs: floor.timing,
    ratio: round(sheet.timing.median / floor.timing.median, 2), generatedMs: generatedMs === null ? null : Math.round(generatedMs),
  });
}

// the reconciliation engine: a full check, and one re-check after an edit
const checks: (CheckResult & { size: number })[] = [];
for (const size of sizes) checks.push({ size, ...benchCheck(bookOf(size).file) });

// the command: starting up, and a full check with its JSON, as whole processes
const startup = benchStartup(bookOf(0).file);
const processChecks = sizes.filter((n) => n >= 100_000).map((n) => benchProcessCheck(n, bookOf(n).file));

const table = [
  ['size', 'claims in year', 'rows', 'sheet ms median', 'sheet ms min', 'floor ms median', 'floor ms min', 'ratio'],
  ...results.map((r) => [r.size, r.claimsInYear, r.rows, r.sheetMs.median, r.sheetMs.min, r.floorMs.median, r.floorMs.min, r.ratio].map(String)),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
for (const row of table) console.log(row.map((cell, c) => cell.padStart(widths[c]!)).join('  '));
console.log(JSON.stringify({ bench: 'open-and-sheet', results }));

const checkTable = [
  ['size', 'claims', 'flags', 'full check ms', 'of which load ms', 'build ms', 'check ms', 'floor ms', 'ratio', 'engine-only ratio', 'incremental ms (median)', 'incremental ms (max)', 'incremental % of full'],
  ...checks.map((c) => [c.size, c.claims, c.flags, c.fullMs, c.loadMs, c.buildMs, c.checkMs, c.floorMs, c.ratio, c.engineRatio, c.incrementalMs.median, c.incrementalMs.max, c.incrementalShareOfFull].map(String)),
];
const checkWidths = checkTable[0]!.map((_, c) => Math.max(...checkTable.map((row) => row[c]!.length)));
console.log('');
for (const row of checkTable) console.log(row.map((cell, c) => cell.padStart(checkWidths[c]!)).join('  '));
console.log(JSON.stringify({ bench: 'reconcile', results: checks }));

printTable(`sovon check, empty book: whole processes, ms (median of ${startup.runs})`, [
  ['', 'ms', '× bare'],
  ['bare node + better-sqlite3 opening the book', startup.bareMs, 1],
  ['sovon check (out/cli/sovon.mjs)', startup.bundleMs, startup.ratio],
  ['sovon check (tsx, SOVON_CLI=tsx)', startup.tsxMs, startup.tsxRatio],
]);
console.log(JSON.stringify({ bench: 'cli-startup', result: startup }));
const STAGES = {
  open: 'open the book', readClaims: 'read the claims from SQLite', tree: 'line tree', buildEngine: 'build the engine (evaluators)',
  check: 'check every claim', reportJson: 'report, JSON, write',
} as const;
for (const c of processChecks) {
  const inProcess = round(Object.values(c.stages).reduce((a, b) => a + b, 0));
  printTable(`sovon check BOOK --json > /dev/null, ${c.size} claims, ${c.flags} flags: whole processes, ms (median of ${c.runs})`, [
    ['', 'ms', '× floor'],
    ['bare node: SELECT … FROM claims, .raw()', c.floorMs, 1],
    ['sovon check --json', c.sovonMs, c.ratio],
  ]);
  printTable(`the same work in a fresh process, by stage (the run of median total, of ${c.runs})`, [
    ['stage', 'ms', '% of process', 'of which GC ms'],
    ...Object.entries(c.stages).map(([stage, ms]) => [STAGES[stage as keyof typeof c.stages], ms, round((ms / c.sovonMs) * 100), c.gcMs[stage as keyof typeof c.stages]]),
    ['total of the stages', inProcess, round((inProcess / c.sovonMs) * 100), round(Object.values(c.gcMs).reduce((a, b) => a + b, 0))],
    ['rest (whole process − stages): node, code, exit', round(c.sovonMs - inProcess), round(((c.sovonMs - inProcess) / c.sovonMs) * 100), ''],
  ]);
}
// how the full check grows with the book: µs per claim by stage, whole process against its floor
if (processChecks.length > 1) {
  printTable('sovon check --json by book size: µs per claim (stages in a fresh process), whole processes × floor', [
    ['claims', ...Object.keys(STAGES), 'whole process ms', 'floor ms', '× floor'],
    ...processChecks.map((c) => [c.size, ...Object.values(c.stages).map((ms) => round((ms * 1000) / c.size, 2)), c.sovonMs, c.floorMs, c.ratio]),
  ]);
}
console.log(JSON.stringify({ bench: 'cli-check', results: processChecks }));

// importing a province annex: in process by step, and as whole processes
printImport(await benchImport(cacheDir));
// filling the bundled report templates from the 100 000-claim book (or the largest size run)
printTemplates(await benchTemplates(bookOf(sizes.includes(100_000) ? 100_000 : sizes[sizes.length - 1]!).file));

function printTable(title: string, rows: (string | number)[][]): void {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  console.log(`\n${title}`);
  for (const row of cells) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}

// the grid in Chromium, browser mode (grid.ts): only where Debian's Chromium is
const chromium = process.env.SOVON_CHROMIUM ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) {
  const grid = spawnSync('npm', ['run', '--silent', 'bench:grid'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
  if (grid.status !== 0) process.exitCode = grid.status ?? 1;
  // on the renderer the grid bench has built (or found)
  printPageLoad(await benchPageLoad());
} else {
  console.log(`\ngrid bench skipped: no Chromium at ${chromium} (apt-get install -y chromium, or SOVON_CHROMIUM=…; then npm run bench:grid)`);
}

// the corpora of province annexes: how many variants the import reads correctly, of the first
// corpus and of the two the unseen provinces wrote (corpus.ts)
await benchCorpora();
