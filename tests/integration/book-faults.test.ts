// Holes issue, point 7: a folder, a read-only book, a damaged book and a second writer are said
// in Vietnamese (exit 1), never as a stack trace (exit 70), and the book is not written to.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';
import { withRawBook } from '../support/raw-book';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'electron', 'backend', 'cli', 'bin.mjs');
let dir: string;
beforeAll(() => {
  dir = tempDir('faults');
  fs.chmodSync(dir, 0o755); // another user (below) must reach the books in it
});


async function newBook(name: string, folder = dir): Promise<string> {
  const file = path.join(folder, `${name}.sovon`);
  expect((await sovon('new', file)).code).toBe(0);
  return file;
}

/** `sovon` bound by file modes as she is. Root ignores them: it runs without the power to (setpriv
 * drops it), still itself, so a clone in a folder only its owner may enter stays readable to it;
 * where setpriv is missing, as nobody. */
function sovonAsOtherUser(...argv: string[]) {
  const asRoot = process.getuid?.() === 0;
  const dropped = asRoot && fs.existsSync(SETPRIV);
  const [command, args] = dropped
    ? [SETPRIV, ['--bounding-set', '-dac_override,-dac_read_search', '--', process.execPath, bin, ...argv]]
    : [process.execPath, [bin, ...argv]];
  const res = spawnSync(command, args, {
    cwd: root, encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: path.join(dir, 'other-appdata') },
    ...(asRoot && !dropped && { uid: 65534, gid: 65534 }),
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const SETPRIV = '/usr/bin/setpriv';

const SET = ['--year', '2023', '--node', 'DA5', '--capital', 'SN', '--measure', 'allocated', '--value', '12.060', '--scale', 'trieu'];

describe('a book that cannot be written, or is not a book', () => {
  it('says a folder given as the book is a folder', async () => {
    const res = await sovon('set', dir, ...SET);
    expect(res).toMatchObject({ code: 1, err: expect.stringMatching(/là một thư mục/) });
  });

  it('refuses to set a figure in a read-only book, in Vietnamese, and leaves it unchanged', async () => {
    const folder = path.join(dir, 'shared-folder');
    fs.mkdirSync(folder);
    fs.chmodSync(folder, 0o777); // she may write the folder, not the book
    const book = await newBook('readonly', folder);
    fs.chmodSync(book, 0o444);
    fs.mkdirSync(path.join(dir, 'other-appdata'), { recursive: true, mode: 0o777 });
    fs.chmodSync(path.join(dir, 'other-appdata'), 0o777);
    const before = fs.readFileSync(book);
    const res = sovonAsOtherUser('set', book, ...SET);
    expect(res.err).toMatch(/chỉ đọc được, không ghi được/);
    expect(res.code).toBe(1);
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  }, 30_000);

  it('opens a book in a read-only folder read-only, as the README says: read, verified, never written beside', async () => {
    // SQLite cannot make the -shm file a WAL book needs beside it even to be read: it is read from
    // a private copy (book-file.ts), where sheet and verify refused it before
    const folder = path.join(dir, 'cd-rom');
    fs.mkdirSync(folder);
    const book = await newBook('on-cd', folder);
    fs.chmodSync(folder, 0o555);
    try {
      const before = fs.readdirSync(folder).sort();
      const sheet = sovonAsOtherUser('sheet', book, '--year', '2023');
      expect(sheet.err).toBe('');
      expect(sheet.code).toBe(0);
      expect(sheet.out).toContain('Năm 2023');
      const verify = sovonAsOtherUser('verify', book);
      expect(verify.code, verify.err).toBe(0);
      expect(verify.out).toContain('nguyên vẹn');
      const set = sovonAsOtherUser('set', book, ...SET);
      expect(set.code).toBe(1);
      expect(set.err).toMatch(/chỉ đọc|không cho ghi|không ghi được/);
      expect(fs.readdirSync(folder).sort()).toEqual(before);
    } finally {
      fs.chmodSync(folder, 0o755);
    }
  }, 60_000);

  it('calls a truncated book damaged, not "not a book", and does not write to it', async () => {
    const book = await newBook('truncated');
    const bytes = fs.readFileSync(book);
    fs.writeFileSync(book, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const half = fs.readFileSync(book);
    for (const cmd of [['sheet', book, '--year', '2023'], ['set', book, ...SET], ['verify', book]]) {
      const res = await sovon(...cmd);
      expect(res.code).toBe(1);
      expect(res.err).toMatch(/bị hỏng \(tệp bị cắt cụt/);
      expect(res.err).not.toMatch(/không phải là sổ/);
    }
    expect(fs.readFileSync(book).equals(half)).toBe(true);
  });

  it('opens a book whose writer died in the middle of a checkpoint: the pages it lacks are in the WAL', async () => {
    const book = await newBook('mid-checkpoint');
    // a writer that has not folded its WAL into the file yet
    const writer = new Database(book);
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec("CREATE TABLE filler (x TEXT); INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) SELECT i FROM n)");
    const crashed = path.join(dir, 'crashed.sovon');
    fs.copyFileSync(`${book}-wal`, `${crashed}-wal`);
    const main = fs.readFileSync(book);
    writer.close();
    // killed after page 1 (with the new page count) was written, before the file grew
    main.writeUInt32BE(main.length / main.readUInt16BE(16) + 100, 28);
    main.writeUInt32BE(main.readUInt32BE(24), 92);
    fs.writeFileSync(crashed, main);
    const opened = Book.open(crashed);
    expect(opened.tables.origins().map((o) => o.id)).toEqual(['books']);
    expect(withRawBook(crashed, (db) => db.prepare('SELECT count(*) AS n FROM filler').get())).toEqual({ n: 400 });
    opened.close();
  });
});

describe('two writers on one book', () => {
  const writer = (book: string, unit: string, count: number, mode = '') => new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests', 'support', 'writer.ts'), book, unit, String(count), mode], { cwd: root });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code) => resolve({ code, err }));
  });

  it('lets two scripts write by turns without "database is locked": every figure lands', async () => {
    const book = await newBook('two-writers');
    const results = await Promise.all([writer(book, 'UBND xã A', 40, 'short'), writer(book, 'UBND xã B', 40, 'short')]);
    expect(results.map((r) => r.err)).toEqual(['', '']);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(withRawBook(book, (db) => db.prepare('SELECT count(*) AS n FROM claims').get())).toEqual({ n: 80 });
  }, 60_000);

  it('tells a second writer who has the book, and lets it look read-only', async () => {
    const book = await newBook('one-writer');
    const app = new Service(Book.open(book));
    const second = await writer(book, 'UBND xã B', 1);
    expect(second.code).not.toBe(0);
    expect(second.err).toMatch(/đang được mở để ghi bởi .* của .* trên máy này \(tiến trình \d+\) từ .*có thể mở sổ chỉ để xem/);
    const look = Book.open(book, { readonly: true });
    expect(look.tables.origins().map((o) => o.id)).toEqual(['books']);
    look.close();
    app.close();
    expect(fs.existsSync(`${book}.lock`)).toBe(false);
    expect((await writer(book, 'UBND xã B', 1)).code).toBe(0);
  }, 60_000);

  it('takes over the lock of a process that died', async () => {
    const book = await newBook('stale');
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.writeFileSync(`${book}.lock`, JSON.stringify({ pid: dead.pid, host: os.hostname(), user: 'x', app: 'Sổ Vốn', since: new Date().toISOString(), token: 't' }));
    const b = Book.open(book);
    expect(JSON.parse(fs.readFileSync(`${book}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    b.close();
  });

  it('says in Vietnamese that the book is busy when another writer holds it too long', async () => {
    const book = await newBook('busy');
    // another SQLite tool, which knows nothing of Sổ Vốn's lock
    const holder = new Database(book);
    holder.exec('BEGIN IMMEDIATE');
    const waiter = new Service(Book.open(book));
    const reply = await waiter.dispatch('setClaim', {
      key: { program: 'GNBV', origin: 'books', year: 2023, node: 'DA5', unit: null, capital: 'SN', source: null, measure: 'allocated' }, text: '1', scale: 'trieu',
    });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/đang được một chương trình khác ghi/) });
    holder.exec('ROLLBACK');
    holder.close();
    waiter.close();
  }, 20_000);
});
