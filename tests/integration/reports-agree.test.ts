// Issue 28: every report of one book and year says the same figure for the same thing. The demo
// book's 2024 has a stated figure that breaks its column's formula (DA4.1's Tổng được sử dụng,
// 3.913 against 1.847 + 2.065), so DA4's available is 7.735 by its lines and 7.734 by its flow:
// the exports and the printed Bảng tính all show 7.735, mark it, and name the finding under it.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

const YEAR = '2024';
let dir: string;
let book: string;
const sheets = new Map<string, ExcelJS.Worksheet>();

beforeAll(async () => {
  dir = tempDir('reports-agree');
  book = path.join(dir, 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  for (const t of ['giao-von', 'chuyen-nguon', 'giai-doan']) {
    const out = path.join(dir, `${t}.xlsx`);
    const res = await sovon('export', book, '--template', t, '--year', YEAR, '--years', `2022-${YEAR}`, '--date', '2026-01-05', '--out', out);
    expect(res.err).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    sheets.set(t, wb.worksheets[0]!);
  }
});

/** A cell's number as the spreadsheet shows it: formulas of + - and SUM over cells evaluated
 * (what Excel computes on opening), in the sheet's own unit. */
function valueAt(ws: ExcelJS.Worksheet, address: string, depth = 0): number | null {
  const v = ws.getCell(address).value;
  if (typeof v === 'number') return v;
  if (!v || typeof v !== 'object' || !('formula' in v) || depth > 20) return null;
  let total = 0;
  let any = false;
  const terms = (v.formula ?? "").replace(/^=/, '').match(/[+-]?\s*(SUM\([A-Z]+\d+:[A-Z]+\d+\)|[A-Z]+\d+)/g) ?? [];
  for (const term of terms) {
    const sign = term.trim().startsWith('-') ? -1 : 1;
    const sum = term.match(/SUM\(([A-Z]+)(\d+):[A-Z]+(\d+)\)/);
    const refs = sum ? Array.from({ length: +sum[3]! - +sum[2]! + 1 }, (_, i) => `${sum[1]}${+sum[2]! + i}`) : [term.replace(/[+\-\s]/g, '')];
    for (const ref of refs) {
      const x = valueAt(ws, ref, depth + 1);
      if (x !== null) { total += sign * x; any = true; }
    }
  }
  return any ? total : null;
}

function rowOf(ws: ExcelJS.Worksheet, column: string, starts: string, after = 1): number {
  for (let r = after; r <= ws.rowCount; r++) {
    const v = ws.getCell(`${column}${r}`).value;
    if (typeof v === 'string' && v.startsWith(starts)) return r;
  }
  throw new Error(`no row ${starts}`);
}

/** Tình hình giao vốn: the measure's three columns, ĐT, SN, Tổng số. */
const GIAO_VON: Record<string, [string, string, string]> = {
  carry_in: ['C', 'D', 'E'], allocated: ['F', 'G', 'H'], adjusted: ['I', 'J', 'K'], available: ['L', 'M', 'N'],
  disbursed: ['O', 'P', 'Q'], carry_out: ['U', 'V', 'W'],
};
/** 04-SDKP: one column per measure, in đồng; part I is SN, part II ĐT. Its column 11 (K) is not
 * the carry-out: it is the balance at 31/01, 5 − 9, before what is cancelled (Mẫu số 20f), checked
 * below against Tình hình giao vốn's available − disbursed. */
const SDKP: Record<string, string> = { available: 'E', carry_in: 'F', allocated: 'G', adjusted: 'H', disbursed: 'I', cancelled: 'J' };
const PROJECTS = ['Dự án 1', 'Dự án 2', 'Dự án 3', 'Dự án 4', 'Dự án 5', 'Dự án 6', 'Dự án 7'];

describe(`every built-in report of the demo book, ${YEAR}`, () => {
  it('04-SDKP says what Tình hình giao vốn says, project by project, measure by measure', () => {
    const gv = sheets.get('giao-von')!;
    const cn = sheets.get('chuyen-nguon')!;
    const partSN = rowOf(cn, 'A', 'I');
    const partDT = rowOf(cn, 'A', 'II', partSN + 1);
    const differences: string[] = [];
    for (const [k, name] of PROJECTS.entries()) {
      const g = rowOf(gv, 'B', name);
      for (const [part, at] of [[partSN, 1], [partDT, 0]] as const) {
        const c = rowOf(cn, 'B', name, part + 1);
        for (const [measure, col] of Object.entries(SDKP)) {
          const cols = GIAO_VON[measure];
          if (!cols) continue;
          const inGiaoVon = (valueAt(gv, `${cols[at]}${g}`) ?? 0) * 1e6;
          const inSdkp = valueAt(cn, `${col}${c}`) ?? 0;
          if (Math.round(inGiaoVon) !== Math.round(inSdkp)) differences.push(`${PROJECTS[k]} ${at ? 'SN' : 'ĐT'} ${measure}: ${inGiaoVon} / ${inSdkp}`);
        }
        const balance = ((valueAt(gv, `${GIAO_VON.available![at]}${g}`) ?? 0) - (valueAt(gv, `${GIAO_VON.disbursed![at]}${g}`) ?? 0)) * 1e6;
        const inSdkp = valueAt(cn, `K${c}`) ?? 0;
        if (Math.round(balance) !== Math.round(inSdkp)) differences.push(`${PROJECTS[k]} ${at ? 'SN' : 'ĐT'} 11 = 5 − 9: ${balance} / ${inSdkp}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('the year rows of Tổng hợp giai đoạn say what the total row of Tình hình giao vốn says', () => {
    const gv = sheets.get('giao-von')!;
    const gd = sheets.get('giai-doan')!;
    const total = rowOf(gv, 'B', 'TỔNG SỐ');
    const year = rowOf(gd, 'B', `Năm ${YEAR}`);
    const pairs: [string, string][] = [['C', 'F'], ['D', 'G'], ['E', 'H'], ['F', 'O'], ['G', 'P'], ['H', 'Q'], ['L', 'U'], ['M', 'V'], ['N', 'W']];
    for (const [inGd, inGv] of pairs) expect(valueAt(gd, `${inGd}${year}`), inGd).toBe(valueAt(gv, `${inGv}${total}`));
  });

  it('a figure that breaks its column formula is marked the same way in both exports, with the finding named under the table', () => {
    const gv = sheets.get('giao-von')!;
    const cn = sheets.get('chuyen-nguon')!;
    const da4 = gv.getCell(`M${rowOf(gv, 'B', 'Dự án 4')}`);
    const da4sn = cn.getCell(`E${rowOf(cn, 'B', 'Dự án 4', rowOf(cn, 'A', 'I') + 1)}`);
    expect(da4.value).toBe(7735);
    expect(da4sn.value).toBe(7_735_000_000);
    expect(String(da4.numFmt)).toContain('"(1)"');
    expect(String(da4sn.numFmt)).toContain('"(1)"');
    const note = (ws: ExcelJS.Worksheet) => ws.getCell(`A${rowOf(ws, 'A', '(1)')}`).value as string;
    expect(note(gv)).toContain('DA4.1');
    expect(note(gv)).toContain('3.913');
    expect(note(cn)).toBe(note(gv));
    // the formulas that hold stay formulas: DA5's available is still =F+G+H
    expect(cn.getCell(`E${rowOf(cn, 'B', 'Dự án 5', rowOf(cn, 'A', 'I') + 1)}`).value).toMatchObject({ formula: expect.stringMatching(/^F\d+\+G\d+\+H\d+$/) });
    // the footnotes do not join the sums above them
    const partDT = rowOf(cn, 'A', 'II', rowOf(cn, 'A', 'I') + 1);
    expect((cn.getCell(`E${partDT}`).value as { formula: string }).formula).toBe(`SUM(E${partDT + 1}:E${partDT + 7})`);
  });

  it('the printed Bảng tính marks the same figure and names the same finding', async () => {
    const service = new Service(Book.open(book, { readonly: true }));
    try {
      const { html } = await service.call('printSheet', { sheet: 'bang', program: 'GNBV', origin: 'books', year: Number(YEAR), project: null, scale: 'trieu', collapsed: [], date: '2026-01-05' });
      expect(html).toMatch(/7\.735<sup>\(1\)<\/sup>/);
      expect(html).toContain('(1) DA4.1 · Vốn SN · Tổng được sử dụng · năm 2024');
    } finally {
      service.close();
    }
  });
});

describe('Bảng đối chiếu, same book and year', () => {
  it('gives her books the Giao of Tình hình giao vốn, project by project and capital type by capital type', async () => {
    const service = new Service(Book.open(book, { readonly: true }));
    let html: string;
    try {
      ({ html } = await service.call('printSheet', { sheet: 'doi-chieu', program: 'GNBV', origin: 'books', year: Number(YEAR), project: null, scale: 'trieu', collapsed: [], date: '2026-01-05' }));
    } finally {
      service.close();
    }
    // each line is a <tbody>: its code in the first row, then a row per capital type, her books first
    const books = new Map<string, number>();
    for (const body of html.split('<tbody>').slice(1)) {
      const code = /<td class="center" rowspan="\d+">([^<]+)<\/td>/.exec(body)?.[1];
      for (const row of body.matchAll(/<td class="center">(Cộng|Vốn ĐT|Vốn SN)<\/td><td class="num">([^<]*)<\/td>/g)) {
        if (code && row[2]) books.set(`${code} ${row[1]}`, Number(row[2].replaceAll('.', '').replace(',', '.')));
      }
    }
    const gv = sheets.get('giao-von')!;
    const compared: string[] = [];
    for (const [k, name] of PROJECTS.entries()) {
      const g = rowOf(gv, 'B', name);
      for (const [capital, at] of [['Vốn ĐT', 0], ['Vốn SN', 1]] as const) {
        const printed = books.get(`DA${k + 1} ${capital}`);
        if (printed === undefined) continue;
        expect(printed, `DA${k + 1} ${capital}`).toBe(valueAt(gv, `${GIAO_VON.allocated![at]}${g}`));
        compared.push(`DA${k + 1} ${capital}`);
      }
    }
    expect(compared.length).toBeGreaterThanOrEqual(7);
  });
});

describe('Bảng tính như trên màn hình (the grid exported), same book and year', () => {
  it('marks the same figure, names the same finding, and prints readably: no 5 pt type, the row labels repeated', async () => {
    const out = path.join(dir, 'bang-tinh.xlsx');
    const res = await sovon('export', book, '--year', YEAR, '--out', out);
    expect(res.err).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const da4 = rowOf(ws, 'A', 'DA4');
    const header = rowOf(ws, 'A', 'Mã');
    // the column of Tổng được sử dụng, Vốn SN (the two header rows, in either order)
    let col = 0;
    for (let c = 3; c <= ws.columnCount && !col; c++) {
      const words = [ws.getCell(header, c).master.value, ws.getCell(header + 1, c).value];
      if (words.includes('Tổng được sử dụng') && words.includes('Vốn SN')) col = c;
    }
    expect(col).toBeGreaterThan(0);
    expect(ws.getCell(da4, col).value).toBe(7_735_000_000);
    expect(String(ws.getCell(da4, col).numFmt)).toContain('"(1)"');
    const note = ws.getCell(`A${rowOf(ws, 'A', '(1)')}`).value as string;
    expect(note).toContain('DA4.1 · Vốn SN · Tổng được sử dụng · năm 2024');
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(73);
    expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
  });
});

afterAll(() => undefined);
