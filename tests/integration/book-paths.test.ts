// Holes issue, point 1: a path that reaches the file system is checked once, and no call ever
// deletes or overwrites a file that is not hers to replace.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';

let dir: string;
let service: Service;
beforeAll(async () => {
  dir = tempDir('paths');
  service = new Service();
  await service.call('newBook', { path: path.join(dir, 'open.sovon') });
});

const reply = (name: 'saveCopy' | 'newBook' | 'openBook', input: Record<string, unknown>) => service.dispatch(name, input);

describe('paths given to the book', () => {
  it('refuses a NUL byte in a copy path, and the file it points at stays as it was', async () => {
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'ghi chú của chị');
    const res = await reply('saveCopy', { path: `${notes}\u0000` });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/ký tự điều khiển/) });
    expect(fs.readFileSync(notes, 'utf8')).toBe('ghi chú của chị');
  });

  it('does not replace another book with a copy unless she confirms, and never the open book itself', async () => {
    const other = path.join(dir, 'other.sovon');
    const maker = new Service();
    await maker.call('newBook', { path: other });
    maker.close();
    const before = fs.readFileSync(other);
    for (const p of [other, `${other}\u0000`]) {
      const res = await reply('saveCopy', { path: p });
      expect(res.ok).toBe(false);
    }
    expect(await reply('saveCopy', { path: other })).toMatchObject({ ok: false, code: 'fileExists', error: expect.stringMatching(/đã có/) });
    expect(fs.readFileSync(other).equals(before)).toBe(true);

    expect(await reply('saveCopy', { path: service.book.path, replace: true })).toMatchObject({ ok: false, error: expect.stringMatching(/chính sổ đang mở/) });
    expect(await reply('saveCopy', { path: other, replace: true })).toMatchObject({ ok: true });
    const replaced = Book.open(other);
    expect(replaced.tables.settings().title).toBe('open');
    replaced.close();
  });

  it('writes a copy through a temporary file beside the target, leaving nothing behind', async () => {
    const res = await reply('saveCopy', { path: path.join(dir, 'copies', 'missing-folder', 'x.sovon') });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/Không mở được|không tồn tại/) });
    const ok = await reply('saveCopy', { path: path.join(dir, 'neat') });
    expect(ok).toMatchObject({ ok: true, result: { path: path.join(dir, 'neat.sovon') } });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does not add book tables to another program\'s SQLite file named with a NUL', async () => {
    const foreign = path.join(dir, 'foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'Lan\')');
    db.close();
    const before = fs.readFileSync(foreign);
    const res = await new Service().dispatch('newBook', { path: `${foreign}\u0000.sovon` });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/ký tự điều khiển/) });
    expect(fs.readFileSync(foreign).equals(before)).toBe(true);
  });

  it('never creates a book over an existing file', async () => {
    const existing = path.join(dir, 'existing.sovon');
    fs.writeFileSync(existing, 'not mine');
    const res = await new Service().dispatch('newBook', { path: existing });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/đã tồn tại/) });
    expect(fs.readFileSync(existing, 'utf8')).toBe('not mine');
  });

  it('asks for a full path rather than guessing the server\'s folder, and expands ~', async () => {
    expect(await reply('openBook', { path: 'so-2025.sovon' })).toMatchObject({ ok: false, error: expect.stringMatching(/đường dẫn đầy đủ/) });
    const home = process.env.HOME;
    process.env.HOME = dir;
    try {
      const created = await new Service().dispatch('newBook', { path: '~/from-home' });
      expect(created).toMatchObject({ ok: true, result: { path: path.join(dir, 'from-home.sovon') } });
    } finally {
      process.env.HOME = home;
    }
  });

  it('says a folder is a folder, an empty file is empty, and another program\'s database is not a book', async () => {
    expect(await reply('openBook', { path: dir })).toMatchObject({ ok: false, error: expect.stringMatching(/là một thư mục/) });
    const empty = path.join(dir, 'empty.sovon');
    fs.writeFileSync(empty, '');
    expect(await reply('openBook', { path: empty })).toMatchObject({ ok: false, error: expect.stringMatching(/rỗng/) });
    expect(await reply('openBook', { path: path.join(dir, 'foreign.db') })).toMatchObject({ ok: false, error: expect.stringMatching(/chương trình khác/) });
  });
});
