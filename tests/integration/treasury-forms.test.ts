// Issue 32, the Treasury's forms: 01a-, 02a- and 04-SDKP/ĐVDT printed to sign and written to Excel
// for the portal, from her books and the Treasury's statement of the period. On the page every
// column formula holds row by row and the totals are the sums of the lines; the Treasury's figure
// that differs stands under her line; a quarter's "trong kỳ" is what she recorded within it; the
// 04 form says what the bundled 04 report says; LibreOffice opens the Excel forms and its own
// recalculation gives the printed figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { printSheet } from '../../electron/backend/service/print-calls';
import { Service } from '../../electron/backend/service/service';
import { printRequest } from '../../shared/print/request';
import { DA2, DA3, type StatementRow, statementBytes } from '../support/treasury-statement';
import { demoBookIn, sovon } from '../support/cli';
import { htmlToPdf } from '../../electron/backend/print/pdf';
import { pdfInfo, pdfText, squeeze } from '../support/pdf';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('treasury-forms'); });

const demo = (name: string) => demoBookIn(dir, name);

async function withStatement(name: string, rows: StatementRow[], period = '2023', label?: string): Promise<Service> {
  const service = new Service(Book.open(await demo(name)));
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await statementBytes(rows, label ? { period: label } : {}));
  await service.call('importTreasury', { program: 'GNBV', period, fileName: `${name}.xlsx`, data: fs.readFileSync(file).toString('base64'), dryRun: false });
  return service;
}

async function printed(service: Service, sheet: string, period: string): Promise<string> {
  return (await printSheet(service, printRequest.parse({ program: 'GNBV', sheet, year: Number(period.slice(0, 4)), period, scale: 'dong', date: '2024-01-20' }))).html;
}

/** The table's body rows as cell texts (the signatures' nested tables left out). */
function rowsOf(html: string): string[][] {
  const body = html.slice(html.indexOf('</thead>'), html.indexOf('<tr class="tail">'));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)]
    .map((c) => c[1]!.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim()));
}

/** "14.308.000.000" → 14308000000, "-" → 0, "" → null */
function num(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  return text === '-' ? 0 : Number(text.replace(/\./g, ''));
}

const lineFigures = (row: string[], keys: number) => row.slice(keys).map(num);
const v = (x: number | null | undefined) => x ?? 0;

const matching: StatementRow[] = [{ ...DA2, allocated: 10_515_000_000, disbursed: 14_308_000_000 }, { ...DA3, allocated: 5_807_000_000, disbursed: 6_334_000_000 }];
const slipped: StatementRow[] = [matching[0]!, { ...matching[1]!, disbursed: 6_334_000_000 - 12_500_000 }];

