// A template of her own, as the province might send it: a repeating row with a merged cell and a
// subtotal under it, formulas below, a print area and title rows. Filled, everything below moves
// as Excel would move it; text from the book is text; figures are in the unit the sheet says.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;

beforeAll(async () => {
  dir = tempDir('template-fill');
  book = path.join(dir, 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
});

/** Rows 1-3 title, 4 header (printed on every page), 5 the repeat, 6 subtotal, 8 a check below. */
async function provinceTemplate(file: string, extra: (ws: ExcelJS.Worksheet) => void = () => {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 1', { pageSetup: { orientation: 'landscape', paperSize: 9, printTitlesRow: '4:4' } });
  ws.getCell('A1').value = 'BÁO CÁO NĂM {{năm}} CỦA {{tên đơn vị in hoa}}';
  ws.mergeCells('A1:E1');
  ws.getCell('E2').value = 'Đơn vị tính: {{đơn vị tính đồng}}';
  ws.getRow(4).values = ['STT', 'Dự án', '', 'Giao SN', 'Giao SN (triệu)'];
  ws.mergeCells('B4:C4');
  ws.getRow(5).values = ['{{lặp dự án}}{{stt}}', '{{tên}}', '', '{{giao SN}}', '{{giao SN triệu}}'];
  ws.mergeCells('B5:C5');
  ws.getRow(5).height = 33;
  ws.getCell('D5').font = { name: 'Times New Roman', size: 12, italic: true };
  ws.getCell('D5').numFmt = '#,##0';
  ws.getRow(6).values = ['', 'Cộng', '', { formula: 'SUM(D5:D5)' } as ExcelJS.CellFormulaValue, { formula: 'SUM(E5:E5)' } as ExcelJS.CellFormulaValue];
  ws.getCell('A8').value = { formula: 'D6-D10' } as ExcelJS.CellFormulaValue;
  ws.getCell('D10').value = '{{GNBV giao SN đồng}}';
  ws.getCell('B12').value = '{{thủ trưởng}}';
  ws.mergeCells('B12:C12');
  ws.getColumn(2).width = 40;
  ws.pageSetup.printArea = 'A1:E12';
  extra(ws);
  const out = path.join(dir, file);
  await wb.xlsx.writeFile(out);
  return out;
}

async function fill(template: string, ...args: string[]): Promise<ExcelJS.Worksheet> {
  const out = path.join(dir, `out-${path.basename(template)}`);
  const res = await sovon('export', book, '--template', template, '--year', '2023', ...args, '--out', out);
  expect(res.err).toBe('');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb.getWorksheet('Biểu 1')!;
}

describe('a repeating row in her own template', () => {
  it('a merged note beside the rows, from the repeating row down to the subtotal, grows with them', async () => {
    const ws = await fill(await provinceTemplate('tinh-ghi-chu.xlsx', (w) => {
      w.getCell('F5').value = 'Ghi chú';
      w.mergeCells('F5:F6');
    }));
    const merges = (ws.model.merges as string[]).sort();
    expect(merges).toContain('F5:F12');
    expect(merges).toContain('A1:E1');
    expect(merges).not.toContain('F5:F6');
  });

  it('is copied for each project, and what lies below moves with its formulas, merges and print area', async () => {
    const ws = await fill(await provinceTemplate('tinh.xlsx'));
    // seven projects: rows 5-11; the subtotal on 12 sums them all; the check below moved by six
    expect(ws.getCell('A1').value).toBe('BÁO CÁO NĂM 2023 CỦA ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ');
    expect(ws.getCell('E2').value).toBe('Đơn vị tính: đồng');
    expect([5, 6, 7, 8, 9, 10, 11].map((r) => ws.getCell(r, 1).value)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(ws.getCell('B5').value).toMatch(/^Dự án 1:/);
    expect(ws.getCell('B11').value).toMatch(/^Dự án 7:/);
    expect(ws.getCell('D9').value).toBe(12_060_000_000); // DA5, in đồng as the sheet says
    expect(ws.getCell('E9').value).toBe(12060); // the same, in triệu where the cell asks
    expect(ws.getCell('D12').value).toEqual({ formula: 'SUM(D5:D11)' });
    expect(ws.getCell('E12').value).toEqual({ formula: 'SUM(E5:E11)' });
    expect(ws.getCell('A14').value).toEqual({ formula: 'D12-D16' });
    expect(ws.getCell('D16').value).toBe(44_928_000_000);
    expect(ws.getCell('B18').value).toBeNull(); // no name for the head yet: empty, not "{{thủ trưởng}}"
    const merges = (ws.model.merges as string[]).sort();
    expect(merges).toEqual(['A1:E1', 'B10:C10', 'B11:C11', 'B18:C18', 'B4:C4', 'B5:C5', 'B6:C6', 'B7:C7', 'B8:C8', 'B9:C9'].sort());
    expect(ws.pageSetup.printArea).toBe('A1:E18');
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
    for (let r = 5; r <= 11; r++) {
      expect(ws.getRow(r).height).toBe(33);
      expect(ws.getCell(r, 4).font).toMatchObject({ name: 'Times New Roman', size: 12, italic: true });
      expect(ws.getCell(r, 4).numFmt).toBe('#,##0');
    }
    expect(ws.getColumn(2).width).toBe(40);
  });

  it('writes a name from the book that starts with = + - @ as text, never as a formula', async () => {
    const service = new Service(Book.open(book));
    const names = ['=HYPERLINK("http://x","y")', '+1+1', '-2', '@SUM(A1)'];
    for (const name of names) await service.call('addLine', { program: 'GNBV', parentRowId: 'DA6.1', kind: 'content', name });
    service.close();
    const template = await provinceTemplate('noi-dung.xlsx', (ws) => { ws.getCell('A5').value = '{{lặp dòng của DA6.1}}{{stt}}'; });
    const out = path.join(dir, 'noi-dung-out.xlsx');
    expect((await sovon('export', book, '--template', template, '--year', '2023', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Biểu 1')!;
    expect([5, 6, 7, 8].map((r) => ws.getCell(r, 2).value)).toEqual(names);
    for (let r = 5; r <= 8; r++) expect(ws.getCell(r, 2).type).toBe(ExcelJS.ValueType.String);
  });

  it('leaves the row empty when the list is: the subtotal still stands', async () => {
    const template = await provinceTemplate('rong.xlsx', (ws) => { ws.getCell('A5').value = '{{lặp công trình của DA5}}{{stt}}'; });
    const ws = await fill(template);
    expect(ws.getCell('B5').value).toBeNull();
    expect(ws.getCell('D6').value).toEqual({ formula: 'SUM(D5:D5)' });
  });
});

describe('units and rates as the province\'s sheet shows them', () => {
  it('reads "ĐVT: triệu đồng" typed as plain text, and gives a percent-formatted cell a fraction', async () => {
    const template = await provinceTemplate('dvt.xlsx', (ws) => {
      ws.getCell('E2').value = 'ĐVT: triệu đồng';
      ws.getCell('D10').value = '{{DA5 giao SN}}';
      ws.getCell('E10').value = '{{GNBV tỷ lệ ĐT}}';
      ws.getCell('E10').numFmt = '0.00%';
      ws.getCell('E11').value = '{{GNBV tỷ lệ ĐT}}';
      ws.getCell('E11').numFmt = '0.00';
    });
    const ws = await fill(template);
    expect(ws.getCell('D9').value).toBe(12060);
    expect(ws.getCell('D16').value).toBe(12060);
    const percent = ws.getCell('E17').value as number;
    expect(percent).toBeGreaterThan(1);
    expect(ws.getCell('E16').value as number).toBeCloseTo(percent / 100, 10);
  });
});

describe('round trip: an export read back gives the stated claims', () => {
  it('finds each claim of her 2023 books on its project row, in đồng', async () => {
    const template = await provinceTemplate('claims.xlsx');
    const ws = await fill(template);
    const claims = JSON.parse((await sovon('claims', 'export', book, '--origin', 'books')).out) as { claims: { year?: number; node: string; capital?: string; measure: string; unit?: string; source?: string; value: number; scale: string }[] };
    const projects = claims.claims.filter((c) => c.year === 2023 && /^DA\d$/.test(c.node) && c.capital === 'SN' && c.measure === 'allocated' && !c.unit && !c.source);
    expect(projects.length).toBeGreaterThan(0);
    for (const c of projects) {
      const row = 4 + Number(c.node.slice(2));
      expect(c.scale).toBe('dong');
      const stated = c.value;
      expect(ws.getCell(row, 4).value, c.node).toBe(stated);
    }
  });
});

describe('adding a template to the book', () => {
  it('refuses one with bad placeholders, naming each cell, and saves nothing', async () => {
    const bad = await provinceTemplate('sai.xlsx', (ws) => {
      ws.getCell('D5').value = '{{giai ngam SN}}';
      ws.getCell('D10').value = '{{DA9 giao}}';
    });
    const res = await sovon('templates', 'add', book, bad);
    expect(res.code).toBe(1);
    expect(res.err).toContain('chưa được thêm: 2 chỗ điền cần sửa');
    expect(res.err).toContain('Trang "Biểu 1", ô D5: {{giai ngam SN}} — không hiểu "giai ngam"');
    expect(res.err).toContain('Trang "Biểu 1", ô D10: {{DA9 giao}} — không có dòng mã "DA9"');
    const list = JSON.parse((await sovon('templates', book, '--json')).out) as { source: string }[];
    expect(list.filter((t) => t.source === 'book')).toEqual([]);
  });

  it('refuses a file that is not a workbook', async () => {
    const junk = path.join(dir, 'junk.xlsx');
    fs.writeFileSync(junk, 'not a zip');
    const res = await sovon('templates', 'add', book, junk);
    expect(res.code).toBe(1);
    expect(res.err).toContain('không đọc được như một tệp Excel .xlsx');
  });

  it('adds a clean one, exports with it by id, replaces it and removes it', async () => {
    const good = await provinceTemplate('Mẫu tỉnh Lai Châu.xlsx');
    const added = await sovon('templates', 'add', book, good, '--json');
    expect(added.code).toBe(0);
    const info = JSON.parse(added.out) as { id: string; name: string; source: string };
    expect(info).toMatchObject({ id: 'mau-mau-tinh-lai-chau', name: 'Mẫu tỉnh Lai Châu', source: 'book' });
    const ws = await fill(info.id);
    expect(ws.getCell('D9').value).toBe(12_060_000_000);
    const replaced = await sovon('templates', 'add', book, good, '--replace', info.id, '--name', 'Mẫu tỉnh (2026)');
    expect(replaced.out).toContain('Mẫu tỉnh (2026)');
    const list = JSON.parse((await sovon('templates', book, '--json')).out) as { id: string; name: string }[];
    expect(list.filter((t) => t.id === info.id)).toEqual([expect.objectContaining({ name: 'Mẫu tỉnh (2026)' })]);
    expect((await sovon('templates', 'remove', book, info.id)).code).toBe(0);
    expect((await sovon('templates', book)).out).not.toContain(info.id);
  });
});
