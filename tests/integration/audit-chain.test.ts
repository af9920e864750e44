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
});
