import { expect, it } from 'vitest';
import { addsCapitals, measureOf } from '../../shared/import/measure-words';

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

it('knows a column that adds the capital types up', () => {
  expect(addsCapitals('Tổng số')).toBe(true);
  expect(addsCapitals('Cộng')).toBe(true);
  expect(addsCapitals('Vốn ĐT')).toBe(false);
  expect(addsCapitals('Tổng vốn được sử dụng')).toBe(false);
});
