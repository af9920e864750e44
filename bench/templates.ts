// Exporting the bundled report templates from a large book, against the floor of the same file
// work: exceljs loading the template and saving it unchanged. The ratio is what filling adds
// (reading the book's claims, the figures, the copied rows, the formulas moved). Twice: from a
// book just opened (the command line: every claim the template needs is read), and in the open
// window, whose reconciliation engine already holds the figures (what she waits for).
// `node --import tsx bench/templates.ts [BOOK.sovon]` runs it alone.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Book } from '../electron/backend/book/book';
import { bundledTemplateFile } from '../electron/backend/export/template-library';
import { Service } from '../electron/backend/service/service';

/** A book just opened costs a fresh service per round: a few rounds. A warm export and the
 * floor take milliseconds, where one garbage collection of the large book's heap moves a median
 * of five by half: many rounds. */
const COLD_RUNS = 5;
const RUNS = 21;
const TEMPLATES = ['giao-von', 'giai-doan', 'chuyen-nguon'];

export interface TemplateBenchResult {
  template: string; claims: number; outBytes: number; exportMs: number; floorMs: number; ratio: number; exportMinMs: number; floorMinMs: number;
  /** exceljs loading and saving the export itself: the file work of a workbook that size */
  outputFloorMs: number; outputRatio: number;
  /** the same export in an open window (engine built): ms, and against the template floor */
  warmMs: number; warmRatio: number; warmOutputRatio: number;
}

async function timed(fn: () => Promise<number>, runs = RUNS): Promise<Timed> {
  const times: number[] = [];
  let value = 0;
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    value = await fn();
    if (i > 0) times.push(performance.now() - start); // the first round warms up
  }
  return summary(times, value);
}

export async function benchTemplates(bookFile: string): Promise<TemplateBenchResult[]> {
  const book = Book.open(bookFile, { readonly: true });
  const claims = book.claims.select({ program: 'GNBV' }).length;
  const service = new Service(book);
  // the window: its flags shown, its engine built once
  await service.call('runChecks', { program: 'GNBV', year: null, origin: null, project: null });
  const out: TemplateBenchResult[] = [];
  for (const template of TEMPLATES) {
    const bytes = fs.readFileSync(bundledTemplateFile(template)!);
    // a fresh service each round: nothing of the book is cached between exports
    let output = Buffer.alloc(0);
    const exported = await timed(async () => {
      const s = new Service(Book.open(bookFile, { readonly: true }));
      const res = await s.call('exportTemplate', { program: 'GNBV', template, year: 2023, years: { from: 2022, to: 2024 } });
      s.close();
      output = Buffer.from(res.data, 'base64');
      return output.length;
    }, COLD_RUNS);
    // the export and its floor taken in turns: the one measured second no longer meets the
    // garbage the first left, and the ratio compares them under the same heap
    const [warm, floor] = await inTurns(async () => {
      const res = await service.call('exportTemplate', { program: 'GNBV', template, year: 2023, years: { from: 2022, to: 2024 } });
      return res.data.length;
    }, () => loadAndSave(bytes));
    const outputFloor = await timed(() => loadAndSave(output));
    out.push({
      template, claims, outBytes: exported.value, exportMs: exported.median, floorMs: floor.median, ratio: round(exported.median / floor.median, 2),
      exportMinMs: exported.min, floorMinMs: floor.min, outputFloorMs: outputFloor.median, outputRatio: round(exported.median / outputFloor.median, 2),
      warmMs: warm.median, warmRatio: round(warm.median / floor.median, 2), warmOutputRatio: round(warm.median / outputFloor.median, 2),
    });
  }
  service.close();
  return out;
}

/** Two measures taken alternately, round by round (the first round of each warms up). */
async function inTurns(a: () => Promise<number>, b: () => Promise<number>, runs = RUNS): Promise<[Timed, Timed]> {
  const times: [number[], number[]] = [[], []];
  const values = [0, 0];
  for (let i = 0; i <= runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const start = performance.now();
      values[k] = await fn();
      if (i > 0) times[k]!.push(performance.now() - start);
    }
  }
  return [summary(times[0], values[0]!), summary(times[1], values[1]!)];
}

interface Timed { median: number; min: number; value: number }

function summary(times: number[], value: number): Timed {
  times.sort((x, y) => x - y);
  return { median: round(times[Math.floor(times.length / 2)]!), min: round(times[0]!), value };
}

async function loadAndSave(bytes: Buffer): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return (await wb.xlsx.writeBuffer()).byteLength;
}

export function printTemplates(results: TemplateBenchResult[]): void {
  const rows = [
    ['template', 'claims', 'export bytes', 'cold ms', 'template load+save ms', 'ratio', 'cold min', 'floor min', 'export file load+save ms', 'ratio', 'warm ms', 'warm ratio', 'warm / export file'],
    ...results.map((r) => [r.template, r.claims, r.outBytes, r.exportMs, r.floorMs, r.ratio, r.exportMinMs, r.floorMinMs, r.outputFloorMs, r.outputRatio, r.warmMs, r.warmRatio, r.warmOutputRatio].map(String)),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  console.log(`\nexport into the bundled templates, year 2023 (period 2022-2024), in process, ms (median of ${COLD_RUNS} cold, ${RUNS} otherwise); cold: a book just opened, warm: the open window`);
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  console.log(JSON.stringify({ bench: 'export-templates', results }));
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const file = process.argv[2] ?? path.join(import.meta.dirname, '.cache', 'book-100000.sovon');
  printTemplates(await benchTemplates(file));
}
