// Issue 28 on the command line: `sovon import` of a decision the book holds refuses, says what
// differs and which option to give; --replace and --keep-both do what they say.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { sovon } from '../support/cli';
import { legacyAnnex } from '../support/legacy-annex';
import { tempDir } from '../support/temp';

const XLS = path.resolve(import.meta.dirname, '../fixtures/import/legacy-annex.xls');
const OTHER = path.resolve(import.meta.dirname, '../../../shared/fixtures/province/sample-2022-units-as-rows.xlsx');
const LABEL = 'QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01)';

let dir: string;
let tcvn3: string;
beforeAll(async () => {
  dir = tempDir('same-decision-cli');
  tcvn3 = path.join(dir, 'legacy.xlsx');
  await legacyAnnex().xlsx.writeFile(tcvn3);
});

async function bookWithDecision(name: string): Promise<string> {
  const book = path.join(dir, `${name}.sovon`);
  expect((await sovon('new', book, '--unit', 'Ủy ban nhân dân huyện Phong Thổ')).code).toBe(0);
  expect((await sovon('import', book, tcvn3, '--capital', 'SN', '--yes')).code).toBe(0);
  return book;
}

function provinceOrigins(file: string): { id: string; label: string }[] {
  const book = Book.open(file);
  try {
    return book.tables.origins().filter((o) => o.kind === 'province').map(({ id, label }) => ({ id, label }));
  } finally {
    book.close();
  }
}

it('refuses the .xls copy of a decision in the book, naming --replace and --keep-both, and leaves the book as it was', async () => {
  const book = await bookWithDecision('refused');
  const [origin] = provinceOrigins(book);
  const before = fs.readFileSync(book);
  const res = await sovon('import', book, XLS, '--capital', 'SN', '--yes');
  expect(res.code).toBe(1);
  expect(res.err).toContain(`Quyết định số 413/QĐ-UBND ngày 06/04/2022 đã có trong sổ (nhập từ tệp "legacy.xlsx", nguồn "${LABEL}").`);
  expect(res.err).toContain('giống hệt');
  expect(res.err).toContain(`--replace ${origin!.id}`);
  expect(res.err).toContain('--keep-both "tên khác"');
  expect(fs.readFileSync(book).equals(before)).toBe(true);
  // a dry run says the same and writes nothing
  const dry = await sovon('import', book, OTHER, '--capital', 'SN', '--dry-run');
  expect(dry.code).toBe(0);
  expect(dry.out).toMatch(/đã có trong sổ[\s\S]*1 số khác[\s\S]*GNBV .* · Giao · Vốn SN: 2\.085 → 12\.960/);
  expect(fs.readFileSync(book).equals(before)).toBe(true);
});

it('replaces the decision with --replace, and keeps a second copy only with --keep-both and a new name', async () => {
  const book = await bookWithDecision('chosen');
  const [origin] = provinceOrigins(book);
  expect((await sovon('import', book, XLS, '--capital', 'SN', '--yes', '--replace', origin!.id, '--keep-both', 'Bản xls')).err).toMatch(/Chỉ chọn một/);
  const replaced = await sovon('import', book, OTHER, '--capital', 'SN', '--yes', '--replace', origin!.id, '--json');
  expect(JSON.parse(replaced.out)).toMatchObject({ committed: true, origin: { id: origin!.id, label: LABEL } });
  expect(provinceOrigins(book)).toEqual([{ id: origin!.id, label: LABEL }]);
  const sheet = await sovon('claims', 'export', book, '--origin', origin!.id);
  const claims = (JSON.parse(sheet.out) as { claims: { node: string; value: number }[] }).claims;
  expect(claims.find((c) => c.node === 'GNBV')?.value).toBe(12_960_000_000);
  expect(claims).toHaveLength(10);

  expect((await sovon('import', book, XLS, '--capital', 'SN', '--yes', '--keep-both', LABEL)).err).toMatch(/Sổ đã có nguồn tên/);
  const both = await sovon('import', book, XLS, '--capital', 'SN', '--yes', '--keep-both', 'QĐ 413 (bản .xls)');
  expect(both.out).toContain('Nguồn: QĐ 413 (bản .xls).');
  expect(provinceOrigins(book).map((o) => o.label)).toEqual([LABEL, 'QĐ 413 (bản .xls)']);
});
