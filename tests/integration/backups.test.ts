// Backups, taken when the book is opened (at most daily), before an import, a restore or a
// migration, and on demand; rotated; put back after the current state is saved.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupFolder, backupIfDue, backupsToKeep, listBackups } from '../../electron/backend/book/backups';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../../electron/backend/book/migrations';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/province');
let dir: string;
beforeAll(() => { dir = tempDir('backups'); });

const key = { program: 'GNBV', origin: 'books', year: 2023, node: 'DA5', unit: null, capital: 'SN' as const, measure: 'allocated' as const };

async function bookWithWork(name: string): Promise<string> {
  const service = new Service();
  await service.call('newBook', { path: path.join(dir, `${name}.sovon`), unitName: 'Ủy ban nhân dân huyện Phong Thổ' });
  await service.call('setClaim', { key, text: '100', scale: 'trieu' });
  const file = service.book.path;
  service.close();
  return file;
}

function allocated(book: Book): number | null {
  return (book.claims.find({ ...key, source: null, period: { from: 2023, to: 2023 } })?.value as number | undefined) ?? null;
}

describe('backups taken for her', () => {
  it('keeps them in the app data folder, one per book, at most one a day on opening', async () => {
    const file = await bookWithWork('daily');
    expect(backupFolder(file).startsWith(path.join(dir, 'appdata', 'backups'))).toBe(true);
    new Service(Book.open(file)).close();
    new Service(Book.open(file)).close();
    expect(listBackups(file).map((b) => b.reason)).toEqual(['open']);
    const book = Book.open(file);
    expect(backupIfDue(book, new Date(Date.now() + 25 * 3600_000))).not.toBeNull();
    book.close();
    expect(listBackups(file)).toHaveLength(2);
  });

  it('takes none of a new book with nothing in it', async () => {
    const service = new Service();
    await service.call('newBook', { path: path.join(dir, 'empty.sovon') });
    const file = service.book.path;
    service.close();
    new Service(Book.open(file)).close();
    expect(listBackups(file)).toEqual([]);
  });

  it('saves the book as it was before an import', async () => {
    const file = await bookWithWork('import');
    const res = await sovon('import', file, path.join(fixtures, 'sample-2022-units-as-rows.xlsx'));
    expect(res.code).toBe(0);
    const backup = listBackups(file).find((b) => b.reason === 'import')!;
    const before = Book.open(backup.file, { readonly: true });
    expect(before.tables.origins().map((o) => o.id)).toEqual(['books']);
    expect(allocated(before)).toBe(100_000_000);
    before.close();
  });

  it('saves a book made by an older Sổ Vốn before its tables change', () => {
    const file = path.join(dir, 'old.sovon');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const sql of MIGRATIONS.slice(0, SCHEMA_VERSION - 1)) db.exec(sql);
    db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    db.close();
    Book.open(file).close();
    const [backup] = listBackups(file);
    expect(backup!.reason).toBe('migration');
    const old = new Database(backup!.file, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION - 1);
    old.close();
  });
});

