// Her unit in the places a province names it (issue 26): a sheet of its own, a title line.
import { expect, it } from 'vitest';
import { isHerUnitAlone, namesUnit, sheetNamesUnit } from '../../shared/import/header-words';

it('finds her unit\'s sheet however its name is squeezed, and no other district\'s', () => {
  for (const name of ['Phong Thổ', 'PhongTho', 'PL-Phong Thổ', 'H. Phong Tho']) expect(sheetNamesUnit(name, 'Ủy ban nhân dân huyện Phong Thổ'), name).toBe(true);
  for (const name of ['Sìn Hồ', 'Tổng hợp', 'Phong']) expect(sheetNamesUnit(name, 'Huyện Phong Thổ'), name).toBe(false);
});

it('finds her unit named in a title line, and tells her district from a centre named after it', () => {
  expect(namesUnit('PHÂN BỔ KẾ HOẠCH VỐN NĂM 2024 CHO HUYỆN PHONG THỔ', 'Phong Thổ')).toBe(true);
  expect(namesUnit('Đơn vị: UBND huyện Sìn Hồ', 'Phong Thổ')).toBe(false);
  expect(isHerUnitAlone('H. Phong Thổ', 'Ủy ban nhân dân huyện Phong Thổ')).toBe(true);
  expect(isHerUnitAlone('Trung tâm Y tế huyện Phong Thổ', 'Huyện Phong Thổ')).toBe(false);
});
