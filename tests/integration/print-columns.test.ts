// Issue 18: "Bảng tính" prints and exports the columns she shows, not all 24: the measures of her
// column set across, the capital types of her layout down, the column numbers following them.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let service: Service;
beforeAll(async () => {
  const book = path.join(tempDir('print-columns'), 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  service = new Service(Book.open(book, { readonly: true }));
});
afterAll(() => service.close());

const print = (columns?: string[]) => service.call('printSheet', {
  program: 'GNBV', sheet: 'bang', year: 2023, project: null, scale: 'trieu', origin: 'books', collapsed: [], date: '2026-01-05', ...(columns && { columns }),
} as never);

const headerTexts = (html: string) => [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!.trim()).filter(Boolean);

it('prints the plan set of Vốn SN alone: four measures, SN lines only, numbered as they stand', async () => {
  const { html } = await print(['allocated:SN', 'available:SN', 'disbursed:SN', 'rate:SN']);
  const heads = headerTexts(html);
  expect(heads).toEqual(['Mã', 'Nội dung', 'Loại vốn', 'Kế hoạch vốn giao', 'Tổng vốn được sử dụng', 'Giải ngân', 'Tỷ lệ giải ngân (%)', 'A', 'B', 'C', '1', '2', '3', '4=3/2']);
  expect(heads.join('|')).not.toMatch(/Chuyển nguồn|Điều chỉnh|Chuyển sang năm sau/);
  expect(html).toContain('Vốn SN');
  expect(html).not.toContain('>Vốn ĐT<');
  expect(html).not.toContain('>Cộng<');
});

it('prints every measure and both capital types with the formulas when she shows them all', async () => {
  const { html } = await print();
  expect(headerTexts(html)).toEqual(expect.arrayContaining(['4=1+2+3', '7=5/4', '8=4-5-6']));
  expect(html).toContain('>Vốn ĐT<');
});
