import { expect, it } from 'vitest';
import { isBoilerplate, titleFacts } from '../../shared/import/title';

it('takes the year from the title, not from the date it was signed', () => {
  const facts = titleFacts(['Phong Thổ, ngày 26 tháng 11 năm 2026', 'TÌNH HÌNH GIAO VỐN VÀ GIẢI NGÂN NĂM 2023']);
  expect(facts.year).toBe(2023);
});

it('reads the source of money and the capital type the title names', () => {
  expect(titleFacts(['PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN NGUỒN NGÂN SÁCH TRUNG ƯƠNG NĂM 2023'])).toMatchObject({ capital: 'DT', source: 'NSTW' });
  expect(titleFacts(['VỐN ĐỐI ỨNG NGÂN SÁCH ĐỊA PHƯƠNG, KINH PHÍ SỰ NGHIỆP NĂM 2024'])).toMatchObject({ capital: 'SN', source: 'NSDP' });
  expect(titleFacts(['DỰ TOÁN KINH PHÍ SỰ NGHIỆP NĂM 2022'])).toMatchObject({ capital: 'SN', source: null });
});

it('knows the lines every official sheet carries above its title', () => {
  for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Biểu số 01', 'Phong Thổ, ngày 05 tháng 01 năm 2026']) {
    expect(isBoilerplate(line), line).toBe(true);
  }
  for (const line of ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'TÌNH HÌNH GIAO VỐN VÀ GIẢI NGÂN NĂM 2023', 'Phụ lục 01']) {
    expect(isBoilerplate(line), line).toBe(false);
  }
});
