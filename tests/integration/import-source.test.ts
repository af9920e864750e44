// Issue 15: the source of money a decision's title names ("nguồn ngân sách trung ương"). Her
// books kept without a source split are compared with the decision as she would by hand; books
// kept by source, or her choice, read its figures as NSTW money, and then the decision says
// nothing of the other sources.
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { previewImport } from '../../electron/backend/import/import-file';
import { importClaims } from '../../electron/backend/claims-io';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

const ANNEX = path.resolve(import.meta.dirname, '../../../shared/fixtures/province/sample-2023-content-as-rows-dautu.xlsx');
const open: Book[] = [];
afterEach(() => open.splice(0).forEach((b) => b.close()));

async function freshBook(name: string): Promise<Book> {
  const file = path.join(tempDir('import-source'), `${name}.sovon`);
  expect((await sovon('new', file, '--unit', 'Ủy ban nhân dân huyện Phong Thổ')).code).toBe(0);
  const book = Book.open(file);
  open.push(book);
  return book;
}

it('reads the title\'s NSTW as every source together when her books keep no source split', async () => {
  const { preview } = await previewImport(await freshBook('plain'), ANNEX, { program: 'GNBV' });
  expect(preview.titleSource).toBe('NSTW');
  expect(preview.source).toBeNull();
  expect(preview.claims.every((c) => c.key.source === null)).toBe(true);
  expect(preview.origin.scope?.sources).toBeUndefined();
});

it('reads it as NSTW money when she says so, and the decision then lists that source only', async () => {
  const { preview } = await previewImport(await freshBook('chosen'), ANNEX, { program: 'GNBV', source: 'NSTW' });
  const read = preview.claims.map((c) => [c.key.node, c.key.source, Number(c.value) / 1e6]);
  expect(read).toContainEqual(['DA1.1', 'NSTW', 95_400]);
  expect(read).toContainEqual(['DA1.2', 'NSTW', 20_800]);
  expect(preview.claims.every((c) => c.key.source === 'NSTW')).toBe(true);
  expect(preview.origin.scope).toMatchObject({ capitals: ['DT'], measures: ['allocated'], sources: ['NSTW'] });
});

it('follows her books when they keep money by source, and an NSTW decision does not contradict a total of all sources', async () => {
  const book = await freshBook('by-source');
  importClaims(book, {
    format: 'sovon-claims/1', program: 'GNBV', origins: [{ id: 'books', kind: 'books', label: 'Sổ kế toán đơn vị' }],
    claims: [
      { origin: 'books', year: 2023, node: 'DA1.1', capital: 'DT', source: 'NSTW', measure: 'allocated', value: '95.400', scale: 'trieu' },
      { origin: 'books', year: 2023, node: 'DA1.1', capital: 'DT', source: 'NSDP', measure: 'allocated', value: '5.000', scale: 'trieu' },
      { origin: 'books', year: 2023, node: 'DA1.2', capital: 'DT', measure: 'allocated', value: '25.000', scale: 'trieu' },
    ],
  }, { allowNegative: false, file: 'sổ.json' });
  const { preview } = await previewImport(book, ANNEX, { program: 'GNBV' });
  expect(preview.source).toBe('NSTW');
  // DA1.1's NSTW agrees with her books; DA1.2's 25.000 for all sources is not the decision's
  // 20.800 of NSTW money, and its NSĐP is not in the decision: nothing to flag
  expect(preview.flags.map((f) => f.message)).toEqual([]);
  const { preview: wrong } = await previewImport(book, ANNEX, { program: 'GNBV', source: 'none' });
  // read as every source together, DA1.1's 95.400 is compared with her 100.400 of NSTW and NSĐP
  expect(wrong.flags.map((f) => f.message)).toContainEqual(expect.stringMatching(/^DA1\.1 · Vốn ĐT · Giao · năm 2023 .*ghi 95\.400 .* có 100\.400/));
});


it('takes the source from the command line, and refuses one it does not know', async () => {
  const book = await freshBook('cli');
  const file = book.path;
  book.close();
  open.splice(open.indexOf(book), 1);
  const res = await sovon('import', file, ANNEX, '--source', 'NSTW', '--dry-run', '--json');
  expect(res.err).toBe('');
  const out = JSON.parse(res.out) as { source: string; titleSource: string; claims: { source: string | null }[] };
  expect(out).toMatchObject({ source: 'NSTW', titleSource: 'NSTW' });
  expect(out.claims.every((c) => c.source === 'NSTW')).toBe(true);
  const bad = await sovon('import', file, ANNEX, '--source', 'TINH', '--dry-run');
  expect(bad.code).not.toBe(0);
  expect(bad.err).toContain('nguồn vốn "TINH" không hợp lệ');
});
