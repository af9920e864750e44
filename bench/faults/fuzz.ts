// The fuzz harness: mutated interchange files (`sovon claims import`) and mutated province
// workbooks (`sovon import`), each against the same book. Every case must end as an import or as
// a Vietnamese message (exit 1), never as a crash (exit 70) or a hang; a refused case must leave
// the book exactly as it was.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { main } from '../../electron/backend/cli/main';
import { createDemoBook } from '../../electron/backend/demo';
import { prng } from '../../tests/support/consistent-book';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLAIMS = path.join(ROOT, 'resources', 'demo', 'phong-tho-2022-2024.claims.json');
const ANNEX = path.resolve(ROOT, '../shared/fixtures/province/sample-2022-units-as-rows.xlsx');
/** Longer than this, a case counts as a hang. */
export const HANG_MS = 10_000;

export interface FuzzResult {
  cases: number;
  accepted: number;
  refused: number;
  crashes: string[];
  /** refused, yet the book changed */
  changedOnRefusal: number;
  /** refused without a readable message (empty, a stack trace, "undefined", "[object") */
  unclearMessages: string[];
  hangs: number;
  slowestMs: number;
  /** a few of the messages she would read, to look at */
  samples: string[];
}

type Mutant = { name: string; bytes: Buffer };

export async function fuzzClaims(cases: number, seed = 1): Promise<FuzzResult> {
  const random = prng(seed);
  const base = fs.readFileSync(CLAIMS, 'utf8');
  return runCases(cases, (i) => ({ name: `claims-${i}.json`, bytes: mutateClaims(base, random) }), (book, file) => ['claims', 'import', book, file]);
}

export async function fuzzWorkbooks(cases: number, seed = 1): Promise<FuzzResult> {
  const random = prng(seed);
  const base = fs.readFileSync(ANNEX);
  const mutants: Mutant[] = [];
  // the hostile sheets issue 30 found first, then random mutants
  for (const [i, kind] of HOSTILE_SHEETS.slice(0, cases).entries()) mutants.push({ name: `hostile-${i}.xlsx`, bytes: withSheetXml(base, kind) });
  while (mutants.length < cases) mutants.push({ name: `annex-${mutants.length}.xlsx`, bytes: await mutateWorkbook(base, random) });
  return runCases(cases, (i) => mutants[i]!, (book, file) => ['import', book, file, '--unit', 'Phong Thổ', '--to-books']);
}

