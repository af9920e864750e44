// Issue 28: she imports the province's decision 413, then a second file of the same decision
// (the province corrected a figure and sent it again). The wizard says the decision is in the book
// already, shows the figure that differs, and she chooses: keep what the book has (nothing
// written), replace it (one step, Hoàn tác takes it back), or keep both under another name.
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { freshDemoBook, importFile, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const SAMPLE = path.resolve(import.meta.dirname, '../../../shared/fixtures/province/sample-2022-units-as-rows.xlsx');
const LABEL = 'QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01)';
const COPY = 'QD413-ban-sua.xlsx';


/** The decision again, Phong Thổ's Dự án 1 / TDA 1 corrected from 2.085 to 2.100 (and its Cộng). */
async function correctedCopy(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet('PL01')!;
  ws.getCell('C8').value = 12975;
  ws.getCell('D8').value = 2100;
  return { name: COPY, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

const total = (page: Page) => page.locator('.ag-row[row-id="GNBV"] .ag-cell[col-id="allocated:SN"]');

test('the same decision from a second file: told so, the difference shown, and she keeps one, replaces it, or keeps both under another name', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  const first = await importFile(page, SAMPLE);
  await first.getByRole('button', { name: /^Nhập 10 số liệu/ }).click();
  await expect(page.getByRole('status')).toHaveText(/^Đã nhập 10 số liệu/);
  await page.getByLabel('Nguồn số liệu').selectOption({ label: LABEL });
  await page.getByLabel('Năm', { exact: true }).selectOption('2022');
  await expect(total(page)).toHaveText('12.960');
  const copy = await correctedCopy();

  // she is told, sees what differs, and by default keeps the book's: nothing is written
  let dialog = await importFile(page, copy);
  const same = dialog.getByRole('region', { name: 'Quyết định đã có trong sổ' });
  await expect(same.getByRole('alert')).toHaveText(
    `Quyết định số 413/QĐ-UBND ngày 06/04/2022 đã có trong sổ (nhập từ tệp "sample-2022-units-as-rows.xlsx", nguồn "${LABEL}").`);
  await expect(same).toContainText('So với sổ: 8 số giống nhau, 2 số khác, 0 số chỉ có trong tệp mới, 0 số chỉ có trong sổ.');
  const differences = same.getByRole('table', { name: 'Số liệu khác nhau' });
  await expect(differences.getByRole('row', { name: /DA1\.1/ })).toContainText(/Giao · Vốn SN\s*2\.085\s*2\.100/);
  await expect(same.getByRole('radio', { name: /Giữ bản đã có/ })).toBeChecked();
  await page.screenshot({ path: 'test-results/e2e/same-decision.png' });
  await dialog.getByRole('button', { name: 'Giữ bản đã có' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Nguồn số liệu').locator('option', { hasText: 'QĐ số 413/QĐ-UBND' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Hoàn tác', exact: true })).toHaveAttribute('title', `Hoàn tác: nhập ${LABEL} (Ctrl+Z)`);
  await expect(total(page)).toHaveText('12.960');

  // a second copy under the same name is not offered; under a name of hers it is a second origin
  dialog = await importFile(page, copy);
  await dialog.getByLabel('Tên nguồn mới').fill(LABEL);
  await expect(dialog.getByRole('radio', { name: /Giữ cả hai/ })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Nhập thành nguồn mới' })).toBeDisabled();

  // she replaces it: one origin still, the new figures, and one Hoàn tác brings the old ones back
  await dialog.getByRole('radio', { name: /Thay bằng tệp mới/ }).check();
  await dialog.getByRole('button', { name: 'Thay bằng tệp mới' }).click();
  await expect(page.getByRole('status')).toHaveText(`Đã thay "${LABEL}" bằng số liệu của tệp "${COPY}". (Ctrl+Z để hoàn tác cả lần nhập)`);
  await expect(page.getByLabel('Nguồn số liệu').locator('option', { hasText: 'QĐ số 413/QĐ-UBND' })).toHaveCount(1);
  await expect(page.getByLabel('Nguồn số liệu')).toHaveValue(/^qd-/);
  await expect(total(page)).toHaveText('12.975');
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(`Đã hoàn tác: thay ${LABEL} bằng tệp ${COPY}.`);
  await expect(total(page)).toHaveText('12.960');

  // or she keeps both, the copy under a name of hers
  dialog = await importFile(page, copy);
  await dialog.getByLabel('Tên nguồn mới').fill('QĐ 413 (bản tỉnh sửa)');
  await dialog.getByRole('button', { name: 'Nhập thành nguồn mới' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Đã nhập 10 số liệu từ QD413-ban-sua\.xlsx\./);
  await expect(page.getByLabel('Nguồn số liệu').locator('option', { hasText: /QĐ (số )?413/ })).toHaveText([LABEL, 'QĐ 413 (bản tỉnh sửa)']);
  await app.stop();
});
