// Browser mode's file picker: she sees one folder's sub-folders and books, and the places she
// starts from, without ever typing a path.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_ENTRIES } from '../../electron/backend/folders/listing';
import { rememberBook } from '../../electron/backend/recent';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';

let dir: string;
let home: string;
const oldHome = process.env.HOME;
const service = new Service();

beforeAll(() => {
  dir = tempDir('folders');
  // her home folder, with Documents and a year folder of books
  home = path.join(dir, 'lan');
  process.env.HOME = home;
  fs.mkdirSync(path.join(home, 'Documents', 'Sổ 2025'), { recursive: true });
  fs.mkdirSync(path.join(home, 'Zalo Received Files'));
  fs.mkdirSync(path.join(home, '.config'));
  fs.writeFileSync(path.join(home, 'Documents', 'xa-muong-so.sovon'), Buffer.alloc(4096));
  fs.writeFileSync(path.join(home, 'Documents', 'Phong Thổ.SOVON'), 'x');
  fs.writeFileSync(path.join(home, 'Documents', 'bao-cao.xlsx'), 'x');
  fs.writeFileSync(path.join(home, 'Documents', '.an.sovon'), 'x');
  fs.mkdirSync(path.join(home, 'Documents', '.cache'));
  fs.symlinkSync(path.join(home, 'Documents', 'Sổ 2025'), path.join(home, 'Documents', 'loi-tat'));
  fs.symlinkSync(path.join(home, 'khong-co'), path.join(home, 'Documents', 'loi-hong.sovon'));
});
afterAll(() => {
  process.env.HOME = oldHome;
  service.close();
});

describe('listing one folder', () => {
  it('shows sub-folders, then .sovon books with size and date, and leaves out dot files and other files', async () => {
    const docs = path.join(home, 'Documents');
    const list = await service.call('listFolder', { path: docs });
    expect(list.path).toBe(docs);
    expect(list.parent).toBe(home);
    expect(list.folders.map((f) => f.name)).toEqual(['loi-tat', 'Sổ 2025']);
    expect(list.files.map((f) => f.name)).toEqual(['Phong Thổ.SOVON', 'xa-muong-so.sovon']);
    expect(list.files[1]).toMatchObject({ path: path.join(docs, 'xa-muong-so.sovon'), size: 4096 });
    expect(Date.parse(list.files[1]!.modified)).toBeGreaterThan(Date.now() - 60_000);
    expect(list.crumbs.map((c) => c.name)).toEqual(['/', ...docs.split('/').slice(1)]);
    expect(list.crumbs.at(-1)).toEqual({ name: 'Documents', path: docs });
    expect(list.note).toBeNull();
  });

  it('starts in her home folder when no book is open, and understands ~', async () => {
    const start = await service.call('listFolder', {});
    expect(start.path).toBe(home);
    expect(start.folders.map((f) => f.name)).toEqual(['Documents', 'Zalo Received Files']);
    expect((await service.call('listFolder', { path: '~/Documents/Sổ 2025' })).path).toBe(path.join(home, 'Documents', 'Sổ 2025'));
  });

  it('offers home, Documents and the folders of recent books as places, and starts beside the open book', async () => {
    const book = path.join(home, 'Documents', 'Sổ 2025', 'so-moi.sovon');
    await service.call('newBook', { path: book });
    rememberBook(path.join(dir, 'elsewhere', 'gone.sovon'));
    rememberBook(book);
    const list = await service.call('listFolder', {});
    expect(list.path).toBe(path.dirname(book));
    expect(list.files.map((f) => f.name)).toEqual(['so-moi.sovon']);
    expect(list.places.map((p) => [p.kind, p.path])).toEqual([
      ['home', home],
      ['documents', path.join(home, 'Documents')],
      ['book', path.dirname(book)],
    ]);
  });

  it('says in Vietnamese which folder it cannot read, and refuses paths it cannot trust', async () => {
    const gone = path.join(home, 'USB đã rút');
    expect(await service.dispatch('listFolder', { path: gone })).toEqual({ ok: false, error: expect.stringContaining(`Không tìm thấy thư mục "${gone}"`) });
    const file = path.join(home, 'Documents', 'bao-cao.xlsx');
    expect(await service.dispatch('listFolder', { path: file })).toMatchObject({ ok: false, error: expect.stringContaining('không phải thư mục') });
    expect(await service.dispatch('listFolder', { path: 'Documents' })).toMatchObject({ ok: false, error: expect.stringMatching(/chưa đầy đủ/) });
    expect(await service.dispatch('listFolder', { path: `${home}\u0000` })).toMatchObject({ ok: false, error: expect.stringMatching(/ký tự điều khiển/) });
  });

  // root reads any folder whatever its mode (the tests run as root in CI): the refusal is made
  // by the system call itself, stubbed
  it('names the folder it may not read even when the tests run as root', async () => {
    const refuse = vi.spyOn(fs, 'readdirSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    const locked = path.join(home, 'Zalo Received Files');
    expect(await service.dispatch('listFolder', { path: locked })).toEqual({ ok: false, error: expect.stringContaining(`Không đọc được thư mục "${locked}": không có quyền`) });
    refuse.mockRestore();
  });

  it(`shows at most ${MAX_ENTRIES} entries, books first, and says how many there are`, async () => {
    const big = path.join(dir, 'big');
    fs.mkdirSync(big);
    for (let i = 0; i < MAX_ENTRIES + 5; i++) fs.mkdirSync(path.join(big, `thu-muc-${i}`));
    fs.writeFileSync(path.join(big, 'so.sovon'), 'x');
    const list = await service.call('listFolder', { path: big });
    expect(list.files.map((f) => f.name)).toEqual(['so.sovon']);
    expect(list.folders).toHaveLength(MAX_ENTRIES - 1);
    expect(list.folders.slice(0, 3).map((f) => f.name)).toEqual(['thu-muc-0', 'thu-muc-1', 'thu-muc-2']);
    expect(list.note).toMatch(/2\.006 mục, chỉ hiện 2\.000/);
  });
});
