// Issue 31: a report template's placeholder may name a programme. The 2026 report of the 2026-2035
// programme states the 2021-2025 money carried into the year beside its own: "| chương trình:
// GNBV" reads it from the old programme; a programme or a code the book has not is refused, by cell.
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
  dir = tempDir('template-program');
  book = path.join(dir, 'commune.sovon');
  expect((await sovon('new', book, '--demo', 'commune')).code).toBe(0);
});

async function template(cells: Record<string, string>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 1');
  ws.getCell('H1').value = 'ĐVT: triệu đồng';
  for (const [at, text] of Object.entries(cells)) ws.getCell(at).value = text;
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function sheetFigure(service: Service, program: string, row: string, column: string): Promise<number> {
  const sheet = await service.call('getSheet', { program, origin: 'books', year: 2026, project: null });
  const cell = sheet.rows.find((r) => r.id === row)!.cells[column as never] as { dong: number };
  return cell.dong / 1_000_000;
}

describe('a placeholder that names a programme', () => {
  it('fills the old programme’s money carried into 2026 in the new programme’s report', async () => {
    const service = new Service(Book.open(book, { readonly: true }));
    try {
      const data = await template({
        A1: '{{* giao}}',
        A2: '{{* giải ngân | chương trình: GNBV}}',
        A3: '{{DA6.1 kéo dài SN | chương trình: GNBV}}',
        A4: '{{* giao | chương trình: MTQG}}',
      });
      const r = await service.call('exportTemplate', { program: 'MTQG', year: 2026, project: null, file: { fileName: 't.xlsx', data } });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(r.data, 'base64') as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('Biểu 1')!;
      const own = await sheetFigure(service, 'MTQG', 'MTQG', 'allocated:ALL');
      expect(ws.getCell('A1').value).toBe(own);
      expect(ws.getCell('A4').value).toBe(own);
      expect(ws.getCell('A2').value).toBe(await sheetFigure(service, 'GNBV', 'GNBV', 'disbursed:ALL'));
      expect(ws.getCell('A3').value).toBe(80); // the commune's carry-in the demo states, 5 short of the district's 85
      expect(ws.getCell('A2').value).not.toBe(own);
    } finally {
      service.close();
    }
  });

  it('refuses a programme the book has not, and a code that is not the named programme’s, with the cell', async () => {
    const service = new Service(Book.open(book));
    try {
      const data = await template({ B2: '{{* giao | chương trình: XYZ}}', B3: '{{HP1 giao | chương trình: GNBV}}', B4: '{{DA1 giao | chương trình: GNBV}}' });
      const r = await service.call('addTemplate', { fileName: 'sai.xlsx', data });
      expect(r.added).toBeNull();
      expect(r.issues.join('\n')).toMatch(/B2.*sổ không có chương trình "XYZ" \(có: MTQG, GNBV\)/);
      expect(r.issues.join('\n')).toMatch(/B3.*HP1/);
      expect(r.issues.join('\n')).not.toMatch(/B4/);
    } finally {
      service.close();
    }
  });
});
