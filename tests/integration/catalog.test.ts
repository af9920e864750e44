// Issue 31, Danh mục chương trình: the book's programmes with their trees, the 2026-2035
// programme added beside 2021-2025's, and a line retired that keeps its figures. Each is one
// action: undone and redone as one step, and the book verifies clean after it.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogLinesRead, ProgramCatalog } from '../../shared/api';
import { Book } from '../../electron/backend/book/book';
import { verifyBook } from '../../electron/backend/book/verify';
import { Service } from '../../electron/backend/service/service';
import { demoBookIn, sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('catalog'); });

const demo = (name: string) => demoBookIn(dir, name);

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
      expect((await service.call('bookInfo', {})).programs.map((p) => [p.code, p.years[0], p.years.at(-1)])).toEqual([['GNBV', 2021, 2026], ['MTQG', 2026, 2035]]); // 2026: the old money carried into it
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
    // as the contract writes it, without a year: from the year after its last figures
    const last = Math.max(...(JSON.parse((await sovon('claims', 'export', file)).out) as { claims: { node: string; year?: number }[] }).claims
      .filter((c) => c.node === 'DA4.1-C1').map((c) => c.year ?? 0));
    expect((await sovon('catalog', 'retire', file, '--program', 'GNBV', '--line', 'DA4.1-C1')).out).toContain(`thôi từ năm ${last + 1}`);
  });

  it("reads her programme's lines from the province's decision annex: a preview, then one action, and only what is new the next time", async () => {
    const file = await demo('annex');
    await sovon('catalog', 'add-program', file, 'MTQG');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL01');
    ws.getCell('A1').value = 'DANH MỤC DỰ ÁN, TIỂU DỰ ÁN (kèm theo Quyết định số 12/QĐ-UBND)';
    ws.addRow([]);
    ws.addRow(['STT', 'Nội dung', 'Kế hoạch vốn (triệu đồng)']);
    ws.addRow(['I', 'Dự án 1: Hỗ trợ đầu tư hạ tầng', 1000]);
    ws.addRow(['1', 'Tiểu dự án 1: Hạ tầng thiết yếu', 600]);
    ws.addRow(['2', 'Tiểu dự án 2: Duy tu, bảo dưỡng', 400]);
    ws.addRow(['II', 'Dự án 2: Hỗ trợ phát triển sản xuất', 500]);
    ws.addRow(['', 'Tổng cộng', 1500]);
    const annex = path.join(dir, 'pl01.xlsx');
    await wb.xlsx.writeFile(annex);

    const preview = await sovon('catalog', 'add', file, annex, '--program', 'MTQG', '--parent', 'HP1', '--dry-run', '--json');
    expect(preview.code).toBe(0);
    const read = JSON.parse(preview.out) as CatalogLinesRead;
    expect(read.lines.map((l) => [l.code, l.parent, l.stt, l.name])).toEqual([
      ['HP1.1', 'HP1', 'I', 'Dự án 1: Hỗ trợ đầu tư hạ tầng'],
      ['HP1.1.1', 'HP1.1', '1', 'Tiểu dự án 1: Hạ tầng thiết yếu'],
      ['HP1.1.2', 'HP1.1', '2', 'Tiểu dự án 2: Duy tu, bảo dưỡng'],
      ['HP1.2', 'HP1', 'II', 'Dự án 2: Hỗ trợ phát triển sản xuất'],
    ]);
    expect(read).toMatchObject({ sheet: 'PL01', added: 0, skipped: [{ why: 'total', text: 'Tổng cộng' }] });
    expect((await programs(file)).find((p) => p.code === 'MTQG')!.lines).toHaveLength(3);

    expect((await sovon('catalog', 'add', file, annex, '--program', 'MTQG', '--parent', 'HP1')).out).toContain('Đã thêm 4 dòng vào danh mục.');
    const mtqg = (await programs(file)).find((p) => p.code === 'MTQG')!;
    expect(mtqg.lines.find((l) => l.code === 'HP1.1.2')).toEqual({ code: 'HP1.1.2', name: 'Tiểu dự án 2: Duy tu, bảo dưỡng', parent: 'HP1.1', kind: 'content', retired: null });

    // the next year's decision: one sub-project more; what is there keeps its code
    const json = path.join(dir, 'pl02.json');
    fs.writeFileSync(json, JSON.stringify({ format: 'sovon-catalog/1', lines: [
      { stt: 'I', name: 'Dự án 1: Hỗ trợ đầu tư hạ tầng' }, { stt: '1', name: 'Tiểu dự án 1: Hạ tầng thiết yếu' }, { stt: '2', name: 'Tiểu dự án 3: Nước sạch' },
    ] }));
    const next = JSON.parse((await sovon('catalog', 'add', file, json, '--program', 'MTQG', '--parent', 'HP1', '--json')).out) as CatalogLinesRead;
    expect(next.lines.map((l) => [l.code, l.existing])).toEqual([['HP1.1', true], ['HP1.1.1', true], ['HP1.1.3', false]]);
    expect(next.added).toBe(1);

    // one action each: Hoàn tác takes the annex's four lines back together
    const service = new Service(Book.open(file));
    try {
      await service.call('undo', {});
      expect((await service.call('undo', {})).label).toBe('thêm 4 dòng danh mục dưới HP1');
      expect((await service.call('listCatalog', {})).programs[1]!.lines).toHaveLength(3);
    } finally {
      service.close();
    }
    expect((await sovon('catalog', 'add', file, json, '--program', 'MTQG', '--parent', 'DA1')).err).toContain('Không có dòng "DA1" trong danh mục của sổ.');
    fs.writeFileSync(json, '{"format": "sovon-catalog/1", "lines": []}');
    expect((await sovon('catalog', 'add', file, json, '--program', 'MTQG')).err).toContain('không đúng dạng ở "lines"');
  });
});
