// Step one of importing the province's allocation: she picks the annex it sent (.xlsx, or an old
// .xls typed in .VnTime) and Sổ Vốn reads every sheet as she sees it in Excel; a file it cannot
// read is refused in Vietnamese, naming the file, never with a stack trace.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../electron/backend/user-error';
import { READ_LIMITS, readWorkbook } from '../../electron/backend/import/read-workbook';
import { cellIndex, type Cell, type Sheet } from '../../shared/import/sheet-model';
import { legacyAnnex } from '../support/legacy-annex';
import { tempDir } from '../support/temp';

const province = path.resolve(import.meta.dirname, '../../../shared/fixtures/province');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/import');
const units2022 = path.join(province, 'sample-2022-units-as-rows.xlsx');
const content2023 = path.join(province, 'sample-2023-content-as-rows-dautu.xlsx');
let dir: string;
let annexXlsx: string;
beforeAll(async () => {
  dir = tempDir('read-workbook');
  annexXlsx = path.join(dir, 'legacy-annex.xlsx');
  await legacyAnnex().xlsx.writeFile(annexXlsx);
});

/** The cell at "B8", as the wizard will name it. */
function at(sheet: Sheet | undefined, ref: string): Cell | undefined {
  return sheet && cellIndex(sheet).get(ref);
}

