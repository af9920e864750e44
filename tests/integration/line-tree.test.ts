// Holes issue, point 3: her own lines hang from the catalogue as a tree. A file that would break
// it is refused whole, naming the line; a book already broken still opens and `verify` says why.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';
import { withRawBook } from '../support/raw-book';

let dir: string;
beforeAll(() => { dir = tempDir('tree'); });


async function freshBook(name: string): Promise<string> {
  const file = path.join(dir, `${name}.sovon`);
  expect((await sovon('new', file)).code).toBe(0);
  return file;
}

function claimsFile(name: string, lines: unknown[]): string {
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({
    format: 'sovon-claims/1', program: 'GNBV',
    origins: [{ id: 'books', kind: 'books', label: 'Sổ kế toán đơn vị' }],
    lines,
    claims: [{ origin: 'books', year: 2023, node: 'DA5', capital: 'SN', measure: 'allocated', value: '100', scale: 'trieu' }],
  }));
  return file;
}

const sheetRows = async (book: string) => JSON.parse((await sovon('sheet', book, '--year', '2023', '--json')).out).rows as { id: string; parentId: string | null }[];

describe('her own lines form a tree', () => {
  it('refuses a line coded like the programme root under Dự án 7, and the book stays usable', async () => {
    const book = await freshBook('root-under-da7');
    const before = fs.readFileSync(book);
    const res = await sovon('claims', 'import', book, claimsFile('gnbv', [{ code: 'GNBV', parent: 'DA7', kind: 'content', name: 'Vòng' }]));
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/Dòng thứ 0 \(lines\[0\], mã "GNBV"\): mã "GNBV" là mã của danh mục/);
    expect((await sheetRows(book)).length).toBeGreaterThan(10);
    expect((await sovon('check', book, '--json')).code).toBe(0);
    expect((await sovon('verify', book)).code).toBe(0);
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  });

  it('does not let a line coded DA3 move Dự án 3 under Dự án 5', async () => {
    const book = await freshBook('da3-under-da5');
    const res = await sovon('claims', 'import', book, claimsFile('da3', [{ code: 'DA3', parent: 'DA5', kind: 'content', name: 'Dự án 3' }]));
    expect(res).toMatchObject({ code: 1, err: expect.stringMatching(/mã "DA3" là mã của danh mục/) });
    const da3 = (await sheetRows(book)).find((r) => r.id === 'DA3')!;
    expect(da3.parentId).toBe('GNBV');
  });

  it('refuses a cycle among her own lines and a parent that does not exist, naming the line', async () => {
    const book = await freshBook('cycle');
    const cycle = await sovon('claims', 'import', book, claimsFile('cycle', [
      { code: 'DA5-A', parent: 'DA5', kind: 'content', name: 'Hợp lệ' },
      { code: 'X1', parent: 'X2', kind: 'content', name: 'Một' },
      { code: 'X2', parent: 'X1', kind: 'content', name: 'Hai' },
    ]));
    expect(cycle).toMatchObject({ code: 1, err: expect.stringMatching(/Dòng thứ 1 .*vòng lặp/) });
    const orphan = await sovon('claims', 'import', book, claimsFile('orphan', [{ code: 'Y1', parent: 'DA99', kind: 'work', name: 'Công trình' }]));
    expect(orphan).toMatchObject({ code: 1, err: expect.stringMatching(/Dòng thứ 0 .*dòng cha "DA99" không có/) });
    // refused whole: not even the sound line or the claim landed
    const b = Book.open(book);
    expect(b.tables.lines('GNBV')).toEqual([]);
    expect(b.claims.select({ program: 'GNBV' })).toEqual([]);
    b.close();
  });

  it('refuses to move an existing line somewhere else on import', async () => {
    const book = await freshBook('move');
    expect((await sovon('claims', 'import', book, claimsFile('first', [{ code: 'C1', parent: 'DA5', kind: 'content', name: 'Nội dung' }]))).code).toBe(0);
    const moved = await sovon('claims', 'import', book, claimsFile('moved', [{ code: 'C1', parent: 'DA3', kind: 'content', name: 'Nội dung' }]));
    expect(moved).toMatchObject({ code: 1, err: expect.stringMatching(/sổ đã có dòng này dưới "DA5"/) });
  });

  it('shows the sound part of a book broken before this check, and verify names the bad line', async () => {
    const book = await freshBook('broken');
    // what an import wrote before lines were checked
    withRawBook(book, (db) => db.prepare("INSERT INTO lines (program, code, parent, kind, name, sort) VALUES ('GNBV', 'GNBV', 'DA7', 'content', 'Vòng', 1)").run());
    const service = new Service(Book.open(book));
    const sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: null });
    expect(sheet.rows.find((r) => r.id === 'GNBV')!.parentId).toBeNull();
    expect((await service.call('runChecks', { program: 'GNBV' })).flags).toEqual([]);
    service.close();
    const verify = await sovon('verify', book);
    expect(verify).toMatchObject({ code: 1, err: expect.stringMatching(/dòng "GNBV": mã "GNBV" là mã của danh mục/) });
  });
});
