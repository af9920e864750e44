// Issue 16, first slice: "Bảng tính như trên màn hình" written as an .xlsx, figures exact in đồng
// and shown in her unit by the number format.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;
beforeAll(async () => {
  dir = tempDir('export');
  book = path.join(dir, 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
});

async function rowsOf(file: string): Promise<{ ws: ExcelJS.Worksheet; byCode: Map<string, number> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const byCode = new Map<string, number>();
  ws.eachRow((row, r) => { if (r > 6 && !/^Mã kiểm tra/.test(String(row.getCell(1).value))) byCode.set(String(row.getCell(1).value ?? ''), r); });
  return { ws, byCode };
}

describe('the year\'s sheet as an Excel workbook', () => {
  it('writes each figure in đồng and shows it in triệu, with the unit, the title and the header', async () => {
    const out = path.join(dir, 'bang-2023.xlsx');
    const res = await sovon('export', book, '--year', '2023', '--out', out);
    expect(res).toMatchObject({ code: 0 });
    const { ws, byCode } = await rowsOf(out);
    expect(String(ws.getCell('A2').value)).toContain('TÌNH HÌNH VỐN NĂM 2023 (Sổ kế toán đơn vị)');
    expect(ws.getRow(5).values).toEqual(expect.arrayContaining(['Mã', 'Nội dung', 'Vốn ĐT', 'Vốn SN', 'Cộng']));
    expect(ws.getRow(6).values).toEqual(expect.arrayContaining(['Chuyển nguồn', 'Giao', 'Tỷ lệ %']));
    // DA5's recurrent allocation: 12.060 triệu, stated (upright); DA7's disbursement computed (italic)
    const da5 = ws.getRow(byCode.get('DA5')!);
    const allocatedSn = da5.getCell(3 + 8 + 1);
    expect(allocatedSn.value).toBe(12_060_000_000);
    expect(allocatedSn.numFmt).toBe('#,##0.###,,');
    expect(allocatedSn.font?.italic).not.toBe(true);
    const da7 = ws.getRow(byCode.get('DA7')!);
    expect(da7.getCell(3 + 8 + 4).value).toBe(1_098_000_000);
    expect(da7.getCell(3 + 8 + 4).font?.italic).toBe(true);
    // the unit at the right of what prints on the first page (the figures go on over several)
    expect((ws.getRow(3).values as unknown[]).filter(Boolean)).toEqual(['Đơn vị tính: triệu đồng']);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '5:6' });
    // the history it was exported from, under the table and at the foot of each printed page: the book's own code
    const { Book } = await import('../../electron/backend/book/book');
    const opened = Book.open(book, { readonly: true });
    const code = opened.checkCode();
    opened.close();
    expect(ws.getCell(ws.rowCount, 1).value).toBe(`Mã kiểm tra: ${code}`);
    expect(ws.headerFooter.oddFooter).toContain(`Mã kiểm tra: ${code}`);
  });

  it('shows one project in đồng when asked, and refuses a folder as the file', async () => {
    const out = path.join(dir, 'da5.xlsx');
    expect((await sovon('export', book, '--year', '2023', '--project', 'DA5', '--scale', 'dong', '--out', out)).code).toBe(0);
    const { ws, byCode } = await rowsOf(out);
    expect([...byCode.keys()].filter(Boolean)).toEqual(['DA5']);
    expect(ws.getRow(byCode.get('DA5')!).getCell(12).numFmt).toBe('#,##0');
    expect(await sovon('export', book, '--year', '2023', '--out', dir)).toMatchObject({ code: 1, err: expect.stringMatching(/là một thư mục/) });
  });
});