async function write(name: string, build: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  build(book);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

describe('reading a province workbook', () => {
  it('reads the 2022 annex (units as rows) with its title, two merged header rows and Phong Thổ\'s figures', async () => {
    const book = await readWorkbook(units2022);
    expect(book).toMatchObject({ format: 'xlsx', sheets: [{ name: 'PL01', state: 'visible', rowCount: 14, columnCount: 16 }] });
    const pl01 = book.sheets[0];
    expect(pl01?.merges).toEqual(expect.arrayContaining([
      { top: 1, left: 1, bottom: 1, right: 16 }, { top: 4, left: 1, bottom: 5, right: 1 }, { top: 4, left: 4, bottom: 4, right: 5 },
    ]));
    expect(at(pl01, 'A1')).toMatchObject({ kind: 'text', bold: true, font: 'Times New Roman' });
    expect(at(pl01, 'B8')?.value).toBe('Huyện Phong Thổ');
    // DA1.1, DA2, DA3.1, DA4.1-4.3, DA6.2, DA7.1, DA7.2 as the fixtures' README gives them, in triệu.
    expect(['D8', 'F8', 'G8', 'I8', 'J8', 'K8', 'N8', 'O8', 'P8'].map((ref) => at(pl01, ref)?.value))
      .toEqual(['2085', '6629', '1822', '1070', '293', '240', '72', '543', '206']);
    expect(at(pl01, 'C14')).toMatchObject({ kind: 'number', value: '169828', formula: 'SUM(C6:C13)', numFmt: '#,##0' });
    // A total whose stored result is 0 (DA1.2 had no money in 2022): 0, as Excel shows it.
    expect(at(pl01, 'E14')).toMatchObject({ kind: 'number', value: '0', formula: 'SUM(E6:E13)' });
    // No style of its own: drawn in the workbook's Normal font.
    expect(at(pl01, 'P3')).toMatchObject({ value: 'Đơn vị: triệu đồng', font: 'Calibri' });
  });

  it('reads the 2023 investment annex (contents as rows) with its three decimals of triệu exactly', async () => {
    const sheet = (await readWorkbook(content2023)).sheets[0];
    expect(at(sheet, 'F5')?.value).toBe('Huyện Phong Thổ');
    expect([at(sheet, 'F8')?.value, at(sheet, 'F9')?.value]).toEqual(['95400', '20800']);
    expect(at(sheet, 'C6')).toMatchObject({ kind: 'number', value: '556542.117', numFmt: '#,##0.000' });
    expect(at(sheet, 'K4')?.value).toBe('ĐVT: Triệu đồng');
  });

  it('reads an annex typed in .VnTime, .VnTimeH and VNI-Times as Unicode, keeping what was typed', async () => {
    const book = await readWorkbook(annexXlsx);
    const [pl01, notes] = book.sheets;
    expect(at(pl01, 'A1')).toMatchObject({ value: 'DỰ TOÁN KINH PHÍ NĂM 2022', raw: 'dù to¸n kinh phÝ n¨m 2022', legacy: { encoding: 'tcvn3', by: 'font' } });
    expect(at(pl01, 'A2')?.value).toBe('(Kèm theo Quyết định số 413/QĐ-UBND ngày 06/4/2022)');
    expect(['E3', 'B4', 'C4', 'D4', 'D5'].map((ref) => at(pl01, ref)?.value)).toEqual(['Đơn vị: triệu đồng', 'Tên đơn vị', 'Cộng', 'Dự án 1', 'TDA 1']);
    expect(at(pl01, 'B6')?.value).toBe('Huyện Mường Tè');
    expect(at(pl01, 'B7')).toMatchObject({ value: 'Huyện Sìn Hồ', legacy: { encoding: 'vni', by: 'font' } });
    expect(at(pl01, 'F8')).toMatchObject({ value: 'Kinh phí năm trước chuyển sang', font: 'Times New Roman', legacy: { encoding: 'tcvn3', by: 'text' } });
    expect(at(pl01, 'B9')).toMatchObject({ value: 'Tổng cộng', bold: true });
    expect(at(pl01, 'E8')).toMatchObject({ kind: 'text', value: '1.234,5' }); // a number stored as text stays as written
    expect(at(pl01, 'C9')).toMatchObject({ kind: 'number', value: '6199.06', formula: 'SUM(C6:C8)' });
    expect(pl01).toMatchObject({ rowCount: 9, columnCount: 6, hiddenRows: [7], hiddenColumns: [6] });
    expect(pl01?.merges).toContainEqual({ top: 4, left: 4, bottom: 4, right: 5 });
    expect(notes).toMatchObject({ name: 'Tham chiếu', state: 'hidden' });
  });

  it('reads the same annex saved as an old .xls (Excel 97-2003) to the same sheets, fonts and all', async () => {
    const xls = await readWorkbook(path.join(fixtures, 'legacy-annex.xls'));
    expect(xls.format).toBe('xls');
    expect(xls.sheets).toEqual((await readWorkbook(annexXlsx)).sheets);
  });

  it('keeps each figure to the digits Excel shows, never the float behind it', async () => {
    const file = await write('floats.xlsx', (book) => {
      const ws = book.addWorksheet('Số liệu');
      ws.getCell('A1').value = { formula: '0.1+0.2', result: 0.1 + 0.2 };
      ws.getCell('A2').value = { formula: 'B2+B3+B4', result: 2292 + 1822.06 + 2085 };
      ws.getCell('A3').value = 12.06;
      ws.getCell('A4').value = 0.0000001;
      ws.getCell('A5').value = -1234567890123;
    });
    const sheet = (await readWorkbook(file)).sheets[0];
    expect(sheet?.cells.map((c) => c.value)).toEqual(['0.3', '6199.06', '12.06', '0.0000001', '-1234567890123']);
  });

  it('reads a formula whose stored result is 0 as the 0 she sees in Excel, not as an empty cell', async () => {
    const file = await write('zero-formula.xlsx', (book) => {
      const ws = book.addWorksheet('PL01');
      ws.getCell('A1').value = { formula: 'ROUND(0*1,3)', result: 0 };
      ws.getCell('A2').value = { formula: 'B2>1', result: false };
      ws.getCell('A3').value = { formula: 'C3' }; // never calculated: no result stored, worked out (C3 is empty: 0)
    });
    const sheet = (await readWorkbook(file)).sheets[0];
    expect(sheet?.cells.map((c) => [c.value, c.kind, c.formula])).toEqual([['0', 'number', 'ROUND(0*1,3)'], ['FALSE', 'boolean', 'B2>1'], ['0', 'number', 'C3']]);
  });

  it('reads dates, formula errors, booleans and rich text mixing an old font with a new one', async () => {
    const file = await write('kinds.xlsx', (book) => {
      const ws = book.addWorksheet('PL02');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 5, 30));
      ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('A3').value = true;
      ws.getCell('A4').value = { richText: [{ text: 'Tæng sè', font: { name: '.VnTime' } }, { text: ' (đã gồm dự phòng)', font: { name: 'Arial' } }] };
    });
    const sheet = (await readWorkbook(file)).sheets[0];
    expect(sheet?.cells.map(({ kind, value }) => ({ kind, value }))).toEqual([
      { kind: 'date', value: '2024-06-30' }, { kind: 'error', value: '#DIV/0!' }, { kind: 'boolean', value: 'TRUE' },
      { kind: 'text', value: 'Tổng số (đã gồm dự phòng)' },
    ]);
  });
});

