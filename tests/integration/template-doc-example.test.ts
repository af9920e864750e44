// The worked example of docs/mau-bao-cao.md, section 5, typed as the document says: what it
// promises is what the export gives.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;
beforeAll(async () => {
  dir = tempDir('doc-example');
  book = path.join(dir, 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
});

async function docTemplate(row9: Record<string, string>, total: Record<string, string | { formula: string }>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 1');
  ws.getCell('A1').value = '{{cơ quan chủ quản in hoa}}';
  ws.getCell('E1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.getCell('A2').value = '{{tên đơn vị in hoa}}';
  ws.getCell('E2').value = 'Độc lập - Tự do - Hạnh phúc';
  ws.getCell('E3').value = '{{địa danh ngày lập}}';
  ws.getCell('A4').value = 'BÁO CÁO GIẢI NGÂN NĂM {{năm}}';
  ws.mergeCells('A4:E4');
  ws.getCell('E5').value = 'Đơn vị tính: {{đơn vị tính triệu}}';
  ws.getRow(6).values = ['STT', 'Dự án', 'Tổng vốn được sử dụng', 'Giải ngân', 'Tỷ lệ (%)'];
  ws.getRow(7).values = ['A', 'B', '1', '2', '3 = 2/1'];
  for (const [col, v] of Object.entries(total)) ws.getCell(`${col}8`).value = typeof v === 'string' ? v : (v as ExcelJS.CellFormulaValue);
  for (const [col, v] of Object.entries(row9)) ws.getCell(`${col}9`).value = v;
  ws.getCell('E11').value = '{{chức danh thủ trưởng in hoa}}';
  ws.getCell('E15').value = '{{thủ trưởng}}';
  const file = path.join(dir, `doc-${Object.keys(row9).length}-${Date.now()}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function exportWith(template: string, ...args: string[]): Promise<ExcelJS.Worksheet> {
  const out = path.join(dir, `out-${path.basename(template)}`);
  const res = await sovon('export', book, '--template', template, ...args, '--date', '2026-01-05', '--out', out);
  expect(res.err).toBe('');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb.getWorksheet('Biểu 1')!;
}

it('gives seven project rows, a grown total and the signers moved down, as section 5 says', async () => {
  const template = await docTemplate(
    { A: '{{lặp dự án}}{{stt}}', B: '{{tên}}', C: '{{được sử dụng}}', D: '{{giải ngân}}', E: '{{tỷ lệ}}' },
    { B: 'TỔNG SỐ', C: { formula: 'SUM(C9:C9)' }, D: { formula: 'SUM(D9:D9)' }, E: { formula: 'IF(C8=0,"",D8/C8*100)' } },
  );
  const ws = await exportWith(template, '--year', '2023');
  expect(ws.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
  expect(ws.getCell('E3').value).toBe('Phong Thổ, ngày 05 tháng 01 năm 2026');
  expect(ws.getCell('A4').value).toBe('BÁO CÁO GIẢI NGÂN NĂM 2023');
  expect(ws.getCell('E5').value).toBe('Đơn vị tính: triệu đồng');
  expect(ws.getCell('B9').value).toMatch(/^Dự án 1/);
  expect(ws.getCell('B15').value).toMatch(/^Dự án 7/);
  expect(ws.getCell('C8').value).toEqual({ formula: 'SUM(C9:C15)' });
  expect(ws.getCell('E17').value).toBe('THỦ TRƯỞNG ĐƠN VỊ');
  expect(ws.getCell('A17').value).toBeNull();
  expect(typeof ws.getCell('C13').value).toBe('number');
  // one rule for every rate: the total's D/C is the programme's rate, as each row's is its own
  const sum = (col: string) => [9, 10, 11, 12, 13, 14, 15].reduce((n, r) => n + ((ws.getCell(`${col}${r}`).value as number | null) ?? 0), 0);
  expect(Math.round((sum('D') / sum('C')) * 10000) / 100).toBe(95.44);
  for (let r = 9; r <= 15; r++) {
    const [c, d, e] = ['C', 'D', 'E'].map((col) => ws.getCell(`${col}${r}`).value as number | null);
    if (c && typeof d === 'number' && typeof e === 'number') expect(Math.abs((d / c) * 100 - e)).toBeLessThan(0.01);
  }
});

it('keeps to one project with --project, and * is that project', async () => {
  const template = await docTemplate(
    { A: '{{lặp dự án}}{{stt}}', B: '{{tên}}', C: '{{giao}}' },
    { B: 'TỔNG SỐ', C: '{{* giao}}' },
  );
  const ws = await exportWith(template, '--year', '2023', '--project', 'DA3');
  expect(ws.getCell('B9').value).toMatch(/^Dự án 3/);
  expect(ws.getCell('B10').value).toBeNull();
  expect(ws.getCell('C8').value).toBe(ws.getCell('C9').value);
});

it('repeats the years of a period, with the period named in words', async () => {
  const template = await docTemplate(
    { A: '{{lặp năm}}{{stt}}', B: 'Năm {{năm}}', C: '{{* giao}}', D: '{{* giải ngân}}' },
    { B: 'Giai đoạn {{giai đoạn}} ({{năm đầu giai đoạn}} đến {{năm cuối}})', C: { formula: 'SUM(C9:C9)' } },
  );
  const ws = await exportWith(template, '--year', '2024', '--years', '2022-2024');
  expect([9, 10, 11].map((r) => ws.getCell(r, 2).value)).toEqual(['Năm 2022', 'Năm 2023', 'Năm 2024']);
  expect([9, 10, 11].map((r) => ws.getCell(r, 3).value)).toEqual([84530, 161128, 137374]);
  expect(ws.getCell('B8').value).toBe('Giai đoạn 2022-2024 (2022 đến 2024)');
  expect(ws.getCell('C8').value).toEqual({ formula: 'SUM(C9:C11)' });
});
