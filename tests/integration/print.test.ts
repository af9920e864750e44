// Issue 17: she prints the reconciliation sheets, signs them, and files them with the Treasury
// and the province. Each sheet is printed to PDF through `sovon print` (headless Chromium) and
// read back as text.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { killChildren } from '../support/children';
import { sovon } from '../support/cli';
import { pdfInfo, pdfText, squeeze } from '../support/pdf';
import { tempDir } from '../support/temp';

let dir: string;
let demo: string;
const DATE = ['--date', '2026-01-05'];

beforeAll(async () => {
  dir = tempDir('print');
  demo = path.join(dir, 'demo.sovon');
  expect((await sovon('new', demo, '--demo')).code).toBe(0);
  // she explained the 109 triệu of investment money: her note goes on the sheet
  const service = new Service(Book.open(demo));
  const report = await service.call('runChecks', { program: 'GNBV', year: 2023 });
  const flag = report.flags.find((f) => f.rule === 'cross-origin' && f.claims[0]!.node === 'GNBV' && f.claims[0]!.year === 2023 && f.claims[0]!.capital === 'DT' && f.claims[0]!.measure === 'disbursed')!;
  await service.call('explainFlags', { program: 'GNBV', flagIds: [flag.id], note: 'KBNN xác nhận 121.457' });
  service.close();
}, 60_000);
// after a test that timed out: its Chromium (or Electron) is still printing
afterEach(() => killChildren('chrom|electron'));

async function print(book: string, sheet: string, ...more: string[]): Promise<string> {
  const out = path.join(dir, `${path.basename(book, '.sovon')}-${sheet}-${more.join('')}.pdf`);
  const res = await sovon('print', book, '--sheet', sheet, '--year', '2023', ...DATE, ...more, '--out', out);
  expect(res.err).toBe('');
  expect(res.code).toBe(0);
  return out;
}