describe('01a-SDKP/ĐVDT printed', () => {
  it('every line holds 5 = 1 + 2 + 4 and 11 = 5 - 7 - 9, the total is the sum of the lines, the Treasury\'s differing figure stands under her line', async () => {
    const service = await withStatement('slip01a', slipped);
    try {
      const settings = service.book.tables.settings();
      await service.call('updateSettings', { settings: { ...settings, unitCode: '1034567', treasury: { chapter: '805', budgetLevel: '3', office: '2611' } } });
      const html = await printed(service, '01a-sdkp', '2023');
      expect(html).toContain('Mẫu số 01a-SDKP/ĐVDT');
      // her unit as the Treasury codes it (Tệp > Cài đặt)
      expect(html).toContain('<div>Mã chương: 805</div><div>Đơn vị: Ủy ban nhân dân huyện Phong Thổ</div><div>Mã ĐVQHNS: 1034567</div><div>Mã cấp NS: 3</div>');
      expect(html).toContain('Xác nhận của Kho bạc Nhà nước');
      const rows = rowsOf(html);
      const lines = rows.filter((r) => r.length === 16 && r[4] !== 'Số liệu tại KBNN');
      expect(lines.map((r) => [r[1], r[2], r[3]])).toEqual([['12', '398', '00510'], ['12', '398', '00520']]);
      for (const r of lines) {
        const f = lineFigures(r, 5);
        expect(v(f[4])).toBe(v(f[0]) + v(f[1]) + v(f[3]));
        expect(v(f[10])).toBe(v(f[4]) - v(f[6]) - v(f[8]));
      }
      // DA3: her books 6.334.000.000 used, the Treasury 6.321.500.000
      expect(lineFigures(lines[1]!, 5)[6]).toBe(6_334_000_000);
      const treasury = rows.filter((r) => r[4] === 'Số liệu tại KBNN');
      expect(treasury.map((r) => lineFigures(r, 5)[6])).toContain(6_321_500_000);
      const total = rows.find((r) => r[0] === 'Tổng cộng')!;
      const sums = lineFigures(total, 1);
      for (let c = 0; c < 11; c++) {
        const added = lines.reduce((s, r) => s + v(lineFigures(r, 5)[c]!), 0);
        expect(v(sums[c]!)).toBe(added);
      }
    } finally {
      service.close();
    }
  });

  it('a statement that matches her books to the đồng prints no Treasury row', async () => {
    const service = await withStatement('match01a', [{ ...matching[0]!, carryIn: 4_672_000_000 }, { ...matching[1]!, carryIn: 1_822_000_000 }]);
    try {
      for (const form of ['01a-sdkp', '02a-sdkp']) {
        const html = await printed(service, form, '2023');
        expect(rowsOf(html).some((r) => r.includes('Số liệu tại KBNN')), form).toBe(false);
        expect(html).not.toContain('khác số của đơn vị');
      }
    } finally {
      service.close();
    }
  });
});

describe('02a-SDKP/ĐVDT printed', () => {
  it('5 = 1 + 3 and 6 = 2 + 4 on every line, thực chi is her disbursement, the total is the sum of the lines', async () => {
    const service = await withStatement('slip02a', slipped);
    try {
      const rows = rowsOf(await printed(service, '02a-sdkp', '2023'));
      const lines = rows.filter((r) => r.length === 12 && r[1] !== 'Số liệu tại KBNN');
      expect(lines.map((r) => lineFigures(r, 6)[3])).toEqual([14_308_000_000, 6_334_000_000]);
      for (const r of lines) {
        const f = lineFigures(r, 6);
        expect(v(f[4])).toBe(v(f[0]) + v(f[2]));
        expect(v(f[5])).toBe(v(f[1]) + v(f[3]));
      }
      const total = lineFigures(rows.find((r) => r[0] === 'Tổng cộng')!, 1);
      expect(total[3]).toBe(14_308_000_000 + 6_334_000_000);
      expect(rows.find((r) => r[1] === 'Số liệu tại KBNN')!.slice(6).map(num)[3]).toBe(6_321_500_000);
    } finally {
      service.close();
    }
  });
});

describe('a quarter', () => {
  it('"trong kỳ" is what she recorded within it (to its end less to the day before), blank and said where the book has no figure to that day', async () => {
    const file = await demo('quarter');
    const dated = (claims: object[]) => {
      const json = path.join(dir, `dated-${claims.length}.json`);
      fs.writeFileSync(json, JSON.stringify({ format: 'sovon-claims/1', program: 'GNBV', origins: [{ id: 'books', kind: 'books', label: 'Sổ kế toán đơn vị' }], claims }));
      return json;
    };
    const q2 = { origin: 'books', year: 2023, node: 'DA2', capital: 'SN', measure: 'disbursed', value: 7_000_000_000, as_of: '2023-06-30' };
    expect((await sovon('claims', 'import', file, dated([q2]))).code).toBe(0);
    const statement = path.join(dir, 'q2.xlsx');
    fs.writeFileSync(statement, await statementBytes([{ ...DA2, disbursed: 7_000_000_000 }, { ...DA3, disbursed: 3_000_000_000 }], { period: 'Quý II năm 2023' }));
    expect((await sovon('treasury', 'import', file, statement, '--period', '2023-Q2')).code).toBe(0);
    const form = async () => {
      const service = new Service(Book.open(file, { readonly: true }));
      try {
        return await printed(service, '01a-sdkp', '2023-Q2');
      } finally {
        service.close();
      }
    };
    let html = await form();
    expect(html).toContain('Quý II năm 2023');
    let da2 = rowsOf(html).find((r) => r[3] === '00510')!;
    expect([lineFigures(da2, 5)[5], lineFigures(da2, 5)[6]]).toEqual([null, 7_000_000_000]);
    expect(html).toContain('Sổ chưa có số liệu đến ngày 31/03/2023 để trừ ra');
    expect(html).toContain('Sổ chưa có số liệu đến ngày 30/06/2023 của: Dự án 3');
    const q1 = { ...q2, value: 2_000_000_000, as_of: '2023-03-31' };
    expect((await sovon('claims', 'import', file, dated([q2, q1]))).code).toBe(0);
    html = await form();
    da2 = rowsOf(html).find((r) => r[3] === '00510')!;
    expect([lineFigures(da2, 5)[5], lineFigures(da2, 5)[6]]).toEqual([5_000_000_000, 7_000_000_000]);
    expect(html).not.toContain('31/03/2023 để trừ ra');
  });
});

