import { expect, it } from 'vitest';
import { loadCatalog } from '../../electron/backend/catalogs';
import { readHeaderWord } from '../../shared/import/header-words';
import { CatalogMatcher } from '../../shared/import/match';
import { measureOf } from '../../shared/import/measure-words';

it('reads the measure a column header names, as reports and the Treasury write them', () => {
  const cases: [string[], string | null][] = [
    [['Vốn năm trước chuyển sang', 'Vốn ĐT'], 'carry_in'],
    [['Kế hoạch vốn giao trong năm', 'Vốn SN'], 'allocated'],
    [['Điều chỉnh, bổ sung (±)'], 'adjusted'],
    [['Tổng vốn được sử dụng', 'Tổng số'], 'available'],
    [['Dự toán năm được chi'], 'available'],
    [['Giải ngân', 'Vốn ĐT'], 'disbursed'],
    [['Dự toán đã sử dụng đến 31/01 năm sau'], 'disbursed'],
    [['Tỷ lệ giải ngân (%)'], 'rate'],
    [['Chuyển sang năm sau'], 'carry_out'],
    [['Số dư dự toán chuyển năm sau'], 'carry_out'],
    [['Dự toán bị hủy'], 'cancelled'],
    [['Huyện Phong Thổ'], null],
    [['Ghi chú'], null],
  ];
  for (const [labels, want] of cases) expect(measureOf(labels), labels.join(' / ')).toBe(want);
});

it('reads money carried into a year by the table\'s own year: out of it into a later one, into it from the one before', () => {
  expect(measureOf(['Kéo dài sang năm 2025'], 2024)).toBe('carry_out');
  expect(measureOf(['Kế hoạch vốn năm 2023 kéo dài sang năm 2024'], 2024)).toBe('carry_in');
  expect(measureOf(['Vốn năm 2023 chuyển sang'], 2024)).toBe('carry_in');
  expect(measureOf(['Chuyển sang 2025', 'Vốn ĐT'], 2024)).toBe('carry_out');
  expect(measureOf(['Tỷ lệ giải ngân so với vốn chuyển sang năm 2025'], 2024)).toBe('rate');
});

it('knows a column that adds up its neighbours, and a measure that only begins like one', () => {
  const matcher = new CatalogMatcher(loadCatalog('gnbv-2021-2025'));
  const role = (text: string) => readHeaderWord(text, matcher).role;
  expect(['Tổng số', 'Cộng', 'TỔNG CỘNG'].map(role)).toEqual(['total', 'total', 'total']);
  expect(['Vốn ĐT', 'Tổng vốn được sử dụng'].map(role)).toEqual(['money', 'money']);
});
