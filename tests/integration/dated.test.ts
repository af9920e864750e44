// Issue 14: figures "to a date". The engine holds each origin's latest date; two origins stating
// the same figure at an earlier date (her books and the Treasury at 30/6, her books also at 31/12)
// must still agree. And typing over a dated figure corrects that figure, at its date.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { importClaims } from '../../electron/backend/claims-io';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let service: Service;
const key = { program: 'GNBV', origin: 'books', year: 2024, node: 'DA3.1', unit: null, capital: 'SN', source: null, measure: 'disbursed' } as const;
const checks = () => service.call('runChecks', { program: 'GNBV', year: null, origin: null, project: null });
const sheetCell = async (origin: string) =>
  (await service.call('getSheet', { program: 'GNBV', origin, year: 2024, project: null })).rows.find((r) => r.id === 'DA3.1')!.cells['disbursed:SN'];

beforeAll(async () => {
  const file = path.join(tempDir('dated'), 'dated.sovon');
  expect((await sovon('new', file)).code).toBe(0);
  const book = Book.open(file);
  const at = (origin: string, value: string, as_of: string) => ({ origin, year: 2024, node: 'DA3.1', capital: 'SN', measure: 'disbursed', value, scale: 'trieu', as_of });
  importClaims(book, {
    format: 'sovon-claims/1', program: 'GNBV',
    origins: [{ id: 'books', kind: 'books', label: 'Sổ kế toán đơn vị' }, { id: 'kb', kind: 'treasury', label: 'Kho bạc' }],
    claims: [at('books', '100', '2024-06-30'), at('books', '250', '2024-12-31'), at('kb', '90', '2024-06-30')],
  }, { allowNegative: false, file: 'dated.json' });
  service = new Service(book);
});
afterAll(() => service.close());

it('compares the Treasury\'s 30/6 with her books\' 30/6, though her books have moved on to 31/12', async () => {
  const { flags } = await checks();
  expect(flags.map((f) => [f.id, f.message])).toEqual([[
    'cross-origin|kb|2024-2024|DA3.1||SN||disbursed|vs:books|@2024-06-30',
    'DA3.1 · Vốn SN · Giải ngân · năm 2024 đến ngày 30/06/2024 (Kho bạc): ghi 90 triệu đồng nhưng Sổ kế toán đơn vị có 100 triệu đồng (chênh -10 triệu đồng).',
  ]]);
  await service.call('explainFlags', { program: 'GNBV', flagIds: [flags[0]!.id], note: 'KB chưa ghi chứng từ ngày 30/6' });
  expect((await checks()).flags[0]!.explained).toBe('KB chưa ghi chứng từ ngày 30/6');
});

it('corrects a dated figure at its date when she types over it, and re-checks the earlier pair', async () => {
  await service.call('setClaim', { key, text: '260', scale: 'trieu' });
  expect(await sheetCell('books')).toMatchObject({ dong: 260_000_000, asOf: '2024-12-31', otherDates: ['2024-06-30'] });
  // the Treasury's own cell shows its 30/6; corrected there, the pair agrees
  await service.call('setClaim', { key: { ...key, origin: 'kb' }, text: '100', scale: 'trieu' });
  expect(await sheetCell('kb')).toMatchObject({ dong: 100_000_000, asOf: '2024-06-30' });
  expect((await checks()).flags).toEqual([]);
});