describe('nothing to print from', () => {
  it('a book whose lines carry no Treasury code is told how to give them one', async () => {
    const service = new Service(Book.open(await demo('unmapped')));
    try {
      await expect(printed(service, '01a-sdkp', '2023')).rejects.toThrow('Chưa có mã Kho bạc nào gắn với dòng của sổ');
      await expect(printed(service, '01a-sdkp', '2023-Q5')).rejects.toThrow('Kỳ đối chiếu "2023-Q5" không đọc được');
    } finally {
      service.close();
    }
    const book = path.join(dir, 'unmapped.sovon');
    const noPeriod = await sovon('print', book, '--sheet', '01a-sdkp', '--out', path.join(dir, 'x.pdf'));
    expect([noPeriod.code, noPeriod.err.trim()]).toEqual([1, 'Lỗi: Mẫu 01a-sdkp in cho một kỳ đối chiếu: --period 2024-Q4 (quý), 2024-12 (tháng), 2024-12-31 (ngày) hoặc 2024 (năm).']);
    const badPeriod = await sovon('print', book, '--sheet', '02a-sdkp', '--period', '20x3', '--out', path.join(dir, 'x.xlsx'));
    expect([badPeriod.code, badPeriod.err]).toEqual([1, expect.stringContaining('Kỳ đối chiếu "20x3" không đọc được')]);
    expect(fs.existsSync(path.join(dir, 'x.pdf')) || fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('the forms as Excel, opened by LibreOffice Calc', () => {
  const csv = new Map<string, string[][]>();
  const html = new Map<string, string>();
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const service = await withStatement('excel', slipped);
    const book = service.book.path;
    try {
      for (const f of ['01a-sdkp', '02a-sdkp', '04-sdkp']) html.set(f, await printed(service, f, '2023'));
    } finally {
      service.close();
    }
    const out = path.join(dir, 'xlsx');
    fs.mkdirSync(out, { recursive: true });
    for (const f of ['01a-sdkp', '02a-sdkp', '04-sdkp']) {
      const res = await sovon('print', book, '--sheet', f, '--period', '2023', '--date', '2024-01-20', '--out', path.join(out, `${f}.xlsx`));
      expect(res.err).toBe('');
    }
    expect((await sovon('export', book, '--template', 'chuyen-nguon', '--year', '2023', '--out', path.join(out, 'chuyen-nguon.xlsx'))).code).toBe(0);
    const files = ['01a-sdkp', '02a-sdkp', '04-sdkp', 'chuyen-nguon'].map((f) => `${f}.xlsx`);
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false', '--outdir', 'csv', ...files], { cwd: out, timeout: 170_000, stdio: 'pipe' });
    for (const f of ['01a-sdkp', '02a-sdkp', '04-sdkp', 'chuyen-nguon']) csv.set(f, parse(fs.readFileSync(path.join(out, 'csv', `${f}.csv`), 'utf8'), { relax_column_count: true }));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, '01a-sdkp.xlsx'));
  }, 180_000);

  const calcRow = (f: string, first: string) => csv.get(f)!.find((r) => r.some((c) => c === first))!;

  it('Calc recalculates the same totals the page prints, for each form', () => {
    for (const [f, keys, label] of [['01a-sdkp', 5, 'Tổng cộng'], ['02a-sdkp', 6, 'Tổng cộng'], ['04-sdkp', 4, 'TỔNG SỐ']] as const) {
      const page = lineFigures(rowsOf(html.get(f)!).find((r) => r[0] === label)!, 1).map(v);
      const calc = calcRow(f, label).slice(keys).map((c) => Number(c || 0));
      expect(calc.slice(0, page.length), f).toEqual(page);
    }
  });

  it('its computed columns and total are formulas over the cells, not typed figures', () => {
    const ws = workbook.worksheets[0]!;
    let total: ExcelJS.Row | null = null;
    let line: ExcelJS.Row | null = null;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'Tổng cộng') total = row;
      if (row.getCell(4).value === '00520') line = row;
    });
    expect((line as ExcelJS.Row | null)?.getCell(10).formula).toBe(`F${line!.number}+G${line!.number}+I${line!.number}`);
    expect((line as ExcelJS.Row | null)?.getCell(16).formula).toBe(`J${line!.number}-L${line!.number}-N${line!.number}`);
    expect((total as ExcelJS.Row | null)?.getCell(12).formula).toMatch(/^L\d+\+L\d+$|^SUM\(L\d+:L\d+\)$/);
  });

  it('each form goes across one page at a readable scale: no columns split onto pages of their own', async () => {
    for (const f of ['01a-sdkp', '02a-sdkp', '04-sdkp']) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, 'xlsx', `${f}.xlsx`));
      const setup = wb.worksheets[0]!.pageSetup;
      expect([f, setup.printTitlesColumn ?? null, setup.scale! >= 73]).toEqual([f, null, true]);
    }
  });

  it('04-SDKP printed says what the bundled 04 report says, column by column', () => {
    const page = lineFigures(rowsOf(html.get('04-sdkp')!).find((r) => r[0] === 'TỔNG SỐ')!, 1).map(v);
    const report = calcRow('chuyen-nguon', 'TỔNG SỐ');
    const at = report.indexOf('TỔNG SỐ');
    expect(report.slice(at + 3, at + 3 + 7).map((c) => Number(c || 0))).toEqual(page.slice(0, 7));
  });
});