async function runCases(cases: number, make: (i: number) => Mutant, argv: (book: string, file: string) => string[]): Promise<FuzzResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-fuzz-'));
  process.env.SOVON_DATA_DIR = path.join(dir, 'appdata');
  const pristine = path.join(dir, 'pristine.sovon');
  createDemoBook(pristine).close();
  const book = path.join(dir, 'book.sovon');
  const result: FuzzResult = { cases: 0, accepted: 0, refused: 0, crashes: [], changedOnRefusal: 0, unclearMessages: [], hangs: 0, slowestMs: 0, samples: [] };
  for (let i = 0; i < cases; i++) {
    const mutant = make(i);
    const file = path.join(dir, mutant.name);
    fs.writeFileSync(file, mutant.bytes);
    fs.copyFileSync(pristine, book);
    const before = digest(book);
    let err = '';
    const started = performance.now();
    const code = await main(argv(book, file), { out: () => {}, err: (t) => { err += t; } });
    const ms = performance.now() - started;
    result.cases++;
    result.slowestMs = Math.max(result.slowestMs, Math.round(ms));
    if (ms > HANG_MS) result.hangs++;
    if (code === 0) result.accepted++;
    else if (code === 1) {
      result.refused++;
      if (digest(book) !== before) result.changedOnRefusal++;
      if (!/^Lỗi: \S/.test(err) || /\n\s+at |undefined|\[object/.test(err)) result.unclearMessages.push(err.slice(0, 300));
      if (result.samples.length < 12 && !result.samples.some((s) => s.slice(0, 40) === err.slice(0, 40))) result.samples.push(err.slice(0, 200));
    } else result.crashes.push(err.slice(0, 500));
    fs.rmSync(file, { force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

/** What she could see of the book: its claims, lines and origins. */
function digest(file: string): string {
  const db = new Database(file, { readonly: true });
  const hash = crypto.createHash('sha256');
  for (const sql of ['SELECT * FROM claims ORDER BY id', 'SELECT * FROM lines ORDER BY program, code', 'SELECT * FROM origins ORDER BY id']) {
    for (const row of db.prepare(sql).raw(true).iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  db.close();
  return hash.digest('hex');
}

// ── interchange files ────────────────────────────────────────────────────────
const NASTY = [
  null, true, 0, -0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, 1.5e-7, '', ' ', '1.234,5', '1,234.5', '12abc', '=HYPERLINK("x")', '@SUM(A1)',
  'x'.repeat(100_000), '\u0000\u0007', '\u202e', '😀', '..\\..\\x', [], {}, [[[[[]]]]], { format: 'sovon-claims/1' }, 'GNBV', 'books', 'DA5', 'rate',
];

function mutateClaims(base: string, random: () => number): Buffer {
  const kind = random();
  if (kind < 0.25) return textMutation(Buffer.from(base, 'utf8'), random);
  const json = JSON.parse(base) as unknown;
  const steps = 1 + Math.floor(random() * 3);
  for (let s = 0; s < steps; s++) mutateValue(json, random);
  const text = JSON.stringify(json, null, random() < 0.5 ? 2 : 0);
  if (kind < 0.3) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]); // UTF-16, as Notepad saves
  if (kind < 0.35) return Buffer.from(text.replace('"claims"', '"claims": [], "claims"'), 'utf8'); // a duplicate key
  return Buffer.from(text, 'utf8');
}

/** Replaces, deletes or duplicates something at a random place of the tree. */
function mutateValue(root: unknown, random: () => number): void {
  let node = root as Record<string, unknown> | unknown[];
  for (let depth = 0; depth < 6; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[Math.floor(random() * keys.length)]!;
    const child = (node as Record<string, unknown>)[key];
    if (child && typeof child === 'object' && random() < 0.7) {
      node = child as Record<string, unknown>;
      continue;
    }
    const r = random();
    if (r < 0.2 && !Array.isArray(node)) delete (node as Record<string, unknown>)[key];
    else if (r < 0.3 && Array.isArray(node)) node.push(structuredClone(node[Number(key)]));
    else (node as Record<string, unknown>)[key] = structuredClone(NASTY[Math.floor(random() * NASTY.length)]);
    return;
  }
}

function textMutation(bytes: Buffer, random: () => number): Buffer {
  const out = Buffer.from(bytes);
  const r = random();
  if (r < 0.3) return out.subarray(0, Math.floor(random() * out.length)); // truncated
  if (r < 0.5) return Buffer.from(bytes.toString('utf8').replace(/[ăâđêôơư]/g, (c) => String.fromCharCode(c.charCodeAt(0) & 0xff)), 'latin1'); // an old code page
  const flips = 1 + Math.floor(random() * 8);
  for (let i = 0; i < flips; i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
  return out;
}

// ── workbooks ────────────────────────────────────────────────────────────────
const CELL_VALUES: ExcelJS.CellValue[] = [
  null, '', 'abc', '1.234,5', '(5)', '-7', 1e15, -3, 0.0001, Number.MAX_VALUE, '=A1', '@x', 'Huyện Phong Thổ', 'Tổng số', 'ĐVT: đồng',
  'ĐVT: tỷ đồng', 'x'.repeat(40_000), '\u0000', { error: '#REF!' } as ExcelJS.CellErrorValue, { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue,
  new Date(2023, 0, 1), { richText: [{ text: 'Dự án ' }, { text: '2' }] } as ExcelJS.CellRichTextValue, 'Dự án 9', 'TDA1', 'II', 'a)',
];

async function mutateWorkbook(base: Buffer, random: () => number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(base as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows = Math.max(ws.rowCount, 1);
  const cols = Math.max(ws.columnCount, 1);
  const steps = 1 + Math.floor(random() * 4);
  for (let s = 0; s < steps; s++) {
    const r = random();
    const row = 1 + Math.floor(random() * rows);
    const col = 1 + Math.floor(random() * cols);
    if (r < 0.5) ws.getCell(row, col).value = structuredCell(CELL_VALUES[Math.floor(random() * CELL_VALUES.length)]!);
    else if (r < 0.6) ws.getRow(row).hidden = true;
    else if (r < 0.67) ws.getColumn(col).hidden = true;
    else if (r < 0.75) ws.spliceRows(row, 1);
    else if (r < 0.8) ws.spliceColumns(col, 1);
    else if (r < 0.85) wb.addWorksheet(`Thêm ${s}`).getCell('A1').value = 'Tổng số';
    else if (r < 0.9) ws.name = random() < 0.5 ? 'PL 01 (sửa)' : 'x'.repeat(31);
    else if (r < 0.95) { try { ws.unMergeCells(row, col, row + 1, col + 1); ws.mergeCells(row, col, row + 1, col + 1); } catch { /* overlapping */ } }
    else ws.getCell(row, col).value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return random() < 0.25 ? textMutation(bytes, random) : bytes;
}

function structuredCell(v: ExcelJS.CellValue): ExcelJS.CellValue {
  return v instanceof Date ? new Date(v) : (structuredClone(v) as ExcelJS.CellValue);
}

/** The annex with its sheet's XML changed: files exceljs would take minutes to write, or that it
 * would never write (a dimension the cells do not fill). */
const HOSTILE_SHEETS: ((xml: string) => string)[] = [
  // a note typed far away
  (xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ghi chú lạc</t></is></c></row></sheetData>'),
  // a sheet that declares itself the whole grid and holds the annex's few cells
  (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
  // a million rows below the annex, a number in each
  (xml) => xml.replace('</sheetData>', `${Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 101}"><c r="A${i + 101}"><v>${i}</v></c></row>`).join('')}</sheetData>`),
];

function withSheetXml(base: Buffer, edit: (xml: string) => string): Buffer {
  const zip = XLSX.CFB.read(base, { type: 'buffer' });
  const part = '/xl/worksheets/sheet1.xml';
  const xml = Buffer.from(XLSX.CFB.find(zip, part)!.content as Uint8Array).toString('utf8');
  XLSX.CFB.utils.cfb_del(zip, part);
  XLSX.CFB.utils.cfb_add(zip, part, Buffer.from(edit(xml)));
  return XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer;
}
