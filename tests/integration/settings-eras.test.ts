// Issue 31: Cài đặt keeps the history of the book's own unit name, parent agency and signers, so a
// sheet printed for 2024 shows who signed then, and one printed for 2026 who signs now.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { type BookSettings, settingsFrom, settingsOfYear } from '../../shared/settings';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('settings-eras'); });

const named = (s: BookSettings, unitName: string, chief: string): BookSettings =>
  ({ ...s, unitName, signers: { ...s.signers, chiefAccountant: { ...s.signers.chiefAccountant, name: chief } } });

describe('the unit and its signers year by year', () => {
  it('keeps the years before a change as they were, and a later change keeps the one before', () => {
    const base = named({ title: 'Sổ', unitName: '', parentAgency: 'UBND tỉnh Lai Châu', unitCode: '', place: '', firstYear: null, signers: {
      preparer: { title: 'Người lập biểu', name: '' }, chiefAccountant: { title: 'Kế toán trưởng', name: '' }, head: { title: 'Thủ trưởng đơn vị', name: '' },
    } }, 'UBND huyện Phong Thổ', 'Lò Văn A');
    const commune = settingsFrom(base, named(base, 'UBND xã Phong Thổ', 'Lò Văn A'), 2026);
    const later = settingsFrom(commune, named(commune, 'UBND xã Phong Thổ', 'Vàng Thị B'), 2027);
    expect([2024, 2025, 2026, 2027, 2030].map((y) => [settingsOfYear(later, y).unitName, settingsOfYear(later, y).signers.chiefAccountant.name])).toEqual([
      ['UBND huyện Phong Thổ', 'Lò Văn A'], ['UBND huyện Phong Thổ', 'Lò Văn A'], ['UBND xã Phong Thổ', 'Lò Văn A'], ['UBND xã Phong Thổ', 'Vàng Thị B'], ['UBND xã Phong Thổ', 'Vàng Thị B'],
    ]);
    expect(later.earlier!.map((e) => e.until)).toEqual([2025, 2026]);
    // a change dated before an earlier one replaces what came after it
    const back = settingsFrom(later, named(later, 'UBND xã Phong Thổ (mới)', 'C'), 2025);
    expect([2024, 2025, 2026].map((y) => settingsOfYear(back, y).unitName)).toEqual(['UBND huyện Phong Thổ', 'UBND xã Phong Thổ (mới)', 'UBND xã Phong Thổ (mới)']);
  });

  it('prints 2024 with the district and its accountant, 2026 with the commune, after one change from 2026', async () => {
    const file = path.join(dir, 'eras.sovon');
    expect((await sovon('new', file, '--demo')).code).toBe(0);
    const service = new Service(Book.open(file));
    try {
      const before = (await service.call('bookInfo', {})).settings;
      await service.call('updateSettings', { settings: named(before, 'Ủy ban nhân dân huyện Phong Thổ', 'Lò Văn A') });
      const now = (await service.call('bookInfo', {})).settings;
      await service.call('updateSettings', { settings: named(now, 'Ủy ban nhân dân xã Phong Thổ', 'Vàng Thị B'), from: 2026 });
      const print = async (year: number) => (await service.call('printSheet', {
        program: 'GNBV', sheet: 'bang', year, project: null, scale: 'trieu', origin: 'books', collapsed: [], date: '2026-01-05',
      } as never)).html;
      const of2024 = await print(2024);
      expect(of2024).toContain('Ủy ban nhân dân huyện Phong Thổ');
      expect(of2024).toContain('Lò Văn A');
      expect(of2024).not.toContain('Vàng Thị B');
      // under the title, the programme and its legal basis
      expect(of2024).toContain('<p class="subtitle program">Chương trình MTQG giảm nghèo bền vững 2021-2025 (Quyết định 90/QĐ-TTg ngày 18/01/2022)</p>');
      const of2026 = await print(2026);
      expect(of2026).toContain('Ủy ban nhân dân xã Phong Thổ');
      expect(of2026).toContain('Vàng Thị B');
      // one action: Hoàn tác takes the change and its history back together
      await service.call('undo', {});
      expect((await service.call('bookInfo', {})).settings).toEqual(now);
    } finally {
      service.close();
    }
  });
});
