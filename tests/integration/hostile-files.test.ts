// Issue 30: a file that is not what it claims never hangs the reader. A device that never ends is
// refused before a byte is read, and a zip bomb given as a report template is refused from the
// zip's own directory, as the import's workbooks are, before exceljs inflates anything.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;

beforeAll(async () => {
  dir = tempDir('hostile-files');
  book = path.join(dir, 'so.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
}, 60_000);

/** A workbook-shaped zip whose sheet says it inflates to 1,5 GB (the directory is what is read). */
function bomb(): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, '/xl/workbook.xml', Buffer.from('<workbook/>'));
  XLSX.CFB.utils.cfb_add(container, '/xl/worksheets/sheet1.xml', Buffer.alloc(100_000));
  const bytes = XLSX.CFB.write(container, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer;
  for (let p = bytes.indexOf('PK\x01\x02', 0, 'latin1'); p >= 0; p = bytes.indexOf('PK\x01\x02', p + 4, 'latin1')) {
    if (bytes.toString('latin1', p + 46, p + 46 + bytes.readUInt16LE(p + 28)).endsWith('sheet1.xml')) bytes.writeUInt32LE(1_500_000_000, p + 24);
  }
  return bytes;
}

describe('files that are not what they claim', () => {
  // a hang here is the test's timeout: these read forever before
  it('a device is refused by name, at once, and the book is untouched', async () => {
    const before = fs.readFileSync(book);
    const claims = await sovon('claims', 'import', book, '/dev/zero');
    expect(claims.code).not.toBe(0);
    expect(claims.err).toContain('"/dev/zero" không phải một tệp thường');
    const template = await sovon('templates', 'add', book, '/dev/zero');
    expect(template.code).not.toBe(0);
    expect(template.err).toMatch(/\/dev\/zero/);
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  }, 30_000);

  it('a zip bomb given as a template is refused as an import refuses it, quickly', async () => {
    const file = path.join(dir, 'bom.xlsx');
    fs.writeFileSync(file, bomb());
    const res = await sovon('templates', 'add', book, file);
    expect(res.code).not.toBe(0);
    expect(res.err).toMatch(/khi giải nén lớn hơn/);
  }, 30_000);
});

/** The province's annex copied cell by cell into a new workbook, then changed by `edit`. */
async function annexWith(name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(path.resolve(import.meta.dirname, '../../../shared/fixtures/province/sample-2022-units-as-rows.xlsx'));
  const copy = new ExcelJS.Workbook();
  const ws = copy.addWorksheet('PL01');
  source.worksheets[0]!.eachRow((row, r) => row.eachCell((cell, c) => { ws.getCell(r, c).value = cell.value; }));
  edit(ws);
  const file = path.join(dir, name);
  await copy.xlsx.writeFile(file);
  return file;
}

/** What `import --dry-run --json` would write. */
async function claimsRead(file: string): Promise<{ node: string; value: number }[]> {
  const res = await sovon('import', book, file, '--dry-run', '--json');
  expect(res.err).toBe('');
  return (JSON.parse(res.out) as { claims: { node: string; value: number }[] }).claims;
}

describe('a stray cell far away', () => {
  // real workbooks carry them (a note typed far off, formatting of whole rows or columns): the
  // province's annex with one value in XFD1048576 kept `import --dry-run` busy for minutes
  it('reads the same figures as without it, at once', async () => {
    const figures = await claimsRead(await annexWith('o-xa.xlsx', (ws) => { ws.getCell('XFD1048576').value = 'ghi chú lạc'; }));
    expect(figures).toHaveLength(10);
    expect(figures.find((f) => f.node === 'GNBV')?.value).toBe(12_960_000_000);
  }, 30_000);
});

describe('a formula saved without its result', () => {
  /** The annex with D8 (Dự án 1 / TDA 1, 2.085) written as a formula with no result. */
  const withFormula = (formula: string, name: string) => annexWith(name, (ws) => { ws.getCell('D8').value = { formula } as ExcelJS.CellFormulaValue; });

  it('is worked out where it is simple, and gives the figure Excel would show', async () => {
    const figures = await claimsRead(await withFormula('2000+85', 'cong-thuc.xlsx'));
    expect(figures.find((f) => f.node === 'DA1.1')?.value).toBe(2_085_000_000);
  }, 30_000);

  it('is refused with its cell where it is not, instead of read as no figure', async () => {
    const res = await sovon('import', book, await withFormula('ROUND(2085.4,0)', 'cong-thuc-kho.xlsx'), '--dry-run');
    expect(res.code).toBe(1);
    expect(res.err).toContain('D8');
    expect(res.err).toContain('công thức =ROUND(2085.4,0) được lưu mà chưa tính ra số');
  }, 30_000);
});
