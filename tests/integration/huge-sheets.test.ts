// Issue 30: a sheet far too big for an annex is refused by name before exceljs reads it. A million
// rows, 60 000 merges or one merge over the whole sheet kept `import --dry-run` busy for minutes,
// or ended it out of memory; each is now counted in the sheet's XML first. The files are written
// as XML straight into a zip: exceljs would take minutes to write them.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;

beforeAll(async () => {
  dir = tempDir('huge-sheets');
  book = path.join(dir, 'so.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
}, 60_000);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet .xlsx named `name` whose sheet "PL01" is `sheetXml` inside <worksheet>. */
function xlsx(name: string, sheetXml: string): string {
  const zip = XLSX.CFB.utils.cfb_new();
  const add = (part: string, xml: string) => XLSX.CFB.utils.cfb_add(zip, part, Buffer.from(xml));
  add('/[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  add('/_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  add('/xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${RELS}"><sheets><sheet name="PL01" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  add('/xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  add('/xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="${NS}">${sheetXml}</worksheet>`);
  const file = path.join(dir, name);
  fs.writeFileSync(file, XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer);
  return file;
}

const ONE_CELL = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
const merges = (refs: string[]) => `${ONE_CELL}<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;

/** A .xls of 60 000 merges. SheetJS writes them as one record, which BIFF8 caps at 1 026
 * ranges, so its record is replaced by as many records of 1 000 as needed. */
function xlsWithMerges(name: string, count: number): string {
  const ws = XLSX.utils.aoa_to_sheet([[1]]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'PL01');
  const cfb = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer, { type: 'buffer' });
  const stream = Buffer.from(XLSX.CFB.find(cfb, 'Workbook')!.content as Uint8Array);
  let p = 0;
  while (stream.readUInt16LE(p) !== 0xe5) p += 4 + stream.readUInt16LE(p + 2); // MERGEDCELLS
  const records: Buffer[] = [];
  for (let i = 0; i < count; i += 1000) {
    const record = Buffer.alloc(6 + 8 * 1000);
    record.writeUInt16LE(0xe5, 0); record.writeUInt16LE(2 + 8 * 1000, 2); record.writeUInt16LE(1000, 4);
    for (let j = 0; j < 1000; j++) {
      const row = (2 * (i + j)) % 65_536;
      [row, row, 0, 1].forEach((v, k) => record.writeUInt16LE(v, 6 + 8 * j + 2 * k));
    }
    records.push(record);
  }
  XLSX.CFB.utils.cfb_del(cfb, '/Workbook');
  XLSX.CFB.utils.cfb_add(cfb, '/Workbook', Buffer.concat([stream.subarray(0, p), ...records, stream.subarray(p + 4 + stream.readUInt16LE(p + 2))]));
  const file = path.join(dir, name);
  fs.writeFileSync(file, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  return file;
}

/** `import --dry-run` refuses the file with `message`, naming it and its sheet, the book untouched. */
async function refused(file: string, message: RegExp): Promise<void> {
  const before = fs.readFileSync(book);
  const res = await sovon('import', book, file, '--dry-run');
  expect(res.code).toBe(1);
  expect(res.err).toContain(`"${path.basename(file)}"`);
  expect(res.err).toContain('"PL01"');
  expect(res.err).toMatch(message);
  expect(fs.readFileSync(book).equals(before)).toBe(true);
}

// a hang here is the test's timeout; the figures measured go in the commit message
describe('a sheet far too big for an annex', () => {
  it('a million rows are refused by name, before they are read', async () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`);
    await refused(xlsx('trieu-dong.xlsx', `<sheetData>${rows.join('')}</sheetData>`), /có hơn 20\.000 dòng/);
  }, 60_000);

  it('60 000 merged ranges are refused by name', async () => {
    const refs = Array.from({ length: 60_000 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    await refused(xlsx('gop-o.xlsx', merges(refs)), /có hơn 2\.000 vùng gộp ô/);
  }, 60_000);

  it('one merge over the whole sheet is refused by name', async () => {
    await refused(xlsx('gop-ca-trang.xlsx', `<dimension ref="A1:XFD1048576"/>${merges(['A1:XFD1048576'])}`), /phủ hơn 200\.000 ô/);
  }, 60_000);

  it('60 000 merged ranges in an .xls are refused by name too', async () => {
    await refused(xlsWithMerges('gop-o.xls', 60_000), /có hơn 2\.000 vùng gộp ô/);
  }, 60_000);

  it('a sheet that only declares itself huge reads as the few cells it has', async () => {
    const res = await sovon('import', book, xlsx('khai-lon.xlsx', `<dimension ref="A1:XFD1048576"/>${ONE_CELL}`), '--dry-run');
    expect(res.err).toContain('Không thấy bảng số liệu nào'); // refused for having no table, not for its size
  }, 60_000);
});
