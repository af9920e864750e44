// Issue 28: a report she exports leaves her machine (to the province, by mail); it carries where
// it came from (the book's title and file name, the origin, the moment) but never the folders
// of her computer, in the very hidden "SoVon" sheet or the file's properties.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { fileNameOf } from '../../electron/backend/export/template-stamp';
import { listZip, readEntry } from '../../electron/backend/import/zip-entries';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

// a folder as on her PC: her user name in it
let folder: string;
let service: Service;
beforeAll(async () => {
  folder = path.join(tempDir('export-stamp'), 'Users', 'nguyen-thi-lan', 'Tai lieu');
  fs.mkdirSync(folder, { recursive: true });
  const book = path.join(folder, 'so-von-2023.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  service = new Service(Book.open(book, { readonly: true }));
}, 60_000);
afterAll(() => service.close());

it.each(['giao-von', 'giai-doan', 'chuyen-nguon'])('the %s export names the book by title and file name, never its folders', async (template) => {
  const out = await service.call('exportTemplate', { program: 'GNBV', origin: 'books', template, year: 2023, project: null, date: '2026-01-05' });
  const bytes = Buffer.from(out.data, 'base64');
  // every part of the file, its properties and its hidden sheet among them
  const entries = listZip(bytes);
  for (const entry of entries) {
    const text = readEntry(bytes, entries, entry.name)?.toString('utf8') ?? '';
    expect(text, entry.name).not.toContain('nguyen-thi-lan');
    expect(text, entry.name).not.toContain(folder);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const stamp = wb.getWorksheet('SoVon')!;
  expect(stamp.state).toBe('veryHidden');
  const rows = Object.fromEntries([...Array(9).keys()].map((i) => [String(stamp.getCell(i + 1, 1).value), String(stamp.getCell(i + 1, 2).value ?? '')]));
  // the history it was exported from: in the stamp, and at the foot of the pages that print
  expect(rows['Mã kiểm tra']).toBe(service.book.checkCode());
  expect(wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.headerFooter?.oddFooter ?? '').join()).toContain(`Mã kiểm tra: ${service.book.checkCode()}`);
  expect(rows['Sổ']).toBe(service.book.tables.settings().title);
  expect(rows['Tệp sổ']).toBe('so-von-2023.sovon');
  expect(rows['Nguồn số liệu']).toBe('books');
  expect(rows['Lúc xuất']).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(wb.description).toContain('so-von-2023.sovon');
});

it('keeps the file name whichever separators the path was written with', () => {
  expect(fileNameOf('C:\\Users\\lan\\Documents\\so.sovon')).toBe('so.sovon');
  expect(fileNameOf('/home/lan/so.sovon')).toBe('so.sovon');
  expect(fileNameOf('so.sovon')).toBe('so.sovon');
});
