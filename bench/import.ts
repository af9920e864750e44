// Importing a province annex of 5 000 units (province-book.ts) against exceljs's bare load of the
// same bytes: in process, the median of several rounds after a warm-up, with the import's time split
// into reading the sheet model (exceljs's own load, then the model) and the later steps; and as whole
// processes, `sovon import BOOK FILE --dry-run --json` against node loading exceljs and the file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { Book } from '../electron/backend/book/book';
import { catalogOf } from '../electron/backend/book/tree-of-book';
import { loadCatalog } from '../electron/backend/catalogs';
import { previewImportBytes } from '../electron/backend/import/import-file';
import { readWorkbookBytes } from '../electron/backend/import/read-workbook';
import { SheetGrid } from '../shared/import/grid';
import { locateTable } from '../shared/import/locate';
import { planImport } from '../shared/import/plan';
import { defaultSettings } from '../shared/settings';
import { timeProcesses } from './process';
import { writeProvinceBook } from './province-book';

const UNITS = 5000;
const UNIT = 'Phong Thổ';
// gc() for the measures (node was not started with --expose-gc)
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const BIN = path.resolve(import.meta.dirname, '../electron/backend/cli/bin.mjs');

export interface ImportBenchResult {
  units: number; fileBytes: number; runs: number; generatedMs: number | null; claims: number; flags: number;
  /** in process, ms (medians) */
  bareLoadMs: number; importMs: number; ratio: number;
  /** the fastest round of each: less at the mercy of whatever else the machine runs */
  bareLoadMinMs: number; importMinMs: number; minRatio: number;
  readMs: number; readExcelLoadMs: number; readModelMs: number; locateMs: number; planMs: number; checkAndRestMs: number;
  /** whole processes, ms (medians) */
  processBareMs: number; processImportMs: number; processRatio: number;
}

/** Generated once, under a temporary name so an interrupted run leaves no half file. */
async function provinceFile(cacheDir: string): Promise<{ file: string; generatedMs: number | null }> {
  const file = path.join(cacheDir, `province-${UNITS}.xlsx`);
  if (fs.existsSync(file)) return { file, generatedMs: null };
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = path.join(cacheDir, `province-${UNITS}.tmp.xlsx`);
  const start = performance.now();
  await writeProvinceBook(tmp, UNITS);
  const generatedMs = Math.round(performance.now() - start);
  fs.renameSync(tmp, file);
  console.error(`generated ${path.basename(file)} in ${(generatedMs / 1000).toFixed(1)} s`);
  return { file, generatedMs };
}

/** exceljs's own load inside the import's read, timed by wrapping the class both reach (one copy in require's cache). */
function timeExcelLoads(): { take: () => number } {
  const XLSX = createRequire(import.meta.url)('exceljs/lib/xlsx/xlsx.js') as { prototype: { load: (...a: unknown[]) => Promise<unknown> } };
  const load = XLSX.prototype.load;
  let ms = 0;
  XLSX.prototype.load = async function (this: unknown, ...a: unknown[]) {
    const start = performance.now();
    try { return await load.apply(this, a); } finally { ms += performance.now() - start; }
  };
  return { take: () => { const t = ms; ms = 0; return t; } };
}

