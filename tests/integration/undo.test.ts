// Ctrl+Z and Ctrl+Y over the whole book: an edit, a line, an explanation, an import of the
// province's file are each one step back, and one step forward again; the book after an undo is
// the book before the action, exactly; nothing another process changed is overwritten.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';
import { withRawBook } from '../support/raw-book';
import { CLAIM_HISTORY_SQL } from '../../electron/backend/book/action-log';
import { viewed } from '../support/import-view';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/province');
let dir: string;
beforeAll(() => { dir = tempDir('undo'); });

const key = { program: 'GNBV', origin: 'books', year: 2023, node: 'DA1', unit: null, capital: 'DT' as const, measure: 'allocated' as const };

async function freshService(name: string, unitName = 'Ủy ban nhân dân huyện Phong Thổ'): Promise<Service> {
  const service = new Service();
  await service.call('newBook', { path: path.join(dir, `${name}.sovon`), unitName });
  return service;
}

/** Everything she could see of the book, in a form two states can be compared by. */
function snapshot(book: Book) {
  const rows = (sql: string) => withRawBook(book.path, (db) => db.prepare(sql).all());
  return {
    claims: rows('SELECT origin, program, year_from, year_to, node, unit, capital, source, measure, amount, decimals, as_of, note FROM claims ORDER BY 1,2,3,4,5,6,7,8,9,12'),
    lines: rows('SELECT program, code, parent, kind, name, sort FROM lines ORDER BY program, sort'),
    origins: rows('SELECT id, kind, label, complete, scope FROM origins ORDER BY id'),
    explanations: rows('SELECT flag_id, note FROM explained_flags ORDER BY flag_id'),
    settings: book.tables.settings(),
    profiles: rows('SELECT name, body FROM import_mappings ORDER BY name'),
  };
}

/** The books' allocated ĐT of DA1 in 2023, as the grid shows it (an empty cell: not stated). */
async function figure(service: Service): Promise<{ dong?: number; stated: boolean }> {
  const sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: null });
  const cell = sheet.rows.find((r) => r.id === 'DA1')!.cells['allocated:DT'] as { dong?: number; stated: boolean } | undefined;
  return cell ?? { stated: false };
}

