// Issue 28, the template language: a phase's figures, placeholders read exactly or refused,
// sentences with a figure the book lacks, nested repeats, row heights, template ids.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;
let n = 0;

beforeAll(async () => {
  dir = tempDir('template-28');
  book = path.join(dir, 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
});

/** A one-sheet template with these cells (and row heights), written to a file. */
async function template(cells: Record<string, string>, heights: Record<number, number> = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 1');
  for (const [address, text] of Object.entries(cells)) ws.getCell(address).value = text;
  for (const [row, h] of Object.entries(heights)) ws.getRow(Number(row)).height = h;
  const out = path.join(dir, `t${++n}.xlsx`);
  await wb.xlsx.writeFile(out);
  return out;
}

async function exported(file: string, ...args: string[]): Promise<{ ws: ExcelJS.Worksheet | null; err: string }> {
  const out = path.join(dir, `out${++n}.xlsx`);
  const res = await sovon('export', book, '--template', file, '--year', '2023', '--date', '2026-01-05', ...args, '--out', out);
  if (res.code !== 0) return { ws: null, err: res.err };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return { ws: wb.getWorksheet('Biểu 1')!, err: res.err };
}

describe('a phase that begins before the book has figures (item 7)', () => {
  it('adds up the years it has: "Cả giai đoạn 2021-2023" of Tổng hợp giai đoạn is 2022 + 2023', async () => {
    const out = path.join(dir, 'giai-doan.xlsx');
    expect((await sovon('export', book, '--template', 'giai-doan', '--year', '2023', '--years', '2021-2023', '--out', out)).err).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    let phase = 0;
    ws.eachRow((row, r) => { if (String(row.getCell(2).value).startsWith('Cả giai đoạn')) phase = r; });
    expect(ws.getCell(phase, 2).value).toBe('Cả giai đoạn 2021-2023');
    expect(ws.getCell(phase, 3).value).toBe(71570 + 116200); // giao ĐT 2022 + 2023
    expect(ws.getCell(phase, 8).value).toBe(70977 + 166708); // giải ngân, Tổng số
    expect(ws.getCell(phase, 14).value).toBe(7973); // chuyển năm sau: the last year's
  });

  it('reads the same from the window\'s engine as from the book read afresh', async () => {
    const file = await template({ A1: '{{GNBV giao giai đoạn 2021-2023}}', A2: '{{GNBV chuyển sang giai đoạn 2021-2023}}' });
    const service = new Service(Book.open(book, { readonly: true }));
    try {
      await service.call('runChecks', { program: 'GNBV', year: 2023, origin: null });
      const bytes = (await import('node:fs')).readFileSync(file).toString('base64');
      const r = await service.call('exportTemplate', { program: 'GNBV', year: 2023, project: null, file: { fileName: 't.xlsx', data: bytes } });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(r.data, 'base64') as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('Biểu 1')!;
      expect(ws.getCell('A1').value).toBe(84530 + 161128);
      const fresh = (await exported(file)).ws!;
      expect(fresh.getCell('A1').value).toBe(ws.getCell('A1').value);
      expect(fresh.getCell('A2').value).toBe(ws.getCell('A2').value);
    } finally {
      service.close();
    }
  });
});

describe('a placeholder is understood exactly (item 1)', () => {
  it('"năm đầu" and "năm cuối (giai đoạn)" in a figure are the first and last year of the phase, not its total', async () => {
    const file = await template({
      A1: '{{GNBV giao năm đầu}}', A2: '{{GNBV giao năm đầu giai đoạn}}', A3: '{{GNBV giao năm cuối giai đoạn}}',
      A4: '{{GNBV giao giai đoạn}}', A5: '{{năm đầu}}-{{năm cuối giai đoạn}}', A6: '{{GNBV chuyển năm sau ĐT năm cuối}}',
    });
    const { ws } = await exported(file, '--years', '2022-2023');
    expect(ws!.getCell('A1').value).toBe(84530);
    expect(ws!.getCell('A2').value).toBe(84530);
    expect(ws!.getCell('A3').value).toBe(161128);
    expect(ws!.getCell('A4').value).toBe(84530 + 161128);
    expect(ws!.getCell('A5').value).toBe('2022-2023');
    expect(ws!.getCell('A6').value).toBe(109);
  });

  it('refuses, with its cell, what it cannot read exactly', async () => {
    const file = await template({ B2: '{{GNBV giao năm đầu giai đoạn 2021-2025}}', B3: '{{GNBV giao năm nay}}' });
    const { ws, err } = await exported(file);
    expect(ws).toBeNull();
    expect(err).toContain('ô B2');
    expect(err).toContain('ô B3');
  });
});

describe('blanks in sentences, and empty lists (item 4)', () => {
  it('a sentence whose figure the book lacks says so, without the unit that followed it', async () => {
    const file = await template({
      A1: 'Đã giải ngân {{GNBV giải ngân năm 2024}} triệu đồng, đạt {{GNBV tỷ lệ năm 2024}}%.',
      A2: 'Đã giải ngân {{GNBV giải ngân}} triệu đồng, đạt {{GNBV tỷ lệ}}%.',
    });
    const { ws } = await exported(file);
    expect(ws!.getCell('A1').value).toBe('Đã giải ngân (chưa có số liệu), đạt (chưa có số liệu).');
    expect(ws!.getCell('A2').value).toBe('Đã giải ngân 166.708 triệu đồng, đạt 95,44%.');
  });

  it('an empty list leaves its whole row empty: no stray text or formula', async () => {
    const wb = new ExcelJS.Workbook();
    const w = wb.addWorksheet('Biểu 1');
    w.getRow(5).values = ['{{lặp công trình của DA5}}{{stt}}', '{{tên}}', '-', '{{giao SN}}'];
    w.getCell('E5').value = { formula: 'D5*2' } as ExcelJS.CellFormulaValue;
    w.getCell('B6').value = 'Cộng';
    const file = path.join(dir, 'empty-list.xlsx');
    await wb.xlsx.writeFile(file);
    const { ws } = await exported(file);
    for (const c of ['A5', 'B5', 'C5', 'D5', 'E5']) expect(ws!.getCell(c).value, c).toBeNull();
    expect(ws!.getCell('B6').value).toBe('Cộng');
  });
});

describe('repeats nest (item 2)', () => {
  it('{{lặp dự án}} over {{lặp tiểu dự án của *}}: each project followed by its own sub-projects', async () => {
    const wb = new ExcelJS.Workbook();
    const w = wb.addWorksheet('Biểu 1');
    w.getRow(4).values = ['STT', 'Nội dung', '', 'Giao SN'];
    w.getRow(5).values = ['{{lặp dự án}}{{stt}}', '{{tên}}', '', '{{giao SN}}'];
    w.getRow(6).values = ['{{lặp tiểu dự án của *}}{{stt}}', '{{tên}}', '', '{{giao SN}}'];
    w.getCell('E6').value = { formula: 'D6*1' } as ExcelJS.CellFormulaValue;
    w.getCell('A5').font = { bold: true };
    w.getRow(7).values = ['', 'Cộng', '', { formula: 'SUM(D5:D6)' } as ExcelJS.CellFormulaValue];
    w.getCell('B9').value = '{{GNBV giao SN}}';
    const file = path.join(dir, 'nested.xlsx');
    await wb.xlsx.writeFile(file);
    const { ws } = await exported(file);
    const codes: string[] = [];
    for (let r = 5; typeof ws!.getCell(r, 2).value === 'string' && ws!.getCell(r, 2).value !== 'Cộng'; r++) codes.push(`${ws!.getCell(r, 1).value} ${String(ws!.getCell(r, 2).value).split(':')[0]}`);
    expect(codes.slice(0, 6)).toEqual(['1 Dự án 1', '1 Tiểu dự án 1', '2 Tiểu dự án 2', '2 Dự án 2', '3 Dự án 3', '1 Tiểu dự án 1']);
    const end = 5 + codes.length;
    expect(ws!.getCell(end, 2).value).toBe('Cộng');
    expect(ws!.getCell(end, 4).value).toEqual({ formula: `SUM(D5:D${end - 1})` });
    expect(ws!.getCell(end + 2, 2).value).toBe(44928);
    // each row has its template row's look and formulas: the projects bold, a sub-project's formula its own
    expect(ws!.getCell(8, 1).font?.bold).toBe(true);
    expect(ws!.getCell(6, 5).value).toEqual({ formula: 'D6*1' });
    expect(ws!.getCell(7, 5).value).toEqual({ formula: 'D7*1' });
    expect(ws!.getCell(8, 5).value).toBeNull();
  });
});

describe('row heights move with their rows (item 3)', () => {
  it('copies take the template row\'s height (or none), and a 5 pt spacer below stays a spacer', async () => {
    const file = await template({ A5: '{{lặp dự án}}{{stt}}', B5: '{{mã}}', B7: 'Cộng', B9: '{{thủ trưởng}}' }, { 6: 5, 7: 25, 8: 40 });
    const { ws } = await exported(file);
    // seven projects on rows 5-11, the spacer on 12, the total on 13
    for (let r = 5; r <= 11; r++) expect(ws!.getRow(r).height ?? 15, `row ${r}`).toBeGreaterThanOrEqual(15);
    expect(ws!.getRow(12).height).toBe(5);
    expect(ws!.getCell('B13').value).toBe('Cộng');
    expect(ws!.getRow(13).height).toBe(25);
    expect(ws!.getRow(14).height).toBe(40);
  });

  it('a template row of its own height gives it to each copy', async () => {
    const file = await template({ A5: '{{lặp dự án}}{{stt}}', B5: '{{mã}}', B7: 'Cộng' }, { 5: 21, 6: 5 });
    const { ws } = await exported(file);
    for (let r = 5; r <= 11; r++) expect(ws!.getRow(r).height, `row ${r}`).toBe(21);
    expect(ws!.getRow(12).height).toBe(5);
  });
});

describe('a phase from a named origin (item 5)', () => {
  it('fills what report-II states for 2022-2024, its own rate included, not a rate worked out again', async () => {
    const file = await template({
      A1: '{{GNBV giao giai đoạn 2022-2024 | theo: report-II}}',
      A2: '{{GNBV giải ngân ĐT giai đoạn 2022-2024 | theo: report-II}}',
      A3: '{{GNBV tỷ lệ ĐT giai đoạn 2022-2024 | theo: report-II}}',
      A4: '{{GNBV tỷ lệ SN giai đoạn 2022-2024 | theo: report-II}}',
      A5: '{{GNBV giao giai đoạn | theo: report-II}}',
    });
    for (const engine of [false, true]) {
      const ws = engine ? await viaEngine(file, ['--years', '2022-2024']) : (await exported(file, '--years', '2022-2024')).ws!;
      expect(ws.getCell('A1').value).toBe(383032);
      expect(ws.getCell('A2').value).toBe(197770);
      expect(ws.getCell('A3').value).toBe(73);
      expect(ws.getCell('A4').value).toBe(45.99);
      expect(ws.getCell('A5').value).toBe(383032);
    }
  });
});

/** The same template filled by the window's engine (built by a check first). */
async function viaEngine(file: string, args: string[]): Promise<ExcelJS.Worksheet> {
  const service = new Service(Book.open(book, { readonly: true }));
  try {
    await service.call('runChecks', { program: 'GNBV', year: 2023, origin: null });
    const years = args[0] === '--years' ? { years: { from: +args[1]!.slice(0, 4), to: +args[1]!.slice(5) } } : {};
    const data = (await import('node:fs')).readFileSync(file).toString('base64');
    const r = await service.call('exportTemplate', { program: 'GNBV', year: 2023, project: null, file: { fileName: 't.xlsx', data }, ...years });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data, 'base64') as unknown as ArrayBuffer);
    return wb.getWorksheet('Biểu 1')!;
  } finally {
    service.close();
  }
}