describe('putting a backup back', () => {
  it('restores the figures of the backup, after saving the book as it is now', async () => {
    const file = await bookWithWork('restore');
    const service = new Service(Book.open(file));
    const { backups } = await service.call('backupNow', {});
    await service.call('setClaim', { key, text: '250', scale: 'trieu' });
    const list = await service.call('listBackups', {});
    expect(list.backups[0]).toMatchObject({ name: backups[0]!.name, reason: 'manual', after: { count: 1, labels: [expect.stringMatching(/^sửa ô Giao Vốn SN/)] } });

    await service.call('restoreBackup', { name: backups[0]!.name });
    expect(allocated(service.book)).toBe(100_000_000);
    const saved = listBackups(file).find((b) => b.reason === 'restore')!;
    const before = Book.open(saved.file, { readonly: true });
    expect(allocated(before)).toBe(250_000_000);
    before.close();
    // the restored book goes on as a book: an edit lands
    await service.call('setClaim', { key, text: '7', scale: 'trieu' });
    expect(allocated(service.book)).toBe(7_000_000);
    service.close();
  });

  it('refuses while another program has the book open, and changes nothing', async () => {
    const file = await bookWithWork('in-use');
    const service = new Service(Book.open(file));
    const { backups } = await service.call('backupNow', {});
    await service.call('setClaim', { key, text: '250', scale: 'trieu' });
    const other = Book.open(file, { readonly: true }); // a window looking at it
    await expect(service.call('restoreBackup', { name: backups[0]!.name })).rejects.toThrow(/đang được mở ở cửa sổ hay chương trình khác/);
    expect(allocated(service.book)).toBe(250_000_000);
    other.close();
    service.close();
  });

  it('refuses a file that is not a sound book', async () => {
    const file = await bookWithWork('bad-backup');
    const junk = path.join(dir, 'junk.sovon');
    fs.writeFileSync(junk, Buffer.alloc(8192, 7));
    const service = new Service(Book.open(file));
    await expect(service.call('restoreBackup', { name: junk })).rejects.toThrow();
    await expect(service.call('restoreBackup', { name: 'no-such-backup' })).rejects.toThrow('Không có bản sao lưu "no-such-backup".');
    expect(allocated(service.book)).toBe(100_000_000);
    service.close();
  });

  it('works from the command line', async () => {
    const file = await bookWithWork('cli');
    const made = await sovon('backup', file);
    expect(made.out.trim()).toMatch(/^Đã sao lưu sổ vào .*-manual-a1-k[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}\.sovon$/);
    const listed = await sovon('restore', file);
    expect(listed.out).toMatch(/-manual-a1-k[0-9A-F-]{14}\.sovon\t\d+ KB\tsau đó: 0 thao tác/);
    const name = listBackups(file).find((b) => b.reason === 'manual')!.name;
    // the backup's name keeps the check code of the history it holds: the book still passes through it
    const code = listBackups(file).find((b) => b.reason === 'manual')!.checkCode!;
    expect((await sovon('verify', file, '--code', code)).out).toContain(`Lịch sử của sổ đi qua mã kiểm tra ${code}`);
    expect((await sovon('restore', file, name)).code).toBe(0);
  });
});

describe('a book too damaged to open', () => {
  /** Pages past the header overwritten, as a failing disk leaves them. */
  function damage(file: string): Buffer {
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6));
    fs.writeFileSync(file, bytes);
    return bytes;
  }

  it('is never written to: she is offered the latest backup, and the damaged file is kept beside it', async () => {
    const file = await bookWithWork('damaged');
    const service = new Service(Book.open(file));
    await service.call('backupNow', {});
    service.close();
    const damagedBytes = damage(file);
    const other = new Service();
    const reply = await other.dispatch('openBook', { path: file });
    expect(reply).toMatchObject({ ok: false, code: 'bookDamaged', error: expect.stringMatching(/bị hỏng .*Có bản sao lưu lúc .*: có thể khôi phục sổ từ bản đó/) });
    expect(fs.readFileSync(file).equals(damagedBytes)).toBe(true);

    const info = await other.call('restoreDamagedBook', { path: file });
    expect(info.path).toBe(file);
    expect(allocated(other.book)).toBe(100_000_000);
    // the damaged file, kept with its -wal and -shm beside it
    const kept = fs.readdirSync(path.dirname(file)).filter((f) => /^damaged\.sovon\.hong-[^.]*$/.test(f.replace(/-(wal|shm)$/, '.$1')));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(file), kept[0]!)).equals(damagedBytes)).toBe(true);
    other.close();
  });

  it('refuses to move a sound book aside', async () => {
    const file = await bookWithWork('sound');
    const service = new Service();
    await expect(service.call('restoreDamagedBook', { path: file })).rejects.toThrow(/không hỏng/);
  });

  it('is restored from the command line too', async () => {
    const file = await bookWithWork('damaged-cli');
    expect((await sovon('backup', file)).code).toBe(0);
    damage(file);
    const listed = await sovon('restore', file);
    expect(listed.out).toMatch(/^Sổ bị hỏng, không mở được\. Bản sao lưu trong [\s\S]*-manual-a1-k[0-9A-F-]{14}\.sovon/);
    const name = listBackups(file)[0]!.name;
    const res = await sovon('restore', file, name);
    expect(res).toMatchObject({ code: 0, out: expect.stringMatching(/tệp hỏng được giữ lại ở .*damaged-cli\.sovon\.hong-/) });
    expect((await sovon('verify', file)).code).toBe(0);
  });
});

describe('rotation', () => {
  it('keeps the 30 latest and one a month before them', () => {
    const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000));
    const keep = backupsToKeep(days.map((at) => ({ name: at.toISOString(), at })));
    const kept = [...keep].sort();
    expect(kept).toHaveLength(30 + 3); // January, February and March before the last 30 days
    expect(kept.slice(0, 3)).toEqual(['2026-01-31T00:00:00.000Z', '2026-02-28T00:00:00.000Z', '2026-03-31T00:00:00.000Z']);
    expect(kept.at(-1)).toBe(days.at(-1)!.toISOString());
  });
});
