// Issue 31: an annex imports into the programme its title names. A book of 2026 holds the
// 2026-2035 programme and the 2021-2025 one (its money carried into 2026); the province's annex
// says "giai đoạn 2026-2030" or "giai đoạn 2021-2025", and goes there whatever is on screen.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportView } from '../../shared/api';
import { programOfTitle } from '../../shared/import/title-program';
import { Book } from '../../electron/backend/book/book';
import { loadCatalog } from '../../electron/backend/catalogs';
import { Service } from '../../electron/backend/service/service';
import { defaultSettings } from '../../shared/settings';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

const dir = tempDir('import-program');
const services: Service[] = [];
afterAll(() => services.forEach((s) => s.close()));

function serviceFor(name: string): { service: Service; file: string } {
  const file = path.join(dir, `${name}.sovon`);
  const service = new Service(Book.create(file, defaultSettings('Sổ', 'Huyện Phong Thổ'), [loadCatalog('gnbv-2021-2025'), loadCatalog('mtqg-2026-2035')]));
  services.push(service);
  return { service, file };
}

async function annex(name: string, title: string, columns: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL01');
  ws.getCell('A1').value = title;
  ws.getCell('D2').value = 'ĐVT: triệu đồng';
  ws.addRow(['TT', 'Đơn vị', 'Tổng số', ...columns]);
  ws.addRow([1, 'Huyện Phong Thổ', 300, 100, 200]);
  ws.addRow([2, 'Huyện Sìn Hồ', 90, 40, 50]);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const input = (file: string, program: string) => ({ program, fileName: path.basename(file), data: fs.readFileSync(file).toString('base64') });
const PROGRAMS = [{ program: 'GNBV', period: { from: 2021, to: 2025 } }, { program: 'MTQG', period: { from: 2026, to: 2035 } }];

describe('the programme an annex belongs to', () => {
  it('is the one whose period holds the period its title names', () => {
    expect(programOfTitle('PHÂN BỔ VỐN NĂM 2026 CHƯƠNG TRÌNH MTQG GIAI ĐOẠN 2026-2030', PROGRAMS)).toBe('MTQG');
    expect(programOfTitle('Kế hoạch vốn năm 2025 kéo dài sang năm 2026, Chương trình MTQG giảm nghèo bền vững giai đoạn 2021 – 2025', PROGRAMS)).toBe('GNBV');
    expect(programOfTitle('PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP NĂM 2024', PROGRAMS)).toBeNull();
    expect(programOfTitle('giai đoạn 2024-2027', PROGRAMS)).toBeNull();
  });

  it('imports a 2026-2030 annex into the new programme while the old one is on screen, and says so', async () => {
    const { service } = serviceFor('new');
    const file = await annex('mtqg.xlsx', 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP NĂM 2026 CHƯƠNG TRÌNH MTQG GIAI ĐOẠN 2026-2030', ['Hợp phần 1', 'Hợp phần 2']);
    const view = await service.call('previewImport', input(file, 'GNBV')) as ImportView;
    expect([view.program, view.programFromTitle, view.year]).toEqual(['MTQG', true, 2026]);
    expect(view.figures.map((f) => [f.node, f.dong])).toEqual(expect.arrayContaining([['HP1', 100_000_000], ['HP2', 200_000_000]]));
    const done = await service.call('commitImport', input(file, 'GNBV'));
    expect(done.program).toBe('MTQG');
    expect(service.book.claims.select({ program: 'MTQG', origin: done.origin }).length).toBeGreaterThan(0);
    expect(service.book.claims.select({ program: 'GNBV', origin: done.origin })).toEqual([]);
  });

  it('keeps an annex of the old programme there from the new one’s screen; --program she names wins', async () => {
    const { service, file: book } = serviceFor('old');
    const file = await annex('gnbv.xlsx', 'PHÂN BỔ VỐN SỰ NGHIỆP NĂM 2025 CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021-2025', ['Dự án 2', 'Dự án 3']);
    expect((await service.call('previewImport', input(file, 'MTQG')) as ImportView).program).toBe('GNBV');
    service.close();
    services.pop();
    const dry = await sovon('import', book, file, '--dry-run', '--json');
    expect(JSON.parse(dry.out).program).toBe('GNBV');
    const named = await sovon('import', book, file, '--dry-run', '--json', '--program', 'MTQG');
    expect(JSON.parse(named.out).program).toBe('MTQG');
    // the text says where an annex goes when it is not the programme she is on
    const mtqg = await annex('mtqg-cli.xlsx', 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP NĂM 2026 CHƯƠNG TRÌNH MTQG GIAI ĐOẠN 2026-2030', ['Hợp phần 1', 'Hợp phần 2']);
    expect((await sovon('import', book, mtqg, '--dry-run')).out).toContain('Vào chương trình MTQG, theo giai đoạn ghi ở tiêu đề.');
    expect((await sovon('import', book, file, '--dry-run')).out).not.toContain('theo giai đoạn ghi ở tiêu đề');
  });
});