describe('template ids and names (item 6)', () => {
  it('gives a readable id, cut after a whole word, and refuses a second template of the same name, naming both ways on', async () => {
    const own = path.join(dir, 'own.sovon');
    expect((await sovon('new', own, '--demo')).code).toBe(0);
    const name = 'Báo cáo tình hình thực hiện chương trình mục tiêu quốc gia giảm nghèo';
    const file = path.join(dir, `${name}.xlsx`);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Biểu 1').getCell('A1').value = '{{GNBV giao}}';
    await wb.xlsx.writeFile(file);
    const first = await sovon('templates', 'add', own, file, '--json');
    expect(first.code).toBe(0);
    const id = JSON.parse(first.out).id as string;
    expect(id).toBe('mau-bao-cao-tinh-hinh-thuc-hien-chuong-trinh');
    const again = await sovon('templates', 'add', own, file);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`--replace ${id}`);
    expect(again.err).toContain('--name');
    expect((await sovon('templates', 'add', own, file, '--replace', id)).code).toBe(0);
    const renamed = await sovon('templates', 'add', own, file, '--name', 'Báo cáo tháng 6', '--json');
    expect(renamed.code).toBe(0);
    expect(JSON.parse(renamed.out).id).toBe('mau-bao-cao-thang-6');
    const list = JSON.parse((await sovon('templates', own, '--json')).out) as { id: string }[];
    expect(list.filter((t) => t.id.startsWith('mau-')).map((t) => t.id).sort()).toEqual(['mau-bao-cao-thang-6', id]);
  });
});
