import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { SCHEMA_VERSION } from '../../electron/backend/book/migrations';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';
import { withRawBook } from '../support/raw-book';

let dir: string;
beforeAll(() => { dir = tempDir('store'); });

const key = { program: 'GNBV', origin: 'books', year: 2023, node: 'DA5', unit: null, capital: 'SN' as const, source: null, measure: 'allocated' as const };

describe('the book file', () => {
  it('keeps an edit after the book is closed and opened again', async () => {
    const file = path.join(dir, 'persist.sovon');
    const first = new Service();
    await first.call('newBook', { path: file, unitName: 'UBND xã Mường So' });
    await first.call('setClaim', { key, text: '12.060', scale: 'trieu' });
    first.close();

    const again = new Service(Book.open(file));
    const sheet = await again.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: 'DA5' });
    expect(sheet.rows[0]!.cells['allocated:SN']).toEqual({ kind: 'money', dong: 12_060_000_000, stated: true });
    expect((await again.call('bookInfo', {})).settings.unitName).toBe('UBND xã Mường So');
    again.close();
  });

  it('writes each edit with its audit row in one transaction', async () => {
    const file = path.join(dir, 'audit.sovon');
    const service = new Service();
    await service.call('newBook', { path: file });
    await service.call('setClaim', { key, text: '100', scale: 'trieu' });
    await service.call('setClaim', { key, text: '', scale: 'trieu' });
    const audit = withRawBook(file, (db) => db.prepare("SELECT action_id AS action, kind, before, after FROM audit WHERE kind <> 'action' ORDER BY id").all());
    const state = JSON.stringify({ amount: '100000000', decimals: null, note: null });
    expect(audit).toEqual([
      { action: 1, kind: 'claim', before: null, after: state },
      { action: 2, kind: 'claim', before: state, after: null },
    ]);
    service.close();
  });

  it('knows the years with figures of a single year, skipping years between and periods', async () => {
    const file = path.join(dir, 'years.sovon');
    const service = new Service();
    await service.call('newBook', { path: file });
    await service.call('setClaim', { key: { ...key, year: 2021 }, text: '1', scale: 'trieu' });
    await service.call('setClaim', { key: { ...key, year: 2024 }, text: '2', scale: 'trieu' });
    withRawBook(file, (db) => {
      const raw = db.prepare("INSERT INTO claims (origin, program, year_from, year_to, node, measure, amount) VALUES ('books', ?, ?, ?, 'DA5', 'allocated', 5)");
      raw.run('GNBV', 2022, 2025); // a period's figure: no year of its own
      raw.run('OTHER', 2023, 2023); // another programme's year
    });
    expect(service.book.claims.years('GNBV')).toEqual([2021, 2024]);
    expect(service.book.claims.years('OTHER')).toEqual([2023]);
    expect(service.book.claims.years('NONE')).toEqual([]);
    service.close();
  });

  it('is known as a book by a second process while the first still holds it fresh', async () => {
    const file = path.join(dir, 'held.sovon');
    const service = new Service();
    await service.call('newBook', { path: file });
    const second = Book.open(file, { readonly: true }); // the CLI's look, while the app has the book open
    expect(second.tables.origins().map((o) => o.id)).toEqual(['books']);
    second.close();
    service.close();
  });

  it('refuses bad input with a Vietnamese message and leaves the book untouched', async () => {
    const file = path.join(dir, 'bad.sovon');
    const service = new Service();
    await service.call('newBook', { path: file });
    await expect(service.call('setClaim', { key, text: '12,3,4x', scale: 'trieu' })).rejects.toThrow(/không hợp lệ/);
    await expect(service.call('setClaim', { key: { ...key, node: 'DA99' }, text: '1', scale: 'trieu' })).rejects.toThrow(/Không có dòng "DA99"/);
    expect(await service.dispatch('setClaim', { key: { ...key, measure: 'bogus' } })).toMatchObject({ ok: false, error: expect.stringMatching(/Yêu cầu không hợp lệ/) });
    expect(service.book.claims.select({ program: 'GNBV' })).toEqual([]);
    service.close();
  });

  it('refuses a file made by a newer version, without changing it', () => {
    const file = path.join(dir, 'newer.sovon');
    Book.create(file, { title: 'x' } as never, []).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => Book.open(file)).toThrow(/phiên bản Sổ Vốn mới hơn/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reads settings an older Sổ Vốn wrote without every field, and names settings another program damaged', async () => {
    const file = path.join(dir, 'settings.sovon');
    Book.create(file, { title: 'Sổ cũ' } as never, []).close();
    const old = Book.open(file);
    expect(old.tables.settings()).toMatchObject({ title: 'Sổ cũ', unitName: '', signers: { head: { title: 'Thủ trưởng đơn vị' } } });
    old.close();
    withRawBook(file, (db) => db.prepare(`UPDATE settings SET value = '{"title":"x","signers":"ai"}' WHERE key = 'book'`).run());
    const damaged = Book.open(file);
    expect(() => damaged.tables.settings()).toThrow(/Dữ liệu trong sổ \(bảng settings\) không đọc được: trường "signers"/);
    damaged.close();
  });

  it('refuses a file that is not a book', () => {
    const file = path.join(dir, 'other.sqlite');
    new Database(file).exec('CREATE TABLE t (x)');
    expect(() => Book.open(file)).toThrow(/không phải là sổ/);
    fs.writeFileSync(path.join(dir, 'text.sovon'), 'hello');
    expect(() => Book.open(path.join(dir, 'text.sovon'))).toThrow(/không phải là sổ/);
  });

  it('adds, renames and removes her own lines, with their figures', async () => {
    const service = new Service();
    await service.call('newBook', { path: path.join(dir, 'lines.sovon') });
    const { rowId } = await service.call('addLine', { program: 'GNBV', parentRowId: 'DA2', kind: 'unit', name: 'Trung tâm DVNN' });
    expect(rowId).toBe('DA2@Trung tâm DVNN');
    await service.call('setClaim', { key: { ...key, node: 'DA2', unit: 'Trung tâm DVNN' }, text: '2.015', scale: 'trieu' });
    const renamed = await service.call('renameLine', { program: 'GNBV', rowId, name: 'TT Dịch vụ nông nghiệp' });
    let sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: 'DA2' });
    expect(sheet.rows.map((r) => r.label)).toEqual(['Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', 'TT Dịch vụ nông nghiệp']);
    expect(sheet.rows[0]!.cells['allocated:SN']).toMatchObject({ dong: 2_015_000_000, stated: false });
    await expect(service.call('removeLine', { program: 'GNBV', rowId: 'DA2' })).rejects.toThrow(/danh mục/);
    expect(await service.call('removeLine', { program: 'GNBV', rowId: renamed.rowId })).toEqual({ removedClaims: 1 });
    sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: 'DA2' });
    expect(sheet.rows).toHaveLength(1);
    service.close();
  });

  it('saves a copy that opens as the same book', async () => {
    const service = new Service();
    await service.call('newBook', { path: path.join(dir, 'orig.sovon') });
    await service.call('setClaim', { key, text: '7', scale: 'trieu' });
    const { path: copy } = await service.call('saveCopy', { path: path.join(dir, 'copy') });
    service.close();
    const copied = Book.open(copy);
    expect(copied.claims.select({ program: 'GNBV' })).toHaveLength(1);
    expect(copied.integrityProblems()).toEqual([]);
    copied.close();
  });
});
