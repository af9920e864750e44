// Captions as provinces number and abbreviate them, read as the catalogue's lines (issue 26).
import { expect, it } from 'vitest';
import { loadCatalog } from '../../electron/backend/catalogs';
import { CatalogMatcher } from '../../shared/import/match';

const matcher = new CatalogMatcher(loadCatalog('gnbv-2021-2025'));
const read = (caption: string, within: string | null = null) => matcher.match([caption], within);

it('reads a sub-project by its numbering under its project, whatever bullet or letter leads it', () => {
  for (const caption of ['+ Tiểu dự án 1', '- TDA1', 'a) TDA 1', '1.1. Tiểu dự án 1']) expect(read(caption, 'DA4'), caption).toEqual({ node: 'DA4.1', sure: true });
});

it('reads a caption naming both levels: "thuộc", a dash, and a dash inside the name', () => {
  expect(read('Tiểu dự án 1 thuộc Dự án 3')).toEqual({ node: 'DA3.1', sure: true });
  expect(read('DA4 - TDA2')).toEqual({ node: 'DA4.2', sure: true });
  expect(read('Dự án 1 - Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo')).toEqual({ node: 'DA1.1', sure: true });
});

it('tells sub-projects numbered alike apart by the name after the colon, with no project above', () => {
  expect(read('Tiểu dự án 2: Cải thiện dinh dưỡng')).toEqual({ node: 'DA3.2', sure: true });
  expect(read('Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng')).toEqual({ node: 'DA1.1', sure: true });
  expect(read('Tiểu dự án 1')).toBeNull();
});

it('reads a name without its numbering, and never takes the start of a word for a numeral', () => {
  expect(read('+ Hỗ trợ việc làm bền vững')).toEqual({ node: 'DA4.3', sure: true });
  expect(read('Cải thiện dinh dưỡng')).toEqual({ node: 'DA3.2', sure: true });
});

it('takes "TỔNG SỐ", "Cộng" and "II. Tổng cộng" for totals, never a work named "Cống hộp …", "Cổng, tường rào …" or "Cộng đồng …"', () => {
  expect(['TỔNG SỐ', 'Cộng', 'II. Tổng cộng', 'TONG SO'].filter((t) => !matcher.isTotal(t))).toEqual([]);
  expect(['Cống hộp qua suối bản Nậm Cáy', 'Cổng, tường rào Trường Mầm non', 'Cộng đồng dân cư bản Xà Phìn'].filter((t) => matcher.isTotal(t))).toEqual([]);
});

it('reads a sub-project named as its project under the project\'s row, and names cut short or written short', () => {
  const da1 = 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo';
  expect(matcher.sameNamedChild('DA1', da1)).toBe('DA1.1');
  expect(matcher.sameNamedChild('DA2', 'Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo')).toBeNull();
  expect(read('Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn')).toEqual({ node: 'DA1', sure: false });
  expect(read('Phát triển GDNN, việc làm bền vững')?.node).toBe('DA4');
});