describe('undo and redo of edits', () => {
  it('takes back typed figures one at a time, and does them again', async () => {
    const service = await freshService('edits');
    await service.call('setClaim', { key, text: '100', scale: 'trieu' });
    await service.call('setClaim', { key, text: '120,5', scale: 'trieu' });
    await service.call('setClaim', { key, text: '', scale: 'trieu' });
    expect(await service.call('undoInfo', {})).toEqual({ undo: 'sửa ô Giao Vốn ĐT của Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo, năm 2023', redo: null });

    expect((await service.call('undo', {})).label).toMatch(/^sửa ô Giao Vốn ĐT/);
    expect(await figure(service)).toMatchObject({ dong: 120_500_000, stated: true });
    await service.call('undo', {});
    expect(await figure(service)).toMatchObject({ dong: 100_000_000, stated: true });
    await service.call('undo', {});
    expect(await figure(service)).toMatchObject({ stated: false });
    expect(await service.call('undo', {})).toMatchObject({ label: null, info: { undo: null } });

    await service.call('redo', {});
    expect(await figure(service)).toMatchObject({ dong: 100_000_000 });
    // a new edit after an undo: what was undone can no longer be redone
    await service.call('setClaim', { key, text: '7', scale: 'trieu' });
    expect((await service.call('undoInfo', {})).redo).toBeNull();
    expect(await service.call('redo', {})).toMatchObject({ label: null });
    expect(await figure(service)).toMatchObject({ dong: 7_000_000 });
    service.close();
  });

  it('remembers what can be undone when the book is opened again', async () => {
    const service = await freshService('restart');
    await service.call('setClaim', { key, text: '100', scale: 'trieu' });
    const file = service.book.path;
    service.close();
    const again = new Service(Book.open(file));
    expect((await again.call('undo', {})).label).toMatch(/Giao/);
    expect(await figure(again)).toMatchObject({ stated: false });
    again.close();
  });

  it('does not overwrite a figure another program changed after the action', async () => {
    const service = await freshService('conflict');
    await service.call('setClaim', { key, text: '100', scale: 'trieu' });
    // another SQLite tool, which knows nothing of Sổ Vốn's lock
    const other = new Database(service.book.path);
    other.prepare("UPDATE claims SET amount = 555 WHERE node = 'DA1'").run();
    other.close();
    const before = snapshot(service.book);
    await expect(service.call('undo', {})).rejects.toThrow(/Không hoàn tác được .*đã bị thay đổi sau đó/);
    expect(snapshot(service.book)).toEqual(before);
    service.close();
  });

  it('gives back a removed line with its figures, in its place', async () => {
    const service = await freshService('lines');
    const { rowId: first } = await service.call('addLine', { program: 'GNBV', parentRowId: 'DA1', kind: 'unit', name: 'Xã Mường So' });
    await service.call('addLine', { program: 'GNBV', parentRowId: 'DA1', kind: 'unit', name: 'Xã Sì Lở Lầu' });
    await service.call('setClaim', { key: { ...key, unit: 'Xã Mường So' }, text: '40', scale: 'trieu' });
    await service.call('renameLine', { program: 'GNBV', rowId: first, name: 'Xã Mường So mới' });
    const beforeRemove = snapshot(service.book);
    const { removedClaims } = await service.call('removeLine', { program: 'GNBV', rowId: 'DA1@Xã Mường So mới' });
    expect(removedClaims).toBe(1);
    await service.call('undo', {});
    expect(snapshot(service.book)).toEqual(beforeRemove);
    // the rename moved the unit's figure along; undoing it moves it back
    await service.call('undo', {});
    const sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: 'DA1' });
    expect(sheet.rows.find((r) => r.id === 'DA1@Xã Mường So')!.cells['allocated:DT']).toMatchObject({ dong: 40_000_000, stated: true });
    expect(sheet.rows.findIndex((r) => r.id === 'DA1@Xã Mường So')).toBeLessThan(sheet.rows.findIndex((r) => r.id === 'DA1@Xã Sì Lở Lầu'));
    service.close();
  });

  it('takes back settings and an explanation', async () => {
    const service = await freshService('settings');
    const before = snapshot(service.book);
    const info = await service.call('bookInfo', {});
    await service.call('updateSettings', { settings: { ...info.settings, place: 'Phong Thổ' } });
    await service.call('explainFlags', { program: 'GNBV', flagIds: ['x:1', 'x:2'], note: 'Chênh lệch do làm tròn' });
    expect((await service.call('undo', {})).label).toBe('giải trình 2 cờ');
    expect((await service.call('undo', {})).label).toBe('sửa thông tin đơn vị');
    expect(snapshot(service.book)).toEqual(before);
    service.close();
  });

  it('has nothing to undo in the demo book: she starts from it', async () => {
    const service = new Service();
    await service.call('newBook', { path: path.join(dir, 'demo.sovon'), demo: true });
    expect(await service.call('undoInfo', {})).toEqual({ undo: null, redo: null });
    service.close();
  });
});

