// Issue 16's round trip: the bundled "Tình hình giao vốn và giải ngân" exported from the demo
// book and imported back reads as one unit's table with measures as columns, and gives back every
// figure the book shows that year (stated and derived, each capital type and Cộng), no more and no
// other: the import's figures raise no flag against her books or among themselves.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { previewImportBytes } from '../../electron/backend/import/import-file';
import { Service } from '../../electron/backend/service/service';
import { columnId } from '../../shared/sheet/columns';
import type { Sheet } from '../../shared/sheet/sheet';
import { rateToNumber } from '../../shared/rate';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let book: string;
let service: Service;

beforeAll(async () => {
  book = path.join(tempDir('roundtrip'), 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  service = new Service(Book.open(book));
});
afterAll(() => service.close());

it('reads the export back as the claims the book shows, and flags nothing against her books', async () => {
  const exported = await service.call('exportTemplate', { program: 'GNBV', template: 'giao-von', year: 2023 });
  const bytes = Buffer.from(exported.data, 'base64');
  const preview = await previewImportBytes(service.book, bytes, 'giao-von-2023.xlsx', { program: 'GNBV' });
  expect(preview.plan.layout).toBe('measures-as-columns');
  expect(preview.year).toBe(2023); // the title's year, not the signing date's 2026 beside it
  expect(preview.capital).toBeNull(); // the columns say ĐT, SN and Tổng số
  expect(preview.plan.mappings.filter((m) => m.node === null)).toEqual([]);

  const sheet: Sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: null });
  const rowOf = (node: string, unit: string | null) => sheet.rows.find((r) => r.node === node && r.unit === unit);
  let money = 0;
  let rates = 0;
  for (const claim of preview.claims) {
    const { node, unit, measure, capital } = claim.key;
    const cell = rowOf(node, unit)?.cells[columnId(measure, capital)];
    expect(cell, `${node} ${unit} ${measure} ${capital}`).toBeDefined();
    if (cell!.kind === 'money') {
      expect(Number(claim.value), `${node} ${unit} ${measure} ${capital}`).toBe(Number(cell!.dong));
      money++;
    } else {
      expect(rateToNumber(claim.value as never)).toBeCloseTo(cell!.percent!, 2);
      rates++;
    }
  }
  // and the other way: every figure her books show for the year came back
  const shown = sheet.rows.flatMap((r) => Object.values(r.cells).filter((c) => c && (c.kind === 'money' ? c.dong !== null : c.percent !== null)));
  expect(money + rates).toBe(shown.length);
  expect(rates).toBeGreaterThan(20);
  expect(preview.claims.some((c) => c.key.unit === 'Trung tâm DVNN')).toBe(true);

  const imported = preview.origin.id;
  const againstBooks = preview.flags.filter((f) => f.id.endsWith('vs:books') || (f.claims.every((c) => c.origin === imported) && !f.id.includes('vs:')));
  expect(againstBooks).toEqual([]);
  // the demo's known disagreements with the report's sections remain, as they are in her books
  expect(preview.flags.some((f) => f.id.includes('report-II'))).toBe(true);
});

it('fills every bundled template alike from the window\'s engine as from the book read afresh', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const values = async (data: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(data, 'base64') as unknown as ArrayBuffer);
    const out: string[] = [];
    wb.worksheets[0]!.eachRow((row, r) => row.eachCell((cell, c) => { out.push(`${r}:${c}=${JSON.stringify(cell.value)}`); }));
    return out;
  };
  const cold = new Service(Book.open(book, { readonly: true }));
  for (const template of ['giao-von', 'giai-doan', 'chuyen-nguon']) {
    const ask = { program: 'GNBV', template, year: 2023, years: { from: 2022, to: 2024 }, date: '2026-01-05' } as const;
    const fresh = await cold.call('exportTemplate', ask);
    // the window has shown its flags: its engine holds the book
    await service.call('runChecks', { program: 'GNBV', year: null, origin: null, project: null });
    expect(service.checks.built('GNBV')).not.toBeNull();
    const warm = await service.call('exportTemplate', ask);
    const [a, b] = [await values(fresh.data), await values(warm.data)];
    expect(b, template).toEqual(a);
    expect(a.length, template).toBeGreaterThan(50);
  }
  cold.close();
});