/** The heading, the place and date and the signers every sheet carries. */
function expectFormOf(text: string): void {
  expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
  expect(text).toContain('ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('Phong Thổ, ngày 05 tháng 01 năm 2026');
  for (const who of ['NGƯỜI LẬP BIỂU', 'KẾ TOÁN TRƯỞNG', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, họ tên, đóng dấu)']) expect(text).toContain(who);
  // under the signatures, the history the sheet was printed from (sovon verify --code finds it)
  expect(text).toMatch(/Mã kiểm tra: [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
}

describe('sovon print', () => {
  it('prints the reconciliation sheet: each origin\'s figure, the difference, and her note, on A4 landscape', async () => {
    const file = await print(demo, 'doi-chieu');
    const info = pdfInfo(file);
    expect(info.paper).toBe('A4');
    expect(info.width).toBeGreaterThan(info.height);
    const text = pdfText(file);
    expectFormOf(text);
    expect(text).toContain('BẢNG ĐỐI CHIẾU SỐ LIỆU');
    expect(text).toContain('Đơn vị tính: triệu đồng');
    expect(squeeze(text)).toContain('Đối chiếu giữa: Sổ kế toán đơn vị; Báo cáo 6/2024, mục II; Báo cáo 6/2024, mục III');
    // GNBV investment money disbursed in 2023: books 121.348, section II 121.457, 109 apart
    expect(squeeze(text)).toMatch(/116\.200 116\.200 - 121\.348 121\.457 109/);
    // DA7: section III 1.046 against 1.098 in her books
    expect(squeeze(text)).toMatch(/1\.098 1\.046 -52/);
    expect(squeeze(text)).toContain('KBNN xác nhận');
  }, 60_000);

  it('prints every finding of the year with rule, expected, found, difference and note', async () => {
    const text = pdfText(await print(demo, 'kiem-tra'));
    expectFormOf(text);
    expect(text).toContain('BẢNG KIỂM TRA SỐ LIỆU');
    const flat = squeeze(text);
    expect(flat).toContain('Toàn chương trình');
    expect(flat).toContain('Dự án 7: Nâng cao năng lực');
    expect(flat).toMatch(/1\.098 1\.046 -52/);
    expect(flat).toMatch(/121\.348 121\.457 109/);
    expect(flat).toContain('Hai nguồn số liệu');
    expect(flat).toContain('Đã giải trình');
    expect(flat).toContain('KBNN xác nhận 121.457');
    expect(flat).toMatch(/Cộng: \d+ phát hiện/);
  }, 60_000);

  it('prints the grid as she sees it, in đồng when she asks', async () => {
    const text = squeeze(pdfText(await print(demo, 'bang', '--unit', 'dong')));
    expectFormOf(text);
    expect(text).toContain('BẢNG TỔNG HỢP TÌNH HÌNH VỐN NĂM 2023');
    expect(text).toContain('Đơn vị tính: đồng');
    expect(text).toContain('161.128.000.000');
    expect(text).toContain('4=1+2+3');
  }, 60_000);

  it('compares the origins and measures she picks', async () => {
    const text = squeeze(pdfText(await print(demo, 'doi-chieu', '--origins', 'books,report-III', '--measures', 'available,disbursed')));
    expect(text).toContain('Đối chiếu giữa: Sổ kế toán đơn vị; Báo cáo 6/2024, mục III');
    expect(text).not.toContain('mục II;');
    expect(text).toContain('Tổng vốn được sử dụng');
    expect(text).not.toContain('Kế hoạch vốn giao');
    const refused = await sovon('print', demo, '--sheet', 'doi-chieu', '--year', '2023', '--measures', 'rate', '--out', path.join(dir, 'x.pdf'));
    expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/^Lỗi: tham số không hợp lệ/) });
  }, 60_000);

  it('prints one project only', async () => {
    const text = squeeze(pdfText(await print(demo, 'bang', '--project', 'DA7')));
    expect(text).toContain('Dự án 7: Nâng cao năng lực');
    expect(text).not.toContain('Dự án 1: Hỗ trợ đầu tư');
    expect(text).toMatch(/DA7\.1/);
  }, 60_000);

  it('says so in Vietnamese when no Chromium is found', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = path.join(dir, 'khong-co-chromium');
    try {
      const res = await sovon('print', demo, '--sheet', 'bang', '--year', '2023', '--out', path.join(dir, 'x.pdf'));
      expect(res.code).toBe(1);
      expect(res.err).toContain('Không tìm thấy trình duyệt Chromium');
      expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('refuses a sheet it does not know', async () => {
    const res = await sovon('print', demo, '--sheet', 'bao-cao', '--year', '2023', '--out', path.join(dir, 'y.pdf'));
    expect(res.code).toBe(1);
    expect(res.err).toContain('--sheet phải là một trong: doi-chieu, kiem-tra, bang');
  });
});

describe('a long book with the Treasury', () => {
  const UNITS = 90;
  let book: string;
  beforeAll(async () => {
    book = path.join(dir, 'long.sovon');
    expect((await sovon('new', book, '--unit', 'Ủy ban nhân dân xã Mường So')).code).toBe(0);
    const claims = [];
    for (let i = 1; i <= UNITS; i++) {
      const unit = `Tổ hợp tác sản xuất nông nghiệp và dịch vụ tổng hợp bản số ${i} xã Mường So`;
      // 1.000.400 đồng: each prints 1 triệu, their sum 90,036 triệu needs 36 of them shown one step up
      claims.push({ origin: 'books', year: 2023, node: 'DA3.1', unit, capital: 'SN', measure: 'allocated', value: 1_000_400 });
      claims.push({ origin: 'books', year: 2023, node: 'DA3.1', unit, capital: 'SN', measure: 'disbursed', value: 900_000 });
      claims.push({ origin: 'kbnn', year: 2023, node: 'DA3.1', unit, capital: 'SN', measure: 'disbursed', value: i === 7 ? 800_000 : 900_000 });
    }
    const file = path.join(dir, 'long.json');
    fs.writeFileSync(file, JSON.stringify({
      format: 'sovon-claims/1', program: 'GNBV',
      origins: [{ id: 'books', kind: 'books', label: 'Sổ kế toán đơn vị' }, { id: 'kbnn', kind: 'treasury', label: 'KBNN Phong Thổ', complete: true }],
      claims,
    }));
    expect((await sovon('claims', 'import', book, file)).code).toBe(0);
  }, 60_000);

  it('breaks into pages, each with the table header and its number, signed by the Treasury too', async () => {
    const file = await print(book, 'doi-chieu');
    const { pages } = pdfInfo(file);
    expect(pages).toBeGreaterThanOrEqual(3);
    // the signatures never stand alone on the last page: the last lines of the table come with them
    expect(squeeze(pdfText(file, pages))).toMatch(/bản số 90/);
    for (let p = 1; p <= pages; p++) {
      const text = squeeze(pdfText(file, p));
      expect(text).toContain('Kế hoạch vốn giao');
      expect(text).toContain('Mã Nội dung Loại vốn Sổ kế toán KBNN');
      if (p > 1) expect(text).toContain(`Trang ${p}/${pages}`);
    }
    expect(pdfText(file, 1)).not.toContain('Trang 1/');
    const last = pdfText(file, pages);
    expect(last).toContain('XÁC NHẬN CỦA KHO BẠC NHÀ NƯỚC');
    expect(last).toContain('GIÁM ĐỐC');
    // the long names wrap within their column, never cut: the last unit's number is printed
    expect(squeeze(pdfText(file))).toMatch(/bản số 90/);
  }, 60_000);

  it('prints totals equal to the sum of the printed rows, and says where it adjusted rounding', async () => {
    const text = squeeze(pdfText(await print(book, 'bang')));
    expect(text).toContain('90,036');
    expect(text).toContain('làm tròn lại');
    const ones = [...text.matchAll(/ 1,001\*? /g)].length;
    const plain = [...text.matchAll(/ 1 (?=\S)/g)].length;
    expect(ones).toBe(36);
    expect(ones + plain).toBeGreaterThanOrEqual(UNITS);
  }, 60_000);
});
