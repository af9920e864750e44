// The screenshots of the user guide (docs/huong-dan-su-dung.md), taken from browser mode at
// 1366×768 (her office PC's screen) on fresh copies of the demo books, into docs/hinh/.
//
//   npm run docs:screenshots                      builds, then takes every screenshot
//   node --import tsx docs/screenshots/take.ts    takes them on the current build
//   node --import tsx docs/screenshots/take.ts kho-bac in   only those sections
//
// Not a test: `npm test` does not run it (tests/e2e/playwright.config.ts collects *.e2e.ts under
// tests/e2e only). Each shot waits for the state its caption in the guide describes; a step that
// does not reach it stops the run with Playwright's message, and no half-loaded picture is kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { cell, expect, fileMenu, importFile, openApp, sovonOn, stopAll } from '../../tests/e2e/browser-mode';
import { DA2, DA3, type StatementRow, statementBytes } from '../../tests/support/treasury-statement';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'docs/hinh');
const province = path.resolve(root, '../shared/fixtures/province');
const bin = path.join(root, 'electron/backend/cli/bin.mjs');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** the section being taken, and how many books it has opened: a book's folder is named by both */
let section = '';
let books = 0;

/** A fresh demo book in a folder of its own, the same path on every run (the recent books and
 * the file picker show it): the district's of 2022-2024, or the commune's of 2026. */
function fresh(demo: 'district' | 'commune'): string {
  const dir = path.join(os.tmpdir(), 'sovon-docs', section, String(++books));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const book = path.join(dir, demo === 'district' ? 'Phong Thổ 2022-2024.sovon' : 'Xã Phong Thổ 2026.sovon');
  const res = spawnSync(process.execPath, [bin, 'new', book, '--demo', ...(demo === 'commune' ? ['commune'] : [])],
    { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: dir } });
  if (res.status !== 0) throw new Error(res.stderr);
  return book;
}
const demoBook = () => fresh('district');

/** The whole window as she sees it, or only a small dialog (and a margin around it) where the
 * window behind says nothing more: smaller files. No caret blinking, no row fading half-way. */
async function shot(page: Page, name: string, ...only: Locator[]): Promise<void> {
  await page.mouse.move(0, 767); // no tooltip over the picture
  let clip: { x: number; y: number; width: number; height: number } | undefined;
  if (only.length) {
    const boxes = await Promise.all(only.map(async (l) => (await l.boundingBox())!));
    const x = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.x))) - 12);
    const y = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.y))) - 12);
    const right = Math.min(1366, Math.ceil(Math.max(...boxes.map((b) => b.x + b.width))) + 12);
    const bottom = Math.min(768, Math.ceil(Math.max(...boxes.map((b) => b.y + b.height))) + 12);
    clip = { x, y, width: right - x, height: bottom - y };
  }
  await page.screenshot({ path: path.join(out, `${name}.png`), animations: 'disabled', caret: 'hide', clip });
  console.log(`  docs/hinh/${name}.png`);
}

async function gridReady(page: Page): Promise<void> {
  await expect(page.locator('.ag-row[row-id="GNBV"] .ag-cell[col-id="allocated:ALL"]').first()).not.toBeEmpty();
}

const year = (page: Page, y: number) => page.getByLabel('Năm', { exact: true }).selectOption(String(y));

// ---------------------------------------------------------------------------------------------
// The sections of the guide, in its order. Each gets a new page on a fresh book.

type Section = (page: Page) => Promise<void>;