export async function benchImport(cacheDir: string, runs = 5, processRuns = 5): Promise<ImportBenchResult> {
  const { file, generatedMs } = await provinceFile(cacheDir);
  const bytes = fs.readFileSync(file);
  const name = path.basename(file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-bench-import-'));
  const bookFile = path.join(dir, 'import.sovon');
  try {
    const book = Book.create(bookFile, defaultSettings('Bench import', UNIT), [loadCatalog('gnbv-2021-2025')]);
    const excel = timeExcelLoads();
    const times: Record<'bare' | 'import' | 'read' | 'excel' | 'locate' | 'plan', number[]> = { bare: [], import: [], read: [], excel: [], locate: [], plan: [] };
    let claims = 0, flags = 0;
    // one warm-up round, then the measures take turns, so a busy moment falls on all of them alike;
    // each starts on a collected heap, so none pays for the garbage of the one before
    for (let i = 0; i <= runs; i++) {
      const [bare] = await timed(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
      const [whole, preview] = await timed(() => previewImportBytes(book, bytes, name, { program: 'GNBV', unit: UNIT }));
      excel.take();
      const [read, workbook] = await timed(() => readWorkbookBytes(bytes, name));
      const excelMs = excel.take();
      const [locate, { grid, located }] = await timed(() => {
        const grid = new SheetGrid(workbook.sheets[0]!);
        return { grid, located: locateTable(grid)! };
      });
      const [plan] = await timed(() => planImport({ grid, located, catalog: catalogOf(book, 'GNBV'), unit: UNIT, scale: located.scale!.scale, capital: preview.capital }));
      if (i === 0) continue;
      Object.entries({ bare, import: whole, read, excel: excelMs, locate, plan }).forEach(([k, ms]) => times[k as keyof typeof times].push(ms));
      claims = preview.claims.length;
      flags = preview.flags.length;
    }
    book.close();
    const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)])) as Record<keyof typeof times, number>;

    const processes = timeProcesses({
      bare: { args: ['-e', `const E = require('exceljs'); new E.Workbook().xlsx.load(require('fs').readFileSync(${JSON.stringify(file)}))`] },
      sovon: { args: [BIN, 'import', bookFile, file, '--dry-run', '--json'] },
    }, processRuns);
    return {
      units: UNITS, fileBytes: bytes.length, runs, generatedMs, claims, flags,
      bareLoadMs: round(m.bare), importMs: round(m.import), ratio: round(m.import / m.bare, 2),
      bareLoadMinMs: round(Math.min(...times.bare)), importMinMs: round(Math.min(...times.import)), minRatio: round(Math.min(...times.import) / Math.min(...times.bare), 2),
      readMs: round(m.read), readExcelLoadMs: round(m.excel), readModelMs: round(m.read - m.excel),
      locateMs: round(m.locate), planMs: round(m.plan), checkAndRestMs: round(m.import - m.read - m.locate - m.plan),
      processBareMs: processes.bare.ms, processImportMs: processes.sovon.ms, processRatio: round(processes.sovon.ms / processes.bare.ms, 2),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** ms and the answer of `fn`, started on a collected heap */
async function timed<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  gc();
  const start = performance.now();
  const answer = await fn();
  return [performance.now() - start, answer];
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function printImport(r: ImportBenchResult): void {
  const share = (ms: number) => round((ms / r.importMs) * 100);
  printTable(`import of a province annex, ${r.units} units (${Math.round(r.fileBytes / 1024)} kB .xlsx): in process, ms (median of ${r.runs} after a warm-up)`, [
    ['', 'ms median', '× bare load (aim ≤ 1.5)', 'ms min', '× bare load, min'],
    ['exceljs bare load: new Workbook().xlsx.load(bytes)', r.bareLoadMs, 1, r.bareLoadMinMs, 1],
    [`previewImportBytes (${r.claims} claims, ${r.flags} flags)`, r.importMs, r.ratio, r.importMinMs, r.minRatio],
  ]);
  printTable('where the import goes (each step timed on its own; the last is what is left of the whole)', [
    ['step', 'ms', '% of import'],
    ['readWorkbookBytes: into the sheet model', r.readMs, share(r.readMs)],
    ['  of which exceljs load (with the import\'s ignoreNodes)', r.readExcelLoadMs, share(r.readExcelLoadMs)],
    ['  of which the sheet model (cells, fonts, merges)', r.readModelMs, share(r.readModelMs)],
    ['locate the table (SheetGrid, locateTable)', r.locateMs, share(r.locateMs)],
    ['plan (planImport)', r.planMs, share(r.planMs)],
    ['check with the book, claims, the rest', r.checkAndRestMs, share(r.checkAndRestMs)],
  ]);
  printTable('the same file as whole processes, ms (median)', [
    ['', 'ms', '× bare'],
    ['bare node: require exceljs, load the file', r.processBareMs, 1],
    ['sovon import BOOK FILE --dry-run --json > /dev/null', r.processImportMs, r.processRatio],
  ]);
  console.log(JSON.stringify({ bench: 'import', result: r }));
}

function printTable(title: string, rows: (string | number)[][]): void {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  console.log(`\n${title}`);
  for (const row of cells) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}

// `node --import tsx bench/import.ts`: this section alone (after `npm run build:cli`)
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  printImport(await benchImport(path.join(import.meta.dirname, '.cache')));
}