describe('the forms on paper', () => {
  it('the signatures never stand alone under a repeated header, and a section heading never ends a page without its first line', async () => {
    const service = await withStatement('paper', slipped);
    const pdfs: [string, string][] = [];
    let html04 = '';
    try {
      for (const f of ['01a-sdkp', '02a-sdkp', '04-sdkp']) {
        const file = path.join(dir, `${f}.pdf`);
        const html = await printed(service, f, '2023');
        if (f === '04-sdkp') html04 = html;
        fs.writeFileSync(file, await htmlToPdf(html));
        pdfs.push([f, file]);
      }
    } finally {
      service.close();
    }
    for (const [f, file] of pdfs) {
      const pages = pdfInfo(file).pages;
      const last = squeeze(pdfText(file, pages));
      expect(last, f).toContain('XÁC NHẬN CỦA KHO BẠC NHÀ NƯỚC');
      // a row of the table on the signed page: a figure in đồng (the header has none)
      expect(/\d{1,3}(\.\d{3}){2,}/.test(last), `${f}, page ${pages}:\n${last}`).toBe(true);
    }
    // a page breaks only between row groups (tbody): a section's heading is in its first line's
    const groups = html04.split('<tbody>').slice(1).map((b) => b.split('</tbody>')[0]!);
    const sections = groups.filter((g) => g.includes('<tr class="bold">'));
    expect(sections).toHaveLength(2);
    for (const g of sections) expect(g.split('<tr').length - 1, g.slice(0, 200)).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