const sections: Record<string, Section> = {
  async 'mo-so'(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    await year(page, 2023);
    await expect(page.getByLabel('Số cờ')).toContainText('phát hiện');
    await shot(page, 'cua-so');
    await page.getByRole('button', { name: 'Tệp' }).click();
    await expect(page.getByRole('menuitem', { name: 'Xã Phong Thổ 2026 (số liệu bịa)' })).toBeVisible();
    await shot(page, 'tep-so-mau');
    await page.keyboard.press('Escape');
    await app.stop();
  },

  async 'so-moi'(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    await page.getByRole('button', { name: 'Tệp' }).click();
    await page.getByRole('menuitem', { name: 'Mới…' }).click();
    const picker = page.getByRole('dialog', { name: 'Tạo sổ mới' });
    await picker.getByLabel('Tên tệp sổ').fill('Mường So 2025');
    await shot(page, 'so-moi-ten-tep');
    await picker.getByLabel('Tên tệp sổ').press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Thông tin sổ mới' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Tên đơn vị').fill('UBND xã Mường So');
    await dialog.getByLabel('Cơ quan chủ quản').fill('UBND tỉnh Lai Châu');
    await dialog.getByLabel('Mã ĐVQHNS').fill('1234567');
    await dialog.getByLabel('Năm bắt đầu ghi sổ').selectOption('2025');
    await dialog.getByLabel('Người lập biểu').fill('Lò Thị Hoa');
    await dialog.getByLabel('Kế toán trưởng').fill('Tao Văn Minh');
    await dialog.getByLabel('Kế toán trưởng').blur();
    await shot(page, 'so-moi-thong-tin', dialog);
    await dialog.getByLabel('Kế toán trưởng').press('Enter');
    await expect(page).toHaveTitle('Mường So 2025 — Sổ Vốn');
    await expect(page.getByRole('status')).toContainText('Đã tạo sổ');
    await fileMenu(page, 'Cài đặt…');
    const settings = page.getByRole('dialog', { name: 'Cài đặt sổ' });
    await expect(settings.getByLabel('Tên đơn vị')).toHaveValue('UBND xã Mường So');
    await settings.getByLabel('Họ và tên').nth(2).fill('Vàng A Sình');
    await settings.getByLabel('Mã chương').fill('805');
    await settings.getByLabel('Mã chương').blur();
    // the templates' list comes a moment after the dialog
    await expect(settings.getByText('Bảng tính như trên màn hình')).toBeVisible();
    await shot(page, 'cai-dat');
    await settings.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã lưu cài đặt.');
    await app.stop();
  },

  async 'nhap-excel'(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    const sample = path.join(province, 'sample-2022-units-as-rows.xlsx');
    const dialog = await importFile(page, sample);
    const figures = dialog.getByRole('table', { name: 'Số liệu sẽ nhập' });
    await expect(figures.getByRole('row', { name: 'Dự án 1 / TDA 1' })).toContainText('2.085');
    await expect(dialog.getByLabel('Đơn vị trong bảng')).toHaveValue('Huyện Phong Thổ');
    await expect(dialog).toContainText('Không có cờ đối chiếu nào với sổ.');
    await shot(page, 'nhap-xem-truoc');
    await figures.scrollIntoViewIfNeeded();
    await shot(page, 'nhap-so-lieu-se-nhap');
    await dialog.getByRole('button', { name: /^Nhập 10 số liệu/ }).click();
    await expect(page.getByRole('status')).toHaveText(/^Đã nhập 10 số liệu từ sample-2022-units-as-rows\.xlsx\./);
    await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2022');
    // the grid shows the decision's figures, not the year it showed before (it swaps them a moment later)
    await expect(cell(page, 'GNBV', 'allocated:SN')).toHaveText('12.960');
    await expect(cell(page, 'GNBV', 'allocated:DT')).toHaveText('');
    await expect(page.locator('.ag-row.row-imported[row-id="GNBV"]')).toHaveCount(1);
    await shot(page, 'nhap-xong');

    // the same decision again, one figure corrected by the province
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const ws = wb.getWorksheet('PL01')!;
    ws.getCell('C8').value = 12975;
    ws.getCell('D8').value = 2100;
    const again = await importFile(page, { name: 'QD413-ban-sua.xlsx', mimeType: XLSX, buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    const same = again.getByRole('region', { name: 'Quyết định đã có trong sổ' });
    await expect(same).toContainText('So với sổ: 8 số giống nhau, 2 số khác');
    await expect(same.getByRole('radio', { name: /Giữ bản đã có/ })).toBeChecked();
    await same.scrollIntoViewIfNeeded();
    await shot(page, 'nhap-cung-quyet-dinh');
    await again.getByRole('button', { name: 'Giữ bản đã có' }).click();
    await expect(again).toBeHidden();
    await app.stop();

    // a sheet with a column read from a near name: asked before anything is written
    const book = demoBook();
    const file = path.join(path.dirname(book), 'su-nghiep-2024.xlsx');
    const sheet = new ExcelJS.Workbook();
    const pl = sheet.addWorksheet('PL01');
    pl.getCell('A1').value = 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024';
    pl.getCell('E2').value = 'ĐVT: triệu đồng';
    for (const r of ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4']) pl.mergeCells(r);
    Object.entries({
      A3: 'STT', B3: 'Tên đơn vị', C3: 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo',
      C4: 'Tiểu dự án 1', D4: 'Tiểu dự án 2', E3: 'Đa dạng hóa sinh kế và phát triển mô hình giảm nghèo',
    }).forEach(([ref, text]) => { pl.getCell(ref).value = text; });
    pl.getRow(5).values = [1, 'Huyện Mường Tè', 10, 1, 7];
    pl.getRow(6).values = [2, 'Huyện Phong Thổ', 1500.5, 2000, 300];
    await sheet.xlsx.writeFile(file);
    const app2 = await openApp(page, book);
    await gridReady(page);
    const reading = await importFile(page, file);
    await expect(reading.getByRole('alert')).toContainText('được đọc là DA2 vì tên gần giống');
    await expect(reading.getByRole('button', { name: /^Nhập 3 số liệu/ })).toBeDisabled();
    await shot(page, 'nhap-cach-doc');
    await app2.stop();
  },

  async 'giai-ngan'(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    // 2024: the demo's books have no disbursement yet
    await year(page, 2024);
    await expect(cell(page, 'DA5', 'disbursed:SN')).toHaveText('');
    await cell(page, 'DA5', 'disbursed:SN').click();
    await page.keyboard.type('3.250');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Đã lưu DA5.');
    await expect(cell(page, 'DA5', 'disbursed:SN')).toHaveText('3.250');
    await expect(cell(page, 'GNBV', 'disbursed:SN')).toHaveText('3.250');
    await shot(page, 'giai-ngan-go-so');

    // two lines' disbursement copied from her spreadsheet
    await page.getByRole('button', { name: 'Mở rộng DA6' }).click();
    await cell(page, 'DA6.1', 'disbursed:SN').click();
    await page.keyboard.press('Shift+ArrowDown');
    await expect(cell(page, 'DA6.2', 'disbursed:SN')).toHaveClass(/cell-in-block/);
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, '120\r\n85,5\r\n');
    const preview = page.getByRole('dialog', { name: 'Dán khối số liệu' });
    await expect(preview.getByRole('button', { name: 'Ghi 2 ô' })).toBeEnabled();
    await shot(page, 'giai-ngan-dan-khoi', preview);
    await preview.getByRole('button', { name: 'Ghi 2 ô' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Đã dán 2 ô/);
    await expect(cell(page, 'DA6', 'disbursed:SN')).toHaveText('205,5');
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status')).toHaveText(/^Đã hoàn tác: dán 2 ô/);
    await expect(cell(page, 'DA6', 'disbursed:SN')).toHaveText('');
    await page.getByRole('button', { name: 'Làm lại', exact: true }).hover();
    await expect(page.getByRole('button', { name: 'Làm lại', exact: true })).toBeEnabled();
    await page.screenshot({ path: path.join(out, 'giai-ngan-hoan-tac.png'), animations: 'disabled', caret: 'hide' });
    console.log('  docs/hinh/giai-ngan-hoan-tac.png');

    await cell(page, 'DA5', 'disbursed:SN').click({ button: 'right' });
    await page.getByRole('menu', { name: 'Ô' }).getByRole('menuitem', { name: 'Lịch sử ô…' }).click();
    const history = page.getByRole('dialog', { name: 'Lịch sử ô' });
    await expect(history.getByRole('table', { name: 'Các lần thay đổi' }).locator('tbody tr')).toHaveCount(1);
    await shot(page, 'giai-ngan-lich-su-o', history);
    await history.getByRole('button', { name: 'Đóng' }).click();

    // the toolbar's Xem (columns, layout, the panel's place) and Dòng (her own lines)
    await page.getByRole('button', { name: /^Xem/ }).click();
    const view = page.getByRole('group', { name: 'Xem' });
    await expect(view.getByLabel('Cột', { exact: true })).toBeVisible();
    await shot(page, 'xem', view, page.getByRole('button', { name: /^Xem/ }));
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    await cell(page, 'DA6.1', 'label').click();
    await page.getByRole('button', { name: 'Dòng ▾' }).click();
    const lines = page.getByRole('menu', { name: 'Dòng' });
    await expect(lines.getByRole('menuitem', { name: /^Thêm dòng dưới DA6\.1/ })).toBeVisible();
    await shot(page, 'dong', lines, page.getByRole('button', { name: 'Dòng ▾' }), cell(page, 'DA6.2', 'label'));
    await page.keyboard.press('Escape');
    await app.stop();
  },

  async 'doi-chieu'(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    await year(page, 2023);
    const panel = page.getByRole('complementary', { name: 'Đối chiếu' });
    const rateFlag = panel.locator('li', { hasText: 'DA7.1 · Vốn SN · Tỷ lệ % · năm 2023' });
    await expect(rateFlag).toContainText('ghi 81,82% nhưng Sổ kế toán đơn vị có 81,12%');
    await rateFlag.click();
    await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveClass(/flag-error/);
    await shot(page, 'doi-chieu-co');
    await rateFlag.getByRole('button', { name: 'Giải trình…' }).click();
    const explain = page.getByRole('dialog');
    await explain.getByRole('textbox').fill('Báo cáo ghi nhầm 81,12 thành 81,82');
    await shot(page, 'doi-chieu-giai-trinh', explain);
    await explain.getByRole('button', { name: 'Ghi' }).click();
    await expect(rateFlag).toContainText('Đã giải trình: Báo cáo ghi nhầm 81,12 thành 81,82');
    await shot(page, 'doi-chieu-da-giai-trinh', panel);
    await app.stop();
  },

  async 'bao-cao'(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    await fileMenu(page, 'Xuất báo cáo Excel…');
    const dialog = page.getByRole('dialog', { name: 'Xuất báo cáo Excel' });
    await dialog.getByLabel('Mẫu báo cáo').selectOption({ label: 'Tổng hợp giai đoạn …' });
    await dialog.getByLabel('Năm báo cáo').selectOption('2024');
    await dialog.getByRole('checkbox').check();
    await dialog.getByLabel('Từ năm', { exact: true }).selectOption('2022');
    await shot(page, 'bao-cao-chon-mau', dialog);
    await dialog.getByRole('button', { name: 'Xuất…' }).click();
    await expect(dialog.getByRole('list', { name: 'Điểm chưa giải trình' }).getByRole('listitem').first()).toBeVisible();
    await shot(page, 'bao-cao-chua-giai-trinh', dialog);
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Vẫn xuất' }).click();
    await (await downloading).cancel();
    await expect(page.getByRole('status')).toHaveText('Đã xuất giai-doan-2022-2024.xlsx.');

    await fileMenu(page, 'Cài đặt…');
    const section = page.getByRole('region', { name: 'Mẫu báo cáo' });
    const template = async (text: string) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Biểu');
      ws.getCell('A1').value = 'Báo cáo năm {{năm}}';
      ws.getCell('B2').value = text;
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    await section.getByLabel('Thêm mẫu báo cáo').setInputFiles({ name: 'Mẫu tỉnh.xlsx', mimeType: XLSX, buffer: await template('{{DA5 giai ngam SN}}') });
    await expect(section.getByRole('list', { name: 'Chỗ điền cần sửa' })).toContainText('không hiểu "giai ngam"');
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'bao-cao-mau-sai');
    await section.getByLabel('Thêm mẫu báo cáo').setInputFiles({ name: 'Mẫu tỉnh.xlsx', mimeType: XLSX, buffer: await template('{{DA5 giải ngân SN}}') });
    await expect(section.getByRole('status')).toHaveText('Đã thêm mẫu "Mẫu tỉnh".');
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'bao-cao-mau-rieng');
    await app.stop();
  },

  async in(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    await year(page, 2023);
    await fileMenu(page, 'In…');
    const dialog = page.getByRole('dialog', { name: 'In' });
    const preview = page.frameLocator('iframe[title="Xem trước bản in"]');
    await expect(preview.getByRole('heading', { name: 'Bảng đối chiếu số liệu' })).toBeVisible();
    await expect(preview.getByText('121.457').first()).toBeVisible();
    await shot(page, 'in-doi-chieu');
    await dialog.getByLabel('Bảng', { exact: true }).selectOption('kiem-tra');
    await expect(preview.getByRole('heading', { name: 'Bảng kiểm tra số liệu' })).toBeVisible();
    await shot(page, 'in-kiem-tra');
    await dialog.getByLabel('Bảng', { exact: true }).selectOption('bang');
    await expect(preview.getByRole('heading', { name: 'Bảng tổng hợp tình hình vốn năm 2023' })).toBeVisible();
    await shot(page, 'in-bang-tinh');
    await app.stop();
  },

  async 'kho-bac'(page) {
    // the Treasury's statement as it would come: its carry-in too, so that the one slip (DA3's 12.500.000 đồng) is the only difference
    const slipped: StatementRow[] = [{ ...DA2, carryIn: 4_672_000_000, allocated: 10_515_000_000, disbursed: 14_308_000_000 }, { ...DA3, carryIn: 1_822_000_000, allocated: 5_807_000_000, disbursed: 6_321_500_000 }];
    const app = await openApp(page, demoBook());
    await gridReady(page);
    // her unit's codes with the Treasury, once, so that the forms carry them
    await fileMenu(page, 'Cài đặt…');
    const settings = page.getByRole('dialog', { name: 'Cài đặt sổ' });
    await settings.getByLabel('Mã đơn vị (mã QHNS)').fill('1034567');
    await settings.getByLabel('Mã chương').fill('805');
    await settings.getByLabel('Mã cấp ngân sách').fill('3');
    await settings.getByLabel('Mã KBNN nơi giao dịch').fill('2511');
    await settings.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã lưu cài đặt.');
    await fileMenu(page, 'Đối chiếu Kho bạc…');
    const dialog = page.getByRole('dialog', { name: 'Đối chiếu Kho bạc' });
    const year2023 = dialog.getByRole('option', { name: /^năm 2023/ });
    await year2023.click();
    await expect(dialog).toContainText('Chưa có bảng của Kho bạc cho năm 2023');
    await shot(page, 'kho-bac-ky');
    await dialog.getByLabel(/^Đọc bảng của Kho bạc… \(\.xlsx, \.xls\) cho năm 2023/)
      .setInputFiles({ name: '01a-2023.xlsx', mimeType: XLSX, buffer: await statementBytes(slipped) });
    await expect(dialog.getByRole('table', { name: 'Xem trước bảng của Kho bạc' }).locator('tbody tr')).toHaveCount(2);
    await expect(dialog).toContainText('Chưa ghi vào sổ.');
    await shot(page, 'kho-bac-doc');
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await expect(dialog.getByRole('table', { name: 'Đối chiếu năm 2023' }).locator('tbody tr.treasury-differs')).toHaveCount(1);
    const flag = dialog.getByRole('list', { name: 'Cờ chênh lệch' }).getByRole('button');
    await flag.click();
    await expect(dialog.locator('.treasury-flag-detail')).toContainText('Kho bạc ghi 6.321.500.000 đồng');
    await shot(page, 'kho-bac-chenh-lech');
    await dialog.getByRole('button', { name: 'Khóa đối chiếu…' }).click();
    await dialog.getByLabel('Người khóa').fill('Lò Thị Hoa');
    await dialog.getByLabel('Người khóa').blur();
    await shot(page, 'kho-bac-khoa', dialog.locator('form.treasury-lock'));
    await dialog.getByRole('button', { name: 'Khóa đối chiếu năm 2023' }).click();
    await expect(year2023).toContainText(/đã khóa ngày/);
    await shot(page, 'kho-bac-da-khoa');
    await dialog.getByRole('button', { name: 'In mẫu 01a, 02a…' }).click();
    const print = page.getByRole('dialog', { name: 'In' });
    await expect(print.getByLabel('Bảng', { exact: true })).toHaveValue('01a-sdkp');
    const form = page.frameLocator('iframe.print-preview');
    await expect(form.locator('.form-no')).toHaveText('Mẫu số 01a-SDKP/ĐVDT');
    await expect(form.locator('tr.treasury')).toHaveCount(1);
    await expect(form.locator('.form-left')).toContainText('Mã chương: 805');
    await shot(page, 'kho-bac-mau-01a');
    await page.keyboard.press('Escape');
    await app.stop();

    // a code she has not mapped yet
    const app2 = await openApp(page, demoBook());
    await gridReady(page);
    await fileMenu(page, 'Đối chiếu Kho bạc…');
    await dialog.getByRole('option', { name: /^năm 2023/ }).click();
    const unknown = { source: '12', sector: '398', program: '00999', content: '', disbursed: 5_000_000 };
    await dialog.getByLabel(/^Đọc bảng của Kho bạc…/).setInputFiles({ name: '01a-2023.xlsx', mimeType: XLSX, buffer: await statementBytes([...slipped, unknown]) });
    const mapForm = dialog.getByRole('form', { name: 'Gắn mã của Kho bạc với dòng của sổ' });
    await expect(mapForm.getByLabel('Mã của Kho bạc (nguồn|ngành|CTMT-DA)')).toHaveValue('12|398|00999');
    await mapForm.getByLabel('Dòng của sổ').selectOption('DA7');
    await mapForm.getByLabel('Loại vốn').selectOption('SN');
    await shot(page, 'kho-bac-gan-ma');
    await app2.stop();
  },

  async 'chuong-trinh-2026'(page) {
    const book = demoBook();
    const line = (y: number, unit: string, value: string) =>
      sovonOn(book, 'set', book, '--year', String(y), '--node', 'DA4.1', '--unit', unit, '--capital', 'SN', '--measure', 'allocated', '--value', value, '--scale', 'trieu');
    line(2024, 'Huyện Phong Thổ', '50');
    line(2025, 'Xã Phong Thổ', '30');
    const app = await openApp(page, book);
    await gridReady(page);
    await fileMenu(page, 'Danh mục chương trình…');
    const dialog = page.getByRole('dialog', { name: 'Danh mục chương trình' });
    await dialog.getByRole('button', { name: 'Thêm chương trình MTQG 2026-2035 vào sổ' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Đã thêm chương trình MTQG vào sổ.');
    const mtqg = dialog.getByRole('option', { name: /MTQG 2026-2035/ });
    await mtqg.click();
    await expect(mtqg).toHaveAttribute('aria-selected', 'true');
    await dialog.locator('.catalog-tree tbody tr').filter({ has: page.locator('td.catalog-code', { hasText: /^HP1$/ }) }).click();
    await dialog.getByLabel('Thêm dòng nội dung dưới dòng này').fill('Nội dung 1: Hạ tầng thiết yếu');
    await dialog.getByRole('button', { name: 'Thêm dòng', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('Đã thêm dòng "Nội dung 1: Hạ tầng thiết yếu"');
    await shot(page, 'danh-muc');

    await dialog.getByRole('tab', { name: 'Đơn vị thực hiện' }).click();
    const table = dialog.getByRole('table', { name: 'Các đơn vị thực hiện' });
    await table.locator('tbody tr').filter({ has: page.locator('td.unit-name', { hasText: /^Huyện Phong Thổ$/ }) }).click();
    const editor = dialog.getByRole('form', { name: 'Đơn vị đang chọn' });
    await editor.getByLabel('Đến ngày').fill('30/06/2025');
    await editor.getByRole('checkbox', { name: 'Xã Phong Thổ' }).check();
    await editor.getByRole('button', { name: 'Ghi' }).click();
    await expect(editor.getByLabel('Đến ngày')).not.toHaveAttribute('aria-invalid', 'true');
    await shot(page, 'don-vi');
    await app.stop();

    const app2 = await openApp(page, fresh('commune'));
    await expect(page.getByLabel('Chương trình', { exact: true })).toHaveValue('MTQG');
    await expect(page.locator('.ag-row[row-id="HP1"]')).toBeVisible();
    await expect(page.getByLabel('Số cờ')).toContainText('2 phát hiện');
    await shot(page, 'xa-2026');
    await app2.stop();
  },

  async 'sao-luu'(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    await year(page, 2023);
    await cell(page, 'DA5', 'allocated:SN').click();
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('99');
    await fileMenu(page, 'Sao lưu và khôi phục…');
    const dialog = page.getByRole('dialog', { name: 'Sao lưu và khôi phục' });
    const rows = dialog.getByRole('table', { name: 'Các bản sao lưu' }).locator('tbody tr');
    await expect(rows.first()).toContainText('khi mở sổ');
    await shot(page, 'sao-luu', dialog);
    await rows.first().getByRole('button', { name: 'Khôi phục…' }).click();
    await expect(dialog.getByRole('alertdialog', { name: 'Khôi phục sổ?' })).toContainText('1 thao tác làm sau đó sẽ không còn trong sổ');
    await shot(page, 'sao-luu-khoi-phuc', dialog);
    await app.stop();
  },

  async 'phim-tat'(page) {
    const app = await openApp(page, demoBook());
    await gridReady(page);
    await cell(page, 'GNBV', 'allocated:ALL').click();
    await page.keyboard.press('F1');
    const keys = page.getByRole('dialog', { name: 'Phím tắt' });
    await expect(keys).toBeVisible();
    await shot(page, 'phim-tat', keys);
    await app.stop();
  },
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !(w in sections));
  if (unknown.length) throw new Error(`không có phần ${unknown.join(', ')}; có: ${Object.keys(sections).join(', ')}`);
  fs.mkdirSync(out, { recursive: true });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.SOVON_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const [name, run] of Object.entries(sections)) {
      if (wanted.length && !wanted.includes(name)) continue;
      console.log(name);
      section = name;
      books = 0;
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
      const page = await context.newPage();
      try {
        await run(page);
      } finally {
        await context.close();
        await stopAll();
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(path.join(os.tmpdir(), 'sovon-docs'), { recursive: true, force: true });
  }
}

await main();
