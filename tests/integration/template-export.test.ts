// Issue 16: the bundled templates filled from the demo book, read back with exceljs: every figure
// is the book's, subtotal formulas grow over the copied rows, and the template's look stays.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { listZip, readEntry } from '../../electron/backend/import/zip-entries';
import { Service } from '../../electron/backend/service/service';
import { amountIn } from '../../shared/template/amount';
import type { Dong } from '../../shared/money';
import type { Sheet } from '../../shared/sheet/sheet';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;
let service: Service;
let lastOut = '';
const sheets = new Map<string, Sheet>();

beforeAll(async () => {
  dir = tempDir('template');
  book = path.join(dir, 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  service = new Service(Book.open(book, { readonly: true }));
});
afterAll(() => service.close());

async function sheetOf(year: number, project: string | null = null): Promise<Sheet> {
  const key = `${year}${project}`;
  if (!sheets.has(key)) sheets.set(key, await service.call('getSheet', { program: 'GNBV', origin: 'books', year, project }));
  return sheets.get(key)!;
}

async function exported(...args: string[]): Promise<ExcelJS.Workbook> {
  const out = path.join(dir, `${args.join('-').replace(/[^\w-]/g, '')}.xlsx`);
  const res = await sovon('export', book, ...args, '--date', '2026-01-05', '--out', out);
  expect(res.err).toBe('');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  lastOut = out;
  return wb;
}

function money(sheet: Sheet, rowCode: string, column: string, unit: 'trieu' | 'dong' = 'trieu'): number | null {
  const row = rowCode === 'GNBV' || rowCode === '*' ? sheet.rows[0]! : sheet.rows.find((r) => r.id === rowCode)!;
  const cell = row.cells[column as keyof typeof row.cells];
  if (!cell) return null;
  return cell.kind === 'money' ? amountIn(cell.dong as Dong, unit) : cell.percent;
}

const MEASURES = ['carry_in', 'allocated', 'adjusted', 'available', 'disbursed', 'rate', 'carry_out'];
const CAPS = ['DT', 'SN', 'ALL'];

describe('Tình hình giao vốn và giải ngân năm 2023', () => {
  it('writes every row of the year as the book has it, in triệu, under its title and date', async () => {
    const wb = await exported('--template', 'giao-von', '--year', '2023');
    const ws = wb.worksheets[0]!;
    const sheet = await sheetOf(2023);
    expect(ws.getCell('A7').value).toBe('TÌNH HÌNH GIAO VỐN VÀ GIẢI NGÂN NĂM 2023');
    expect(ws.getCell('A4').value).toBe('ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ');
    // the heading stays within the first printed page's columns (the page rule of issue 28)
    expect(new Set((ws.getRow(5).values as unknown[]).filter(Boolean).map(String))).toEqual(new Set(['Phong Thổ, ngày 05 tháng 01 năm 2026']));
    expect(ws.getCell('A9').value).toBe('Đơn vị tính: triệu đồng');
    // TỔNG SỐ on row 13, then every row of the tree below the programme, in its order
    const rows = sheet.rows.slice(1);
    expect(ws.getCell('B13').value).toBe('TỔNG SỐ');
    rows.forEach((row, i) => expect(ws.getCell(14 + i, 2).value).toBe(row.label));
    let checked = 0;
    for (const [i, row] of [sheet.rows[0]!, ...rows].entries()) {
      MEASURES.forEach((m, g) => CAPS.forEach((c, k) => {
        const want = money(sheet, row.id, `${m}:${c}`);
        const got = ws.getCell(13 + i, 3 + g * 3 + k).value;
        expect(got ?? null, `${row.id} ${m}:${c}`).toBe(want);
        if (want !== null) checked++;
      }));
    }
    expect(checked).toBeGreaterThan(150);
    // "#,##0.###" of the template: each figure with the decimals it has, no trailing point in Excel
    const formats = new Set<string>();
    for (let r = 13; r < 13 + sheet.rows.length; r++) {
      const cell = ws.getCell(r, 3);
      if (typeof cell.value !== 'number') continue;
      formats.add(cell.numFmt);
      expect(cell.numFmt).toBe(Number.isInteger(cell.value) ? '#,##0' : `#,##0.${'0'.repeat(String(cell.value).split('.')[1]!.length)}`);
    }
    expect(formats).toContain('#,##0');
    expect(ws.getCell('C13').value).toBe(5257); // the seed: 5.257 triệu ĐT carried into 2023
    expect(ws.getCell(14, 1).value).toBe('I');
    expect(ws.getCell(14, 2).font?.bold).toBe(true); // a project's row, bold
    expect(ws.getCell(15, 2).font?.bold).not.toBe(true);
  });

  it('keeps to the project chosen: its rows only, its total on top', async () => {
    const wb = await exported('--template', 'giao-von', '--year', '2023', '--project', 'DA3');
    const ws = wb.worksheets[0]!;
    const sheet = await sheetOf(2023, 'DA3');
    expect(ws.getCell('G13').value).toBe(money(sheet, 'DA3', 'allocated:SN'));
    expect(ws.getCell('G13').value).toBe(5807);
    expect(ws.getCell('B14').value).toBe(sheet.rows[1]!.label);
    expect(ws.getCell(13 + sheet.rows.length, 2).value).toBeNull();
  });
});

describe('Tổng hợp giai đoạn 2022-2024', () => {
  it('gives each year a row and the period its figures: the seed\'s 273.187 and 383.032 triệu, and its own rate', async () => {
    const wb = await exported('--template', 'giai-doan', '--year', '2024', '--years', '2022-2024');
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A7').value).toBe('TỔNG HỢP TÌNH HÌNH PHÂN BỔ VÀ SỬ DỤNG VỐN GIAI ĐOẠN 2022-2024');
    for (const [i, y] of [2022, 2023, 2024].entries()) {
      const sheet = await sheetOf(y);
      expect(ws.getCell(13 + i, 2).value).toBe(`Năm ${y}`);
      expect(ws.getCell(13 + i, 3).value).toBe(money(sheet, 'GNBV', 'allocated:DT'));
      expect(ws.getCell(13 + i, 4).value).toBe(money(sheet, 'GNBV', 'allocated:SN'));
      expect(ws.getCell(13 + i, 5).value).toBe(money(sheet, 'GNBV', 'allocated:ALL'));
    }
    // the seed's section II: 71.570 + 116.200 + 85.417 = 273.187 triệu of investment money
    expect([13, 14, 15].map((r) => ws.getCell(r, 3).value)).toEqual([71570, 116200, 85417]);
    expect(ws.getCell('C16').value).toBe(273187);
    expect(ws.getCell('E16').value).toBe(383032);
    expect(ws.getCell('B16').value).toBe('Cả giai đoạn 2022-2024');
    expect(typeof ws.getCell('I16').value).toBe('number');
    expect(ws.pageSetup.printArea).toMatch(/^A1:N\d+$/);
  });
});

describe('Đối chiếu chuyển nguồn (04-SDKP/ĐVDT)', () => {
  it('lists the projects under each kind of money, in đồng, with the form\'s arithmetic as formulas', async () => {
    const wb = await exported('--template', 'chuyen-nguon', '--year', '2023');
    const ws = wb.worksheets[0]!;
    const sheet = await sheetOf(2023);
    // the published form's title and arithmetic: 11 = 5 − 9 (Mẫu số 20f, docs/kho-bac-mau.md §5)
    expect(ws.getCell('A7').value).toBe('TÌNH HÌNH THỰC HIỆN DỰ TOÁN CỦA CÁC NHIỆM VỤ ĐƯỢC CHUYỂN NGUỒN SANG NĂM SAU CỦA NĂM 2023 CHUYỂN SANG NĂM 2024');
    expect(ws.getRow(12).values).toEqual(expect.arrayContaining(['5 = 6+7+8', '11 = 5 - 9']));
    expect(ws.getCell('K10').value).toBe('Số dư tại thời điểm 31/01 được chuyển sang năm sau');
    // 13 total, 14 section I, 15-21 projects (SN), 22 section II, 23-29 projects (ĐT)
    expect(ws.getCell('B15').value).toBe(sheet.rows.find((r) => r.id === 'DA1')!.label);
    expect(ws.getCell('G19').value).toBe(money(sheet, 'DA5', 'allocated:SN', 'dong'));
    expect(ws.getCell('G19').value).toBe(12_060_000_000);
    expect(ws.getCell('I23').value).toBe(money(sheet, 'DA1', 'disbursed:DT', 'dong'));
    expect(ws.getCell('E16').value).toEqual({ formula: 'F16+G16+H16' });
    expect(ws.getCell('K23').value).toEqual({ formula: 'E23-I23' });
    expect(ws.getCell('E14').value).toEqual({ formula: 'SUM(E15:E21)' });
    expect(ws.getCell('E22').value).toEqual({ formula: 'SUM(E23:E29)' });
    expect(ws.getCell('E13').value).toEqual({ formula: 'E14+E22' });
    expect(ws.getCell('A13').value).toBeNull();
    expect(ws.getCell('A22').value).toBe('II');
  });
});

describe('what every export carries', () => {
  it('records the book, origin and moment, and asks for a recalculation on open', async () => {
    const wb = await exported('--template', 'giai-doan', '--year', '2023');
    expect(wb.creator).toBe('Sổ Vốn');
    expect(wb.description).toContain(path.basename(book));
    expect(wb.description).not.toContain(dir);
    const bytes = fs.readFileSync(lastOut);
    expect(readEntry(bytes, listZip(bytes), 'xl/workbook.xml')!.toString()).toContain('fullCalcOnLoad="1"');
    const stamp = wb.getWorksheet('SoVon')!;
    expect(stamp.state).toBe('veryHidden');
    expect(stamp.getCell('B4').value).toBe('books');
    expect(String(stamp.getCell('B8').value)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('says why a year range is wrong, or a template is unknown', async () => {
    const bad = await sovon('export', book, '--template', 'giai-doan', '--years', '2024-2022', '--out', path.join(dir, 'x.xlsx'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Giai đoạn "2024-2022" không đúng');
    const unknown = await sovon('export', book, '--template', 'khong-co', '--year', '2023', '--out', path.join(dir, 'x.xlsx'));
    expect(unknown.err).toContain('Không có mẫu báo cáo "khong-co"');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('the open findings an export covers', () => {
  it('lists the seed\'s contradictions about the figures printed, and none outside the project chosen', async () => {
    const all = await service.call('templateFlags', { program: 'GNBV', origin: 'books', from: 2022, to: 2024, project: null });
    expect(all.findings.map((f) => f.message).join('\n')).toContain('197.770');
    expect(all.findings.every((f) => ['error', 'warning', 'rounding'].includes(f.severity))).toBe(true);
    const da5 = await service.call('templateFlags', { program: 'GNBV', origin: 'books', from: 2023, to: 2023, project: 'DA5' });
    expect(da5.findings.length).toBeLessThan(all.findings.length);
    expect(da5.findings.map((f) => f.message).join('\n')).not.toContain('197.770');
  });
});
