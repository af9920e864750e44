// The units the wizard offers her (issue 29): a unit's name, never a column's letter, a level
// heading, a total or an investor that keeps no book; a numbered unit without its numbering.
import { expect, it } from 'vitest';
import { unitList, unitName } from '../../shared/import/unit-list';

it('keeps the names of units, however a province writes them', () => {
  for (const name of [
    'Huyện Phong Thổ', 'H. Phong Thổ', 'HUYỆN SÌN HỒ', 'UBND huyện Tam Đường', 'Ủy ban nhân dân huyện Phong Thổ', 'TP. Lai Châu', 'TP Lai Châu',
    'Thành phố Lai Châu', 'Phong Thổ', 'THAN UYÊN', 'Xã Sì Lở Lầu', 'phường Tân Phong', 'Sở Y tế', 'Sở Lao động - TB&XH', 'Ban Dân tộc tỉnh',
    'Ban QLDA ĐTXD huyện Mường Tè', 'Phòng Kinh tế - Hạ tầng huyện Sìn Hồ', 'Trung tâm Y tế huyện Phong Thổ',
  ]) expect(unitName(name), name).toBe(name);
});

it('drops column letters, level headings, totals, header words and investors that keep no book', () => {
  for (const text of [
    'B', 'A', '1', '(1)', 'IV', 'Cấp tỉnh', 'Cấp huyện', 'CẤP HUYỆN', 'Cấp xã', 'KHỐI TỈNH', 'Khối huyện', 'Các huyện, thành phố', 'Các sở, ban, ngành cấp tỉnh',
    'Các sở, ngành', 'Các xã', 'Tổng cộng', 'TỔNG CỘNG', 'Tổng số', 'Cộng', 'Cộng cấp huyện', 'Cộng A', 'Toàn tỉnh', 'Chia ra', 'Trong đó', 'Phân bổ cho các huyện',
    'STT', 'Ghi chú', 'NSTW', 'Vốn đầu tư', 'Dự án 1', 'Cộng đồng dân cư bản Na Củng, xã Thu Lũm, huyện Mường Tè', '',
  ]) expect(unitName(text), text).toBeNull();
});

it('names a numbered unit without its numbering, each unit once, in the table\'s order', () => {
  expect(unitName('II. UBND huyện Phong Thổ')).toBe('UBND huyện Phong Thổ');
  expect(unitName('1. Huyện Sìn Hồ')).toBe('Huyện Sìn Hồ');
  expect(unitList(['Cấp tỉnh', 'Sở Y tế', 'B', 'Cấp huyện', 'I. Huyện Phong Thổ', 'Huyện  Phong Thổ', 'huyện Sìn Hồ', 'Tổng cộng']))
    .toEqual(['Sở Y tế', 'Huyện Phong Thổ', 'huyện Sìn Hồ']);
});