describe('a file that cannot be read is refused in Vietnamese, naming it', () => {
  async function refusal(file: string, limits = READ_LIMITS): Promise<string> {
    const error = await readWorkbook(file, limits).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    expect(message).toContain(`"${file}"`);
    return message;
  }
  const put = (name: string, bytes: string | Uint8Array) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const zip = (entries: Record<string, Uint8Array>) => {
    const container = XLSX.CFB.utils.cfb_new();
    for (const [name, bytes] of Object.entries(entries)) XLSX.CFB.utils.cfb_add(container, `/${name}`, bytes);
    return XLSX.CFB.write(container, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer;
  };

  it('says a missing file is not found, and a folder is a folder', async () => {
    expect(await refusal(path.join(dir, 'QĐ 413.xlsx'))).toMatch(/^Không tìm thấy tệp/);
    expect(await refusal(dir)).toMatch(/là một thư mục/);
  });

  it('refuses an empty file, a text file renamed .xlsx and a web page saved as .xls', async () => {
    expect(await refusal(put('rong.xlsx', ''))).toMatch(/rỗng \(0 byte\)/);
    expect(await refusal(put('ghi-chu.xlsx', 'Phân bổ vốn 2023: xem phụ lục'))).toMatch(/không phải là bảng tính Excel/);
    expect(await refusal(put('tabmis.xls', '<html><body><table><tr><td>1</td></tr></table></body></html>'))).toMatch(/trang web/);
  });

  it('says a workbook cut off in copying is damaged or truncated, and one with a broken part is damaged', async () => {
    const bytes = fs.readFileSync(units2022);
    expect(await refusal(put('cat-cut.xlsx', bytes.subarray(0, bytes.length / 2)))).toMatch(/bị hỏng hoặc bị cắt cụt/);
    const broken = Buffer.from(bytes);
    for (let i = 200; i < 2000; i += 7) broken[i] = broken[i]! ^ 0x5a; // inside the first compressed part
    expect(await refusal(put('hong.xlsx', broken))).toMatch(/bị hỏng: không đọc được nội dung bảng tính/);
  });

  it('says a Word document sent instead is a Word document', async () => {
    expect(await refusal(put('cong-van.xlsx', zip({ 'word/document.xml': Buffer.from('<w:document/>') })))).toMatch(/văn bản Word/);
  });

  it('asks her to remove the password from a protected .xls or .xlsx', async () => {
    expect(await refusal(path.join(fixtures, 'legacy-annex-password.xls'))).toMatch(/được đặt mật khẩu/);
    // Excel stores a protected .xlsx as an OLE file holding exactly these two streams.
    const ole = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(ole, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(ole, '/EncryptedPackage', Buffer.alloc(4096, 7));
    expect(await refusal(put('mat-khau.xlsx', XLSX.CFB.write(ole, { type: 'buffer' }) as Buffer))).toMatch(/được đặt mật khẩu/);
  });

  it('refuses a workbook with no data in any sheet', async () => {
    const file = await write('trong.xlsx', (book) => { book.addWorksheet('Sheet1'); });
    expect(await refusal(file)).toMatch(/không có trang nào có dữ liệu/);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const file = path.join(dir, 'ca-co-so-du-lieu.xlsx');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 51 * 1024 * 1024); // sparse: nothing is written
    expect(await refusal(file)).toMatch(/quá lớn \(51 MB\); Sổ Vốn nhập tệp đến 50 MB/);
  });

  it('refuses a zip that inflates beyond the limit or past what it declares, and a workbook with too many cells', async () => {
    const bytes = zip({ 'xl/workbook.xml': Buffer.from('<workbook/>'), 'xl/worksheets/sheet1.xml': Buffer.alloc(5_000_000) });
    expect(await refusal(put('bom.xlsx', bytes), { ...READ_LIMITS, inflatedBytes: 1_000_000 })).toMatch(/khi giải nén lớn hơn/);
    // The same part declaring 1 000 bytes in the zip's directory: inflating stops there.
    const lying = Buffer.from(bytes);
    for (let p = lying.indexOf('PK\x01\x02', 0, 'latin1'); p >= 0; p = lying.indexOf('PK\x01\x02', p + 4, 'latin1')) {
      if (lying.toString('latin1', p + 46, p + 46 + lying.readUInt16LE(p + 28)).endsWith('sheet1.xml')) lying.writeUInt32LE(1000, p + 24);
    }
    expect(await refusal(put('bom-gia.xlsx', lying))).toMatch(/bị hỏng: không đọc được nội dung bảng tính/);
    expect(await refusal(units2022, { ...READ_LIMITS, cells: 100 })).toMatch(/hơn 100 ô có dữ liệu \(tính đến trang "PL01"\)/);
  });
});
