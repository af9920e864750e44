// A book that proves it was not altered: `sovon verify` finds a figure changed by a flipped bit
// or another SQLite tool, a figure deleted behind Sổ Vốn's back, and a rewritten history.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('chain'); });

const key = { program: 'GNBV', origin: 'books', year: 2023, node: 'DA1', unit: null, capital: 'DT' as const, measure: 'allocated' as const };

async function bookWithHistory(name: string): Promise<string> {
  const service = new Service();
  await service.call('newBook', { path: path.join(dir, `${name}.sovon`) });
  await service.call('setClaim', { key, text: '29.535', scale: 'trieu' });
  await service.call('setClaim', { key: { ...key, node: 'DA2', capital: 'SN' }, text: '10', scale: 'trieu' });
  await service.call('explainFlags', { program: 'GNBV', flagIds: ['x'], note: 'Đã đối chiếu với Kho bạc' });
  const file = service.book.path;
  service.close();
  return file;
}

/** Another SQLite tool, which knows nothing of Sổ Vốn. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

describe('sovon verify', () => {
  it('says a book written only by Sổ Vốn is whole, and leaves no files behind', async () => {
    const file = await bookWithHistory('whole');
    const res = await sovon('verify', file);
    expect(res).toMatchObject({ code: 0, out: expect.stringMatching(/nguyên vẹn .*nhật ký thao tác và mọi số liệu khớp nhau/) });
    expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`) || fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('names a figure a flipped bit changed, with what Sổ Vốn last wrote and when', async () => {
    const file = await bookWithHistory('flipped');
    // one bit of 29.535.000.000: the reporter's disk gave 29.551.777.216
    tamper(file, `UPDATE claims SET amount = amount | ${2 ** 24} WHERE node = 'DA1'`);
    const res = await sovon('verify', file);
    expect(res.code).toBe(1);
    expect(res.err).toContain('số liệu DA1 · Giao Vốn ĐT · 2023 (nguồn books) là 29.551.777.216 đồng nhưng Sổ Vốn ghi lần cuối là 29.535.000.000 đồng (thao tác 1: sửa ô Giao Vốn ĐT');
    expect(res.err).toContain('bị thay đổi ngoài Sổ Vốn');
  });

  it('says it is the note that changed when only the note did, not the figure it shows unchanged', async () => {
    const file = await bookWithHistory('note');
    tamper(file, "UPDATE claims SET note = 'sửa lén' WHERE node = 'DA1'");
    const res = await sovon('verify', file);
    expect(res.code).toBe(1);
    expect(res.err).toContain('số liệu DA1 · Giao Vốn ĐT · 2023 (nguồn books) (29.535.000.000 đồng) có ghi chú "sửa lén" nhưng Sổ Vốn ghi lần cuối là (không có)');
    expect(res.err).toContain('ghi chú này bị thay đổi ngoài Sổ Vốn');
  });

  it('names a figure deleted behind its back', async () => {
    const file = await bookWithHistory('deleted');
    tamper(file, "DELETE FROM claims WHERE node = 'DA2'");
    const res = await sovon('verify', file);
    expect(res).toMatchObject({ code: 1, err: expect.stringContaining('số liệu DA2 · Giao Vốn SN · 2023 (nguồn books) (10.000.000 đồng, thao tác 2: sửa ô Giao Vốn SN') });
  });

  it('finds a history rewritten to match a changed figure', async () => {
    const file = await bookWithHistory('rewritten');
    const forged = JSON.stringify({ amount: '1', decimals: null, note: null });
    tamper(file, `UPDATE claims SET amount = 1 WHERE node = 'DA1'; UPDATE audit SET after = '${forged}' WHERE kind = 'claim' AND target LIKE '%"DA1"%'`);
    const res = await sovon('verify', file);
    expect(res).toMatchObject({ code: 1, err: expect.stringMatching(/nhật ký thao tác bị sửa ngoài Sổ Vốn từ dòng \d+ \(thao tác 1\)/) });
  });

  it('keeps the chain through undo and redo', async () => {
    const file = await bookWithHistory('undo');
    const service = new Service((await import('../../electron/backend/book/book')).Book.open(file));
    await service.call('undo', {});
    await service.call('undo', {});
    await service.call('redo', {});
    service.close();
    expect(await sovon('verify', file)).toMatchObject({ code: 0 });
  });

  it('after the seal, a figure put in without a row in the log is named', async () => {
    const file = await bookWithHistory('inserted');
    tamper(file, `INSERT INTO claims (origin, program, year_from, year_to, node, unit, capital, source, measure, amount, decimals, as_of, note)
      SELECT origin, program, year_from, year_to, 'DA3', unit, capital, source, measure, 5000000000, decimals, as_of, note FROM claims WHERE node = 'DA1'`);
    const res = await sovon('verify', file);
    expect(res.code).toBe(1);
    expect(res.err).toContain('1 số liệu không có trong nhật ký thao tác (DA3 · Giao Vốn ĐT · 2023 (nguồn books)): được thêm vào sổ ngoài Sổ Vốn');
  });

  it('finds the last figure deleted together with its rows of the log', async () => {
    const file = await bookWithHistory('cut');
    // the last action touching a figure (DA2's) and the explanation after it: gone with their rows
    tamper(file, "DELETE FROM claims WHERE node = 'DA2'; DELETE FROM audit WHERE action_id >= 2");
    const res = await sovon('verify', file);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/nhật ký thao tác bị xóa bớt ngoài Sổ Vốn: sổ ghi nhật ký có \d+ dòng nhưng nay chỉ còn \d+ dòng/);
  });

  it('finds the whole log deleted, with every figure or without them', async () => {
    const emptied = await bookWithHistory('emptied');
    tamper(emptied, 'DELETE FROM audit; DELETE FROM claims');
    expect((await sovon('verify', emptied)).err).toMatch(/nhật ký thao tác bị xóa bớt ngoài Sổ Vốn: sổ ghi nhật ký có \d+ dòng nhưng nay chỉ còn 0 dòng/);
    const logless = await bookWithHistory('logless');
    tamper(logless, 'DELETE FROM audit');
    const res = await sovon('verify', logless);
    expect(res.code).toBe(1);
    expect(res.err).toContain('bị xóa bớt ngoài Sổ Vốn');
    expect(res.err).toContain('2 số liệu không có trong nhật ký thao tác');
    const unsummed = await bookWithHistory('unsummed');
    tamper(unsummed, "DELETE FROM settings WHERE key = 'log'");
    expect((await sovon('verify', unsummed)).err).toContain('dấu của nhật ký thao tác (số dòng và mã cuối chuỗi) đã bị xóa khỏi sổ');
  });

  it('an older book without a log for its figures is sealed when opened, then guarded like any other', async () => {
    const file = await bookWithHistory('older');
    // as a Sổ Vốn before the seal left it: figures the log never saw, no summary, schema 7
    tamper(file, "DELETE FROM audit; DELETE FROM settings WHERE key = 'log'; ALTER TABLE lines DROP COLUMN retired; DROP TABLE unit_successors; PRAGMA user_version = 7");
    const before = await sovon('verify', file);
    expect(before).toMatchObject({ code: 0, out: expect.stringContaining('2 số liệu ghi trước khi sổ có nhật ký kiểm chứng không được đối chiếu') });
    const { Book } = await import('../../electron/backend/book/book');
    Book.open(file).close(); // opening it to write: the migration writes its figures into the log
    const sealed = await sovon('verify', file);
    expect(sealed.code).toBe(0);
    expect(sealed.out).not.toContain('không được đối chiếu');
    tamper(file, "UPDATE claims SET amount = 1 WHERE node = 'DA2'");
    expect((await sovon('verify', file)).err).toMatch(/số liệu DA2 .* là 1 đồng nhưng Sổ Vốn ghi lần cuối là 10\.000\.000 đồng \(thao tác \d+: ghi vào nhật ký 2 số liệu có từ trước\)/);
  });
});

describe('the check code: the history anchored outside the book', () => {
  it('a printed code is found again; a history rewritten with its chain recomputed is not', async () => {
    const file = await bookWithHistory('anchored');
    const { Book } = await import('../../electron/backend/book/book');
    const book = Book.open(file);
    const printed = book.checkCode();
    book.close();
    expect(printed).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    const found = await sovon('verify', file, '--code', printed.toLowerCase().replace(/-/g, ''));
    expect(found).toMatchObject({ code: 0, out: expect.stringContaining(`Lịch sử của sổ đi qua mã kiểm tra ${printed}: sổ có mã này sau thao tác 3 (giải trình 1 cờ)`) });

    // a forger who knows the chain: changes a figure, rewrites its row, recomputes every hash and the summary
    const { rowHash, GENESIS } = await import('../../electron/backend/book/audit-chain');
    const db = new Database(file);
    const forged = JSON.stringify({ amount: '1', decimals: null, note: null });
    db.prepare("UPDATE claims SET amount = 1 WHERE node = 'DA1'").run();
    db.prepare("UPDATE audit SET after = ? WHERE kind = 'claim' AND target LIKE '%\"DA1\"%'").run(forged);
    let previous = GENESIS;
    const rows = db.prepare('SELECT * FROM audit ORDER BY id').all() as Parameters<typeof rowHash>[1][] & { id: number }[];
    for (const row of rows) {
      previous = rowHash(previous, row);
      db.prepare('UPDATE audit SET hash = ? WHERE id = ?').run(previous, (row as { id: number }).id);
    }
    db.prepare("UPDATE settings SET value = ? WHERE key = 'log'").run(JSON.stringify({ rows: rows.length, head: previous }));
    db.close();
    // inside the file alone the rewrite holds together; the code on her signed paper does not
    expect(await sovon('verify', file)).toMatchObject({ code: 0 });
    const res = await sovon('verify', file, '--code', printed);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`không đi qua mã kiểm tra ${printed}: trang in, tệp xuất hay bản sao lưu mang mã này được làm từ một lịch sử khác`);
    expect(res.err).not.toContain('bị hỏng');
  });

  it('a code that cannot be one is refused, saying what one looks like', async () => {
    const file = await bookWithHistory('badcode');
    const res = await sovon('verify', file, '--code', '7F3A-91C2');
    expect(res.code).toBe(1);
    expect(res.err).toContain('Mã kiểm tra "7F3A-91C2" không đúng dạng: mã có 12 chữ số và chữ A-F, như 7F3A-91C2-0B5E');
  });
});