describe('a cell\'s history', () => {
  it('lists every figure the cell held, when, and by which action, undo included', async () => {
    const service = await freshService('history');
    await service.call('setClaim', { key, text: '100', scale: 'trieu' });
    await service.call('setClaim', { key, text: '120,5', scale: 'trieu' });
    await service.call('undo', {});
    await service.call('setClaim', { key: { ...key, node: 'DA2' }, text: '9', scale: 'trieu' }); // another cell: not listed
    const { entries } = await service.call('cellHistory', { key: { ...key, source: null } });
    expect(entries.map((e) => [e.label?.slice(0, 17), e.before?.amount ?? null, e.after?.amount ?? null])).toEqual([
      ['sửa ô Giao Vốn ĐT', null, '100000000'],
      ['sửa ô Giao Vốn ĐT', '100000000', '120500000'],
      ['hoàn tác: sửa ô G', '120500000', '100000000'],
    ]);
    expect(entries.map((e) => e.action)).toEqual([1, 2, 3]);
    service.close();
  });

  it('finds the cell\'s rows by its index, not by reading the whole log', async () => {
    const service = await freshService('history-index');
    await service.call('setClaim', { key, text: '1', scale: 'trieu' });
    const plan = withRawBook(service.book.path, (db) => db.prepare(`EXPLAIN QUERY PLAN ${CLAIM_HISTORY_SQL}`).all(
      { origin: 'books', program: 'GNBV', year_from: 2023, year_to: 2023, node: 'DA1', unit: '', capital: 'DT', source: '', measure: 'allocated' },
    ) as { detail: string }[]);
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH a USING INDEX audit_claim_cell/);
    service.close();
  });
});

describe('report templates she adds', () => {
  const template = () => ({ fileName: 'mau-rieng.xlsx', data: fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/templates/tinh-hinh-giao-von-giai-ngan.xlsx')).toString('base64') });

  it('are one action each: adding and removing one can be undone and redone, and stand in the log', async () => {
    const service = await freshService('templates');
    const { added } = await service.call('addTemplate', template());
    expect(added).not.toBeNull();
    const ids = async () => (await service.call('listTemplates', {})).templates.filter((t) => t.source === 'book').map((t) => t.id);
    expect(await ids()).toEqual([added!.id]);
    expect((await service.call('undoInfo', {})).undo).toBe('thêm mẫu báo cáo "mau-rieng"');
    await service.call('undo', {});
    expect(await ids()).toEqual([]);
    await service.call('redo', {});
    expect(await ids()).toEqual([added!.id]);
    await service.call('removeTemplate', { id: added!.id });
    expect(await ids()).toEqual([]);
    await service.call('undo', {});
    expect(await ids()).toEqual([added!.id]);
    const kinds = withRawBook(service.book.path, (db) => db.prepare("SELECT count(*) AS n FROM audit WHERE kind = 'template'").get());
    expect(kinds).toEqual({ n: 5 });
    service.close();
  });
});

describe('undo of an import', () => {
  const file = path.join(fixtures, 'sample-2022-units-as-rows.xlsx');
  const input = () => ({ program: 'GNBV', fileName: 'sample-2022-units-as-rows.xlsx', data: fs.readFileSync(file).toString('base64') });

  it('takes back the whole import as one step, and the file can be imported again', async () => {
    const service = await freshService('import');
    await service.call('setClaim', { key: { ...key, year: 2022, capital: 'SN', node: 'DA2' }, text: '1', scale: 'trieu' });
    const before = snapshot(service.book);
    const done = await service.call('commitImport', { ...input(), toBooks: true });
    expect(done.claims).toBeGreaterThan(0);
    const after = snapshot(service.book);
    expect(await service.call('undoInfo', {})).toMatchObject({ undo: 'nhập QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01)' });

    await service.call('undo', {});
    expect(snapshot(service.book)).toEqual(before);
    expect((await service.call('bookInfo', {})).origins.map((o) => o.id)).toEqual(['books']);
    expect(viewed(await service.call('previewImport', input())).importedAs).toBeNull();

    await service.call('redo', {});
    expect(snapshot(service.book)).toEqual(after);
    expect(viewed(await service.call('previewImport', input())).importedAs).toMatch(/413/);
    // undone and done again: the file is kept once
    expect(withRawBook(service.book.path, (db) => db.prepare('SELECT count(*) AS n FROM documents').get())).toEqual({ n: 1 });
    service.close();
  });
});
