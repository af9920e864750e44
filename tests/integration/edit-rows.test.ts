// Issue 18's edit round trip: after an edit in the open window, the back end redraws the edited
// row and its ancestors from the engine it keeps current, and the grid takes them instead of the
// whole year. They must be exactly the rows a fresh read of the year gives.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let service: Service;
beforeAll(async () => {
  const book = path.join(tempDir('edit-rows'), 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  service = new Service(Book.open(book));
});
afterAll(() => service.close());

const view = { program: 'GNBV', origin: 'books', year: 2023, project: null };
const key = { program: 'GNBV', origin: 'books', year: 2023, node: 'DA3.1', unit: null, capital: 'SN', source: null, measure: 'disbursed' } as const;

it('gives back the edited row and its ancestors, as a fresh read of the year has them', async () => {
  // a command line has no window engine: it says nothing of rows, the caller reads the year
  expect((await service.call('setClaim', { key, text: '5.000', scale: 'trieu' })).rows).toBeUndefined();
  await service.call('runChecks', { program: 'GNBV', year: 2023, origin: null, project: null });
  for (const [text, k] of [['5.995', key], ['1.234,5', { ...key, measure: 'allocated' }], [null, key]] as const) {
    const res = await service.call('setClaim', { key: k, text, scale: 'trieu' });
    expect(res.rows!.map((r) => r.id)).toEqual(['DA3.1', 'DA3', 'GNBV']);
    const fresh = await service.call('getSheet', view);
    for (const row of res.rows!) expect(row, `${text} ${row.id}`).toEqual(fresh.rows.find((r) => r.id === row.id));
  }
});
