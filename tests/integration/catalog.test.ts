// Issue 31, Danh mục chương trình: the book's programmes with their trees, the 2026-2035
// programme added beside 2021-2025's, and a line retired that keeps its figures. Each is one
// action: undone and redone as one step, and the book verifies clean after it.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgramCatalog } from '../../shared/api';
import { Book } from '../../electron/backend/book/book';
import { verifyBook } from '../../electron/backend/book/verify';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('catalog'); });

async function demo(name: string): Promise<string> {
  const file = path.join(dir, `${name}.sovon`);
  expect((await sovon('new', file, '--demo')).code).toBe(0);
  return file;
}

const programs = async (file: string): Promise<ProgramCatalog[]> => (JSON.parse((await sovon('catalog', 'list', file, '--json')).out) as { programs: ProgramCatalog[] }).programs;

describe('sovon catalog', () => {
  it('lists the programmes of the book as the contract says, and what may be added', async () => {
    const file = await demo('list');
    const [gnbv, ...others] = await programs(file);
    expect(others).toEqual([]);
    expect(gnbv).toMatchObject({ code: 'GNBV', from: 2021, to: 2025, basis: 'Quyết định 90/QĐ-TTg ngày 18/01/2022' });
    expect(gnbv!.lines).toContainEqual({ code: 'DA1.1', name: expect.stringMatching(/^Tiểu dự án 1: /), parent: 'DA1', kind: 'node', retired: null });
    // her own content lines of the demo hang under the catalogue; her units are not catalogue lines
    expect(gnbv!.lines).toContainEqual(expect.objectContaining({ code: 'DA4.1-C1', parent: 'DA4.1', kind: 'content' }));
    expect(gnbv!.lines.some((l) => l.code.includes('@'))).toBe(false);
    const text = await sovon('catalog', 'list', file);
    expect(text.out).toContain('Có thể thêm: Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững');
    expect(text.out).toContain('sovon catalog add-program BOOK mtqg-2026-2035');
  });

  it('adds the 2026-2035 programme with only what the sources give, once, as one action she can undo', async () => {
    const file = await demo('add');
    const added = await sovon('catalog', 'add-program', file, 'mtqg-2026-2035');
    expect(added).toMatchObject({ code: 0, out: expect.stringMatching(/^Đã thêm chương trình MTQG: /) });
    const mtqg = (await programs(file)).find((p) => p.code === 'MTQG')!;
    expect(mtqg).toMatchObject({ from: 2026, to: 2035, basis: expect.stringContaining('Nghị quyết 257/2025/QH15') });
    expect(mtqg.basis).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
    // the programme and its two components: the lower levels are hers to add from the province's decision
    expect(mtqg.lines.map((l) => [l.code, l.parent])).toEqual([['MTQG', null], ['HP1', 'MTQG'], ['HP2', 'MTQG']]);
    expect((await sovon('catalog', 'add-program', file, 'MTQG')).err).toContain('Sổ đã có chương trình MTQG');
    expect((await sovon('catalog', 'add-program', file, 'XYZ')).err).toContain('Không có danh mục chương trình "XYZ"; có: GNBV, MTQG.');

    const service = new Service(Book.open(file));
    try {
      expect((await service.call('bookInfo', {})).programs.map((p) => [p.code, p.years[0], p.years.at(-1)])).toEqual([['GNBV', 2021, 2025], ['MTQG', 2026, 2035]]);
      expect((await service.call('undo', {})).label).toMatch(/^thêm chương trình "Chương trình mục tiêu quốc gia/);
      expect((await service.call('bookInfo', {})).programs.map((p) => p.code)).toEqual(['GNBV']);
      await service.call('redo', {});
      expect((await service.call('bookInfo', {})).programs.map((p) => p.code)).toEqual(['GNBV', 'MTQG']);
      expect(verifyBook(service.book).problems).toEqual([]);
    } finally {
      service.close();
    }
  });

  it('retires her line from a year: its figures stay, and it runs again on undo or --run', async () => {
    const file = await demo('retire');
    const service = new Service(Book.open(file));
    const figures = () => service.book.claims.ofNode('GNBV', 'DA4.1-C1', null).length;
    const before = figures();
    expect(before).toBeGreaterThan(0);
    try {
      const { line } = await service.call('retireLine', { program: 'GNBV', code: 'DA4.1-C1', year: 2025 });
      expect(line).toMatchObject({ code: 'DA4.1-C1', retired: 2025 });
      expect(figures()).toBe(before);
      expect((await service.call('undo', {})).label).toBe('thôi dòng "Sửa chữa cơ sở vật chất Trung tâm giáo dục nghề nghiệp - GDTX huyện" từ năm 2025');
      expect((await service.call('listCatalog', {})).programs[0]!.lines.find((l) => l.code === 'DA4.1-C1')!.retired).toBeNull();
      await service.call('redo', {});
      expect(verifyBook(service.book).problems).toEqual([]);
    } finally {
      service.close();
    }
    const listed = await sovon('catalog', 'list', file);
    expect(listed.out).toMatch(/DA4\.1-C1\tSửa chữa cơ sở vật chất [^\t]*\tthôi từ năm 2025/);
    expect((await sovon('catalog', 'retire', file, '--program', 'GNBV', '--line', 'DA4.1-C1', '--run')).out).toBe('Dòng DA4.1-C1 (Sửa chữa cơ sở vật chất Trung tâm giáo dục nghề nghiệp - GDTX huyện) chạy lại.\n');
    expect((await sovon('catalog', 'retire', file, '--program', 'GNBV', '--line', 'DA4.1', '--year', '2025')).err).toContain('Không có dòng tự thêm "DA4.1"');
    expect((await sovon('catalog', 'retire', file, '--program', 'GNBV', '--line', 'DA4.1-C1', '--year', '2025', '--run')).err).toContain('Chọn một: --year N');
  });
});
