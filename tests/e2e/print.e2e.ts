// She opens Tệp > In…, sees the sheet as it will print, switches sheets, and prints.
import { freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

test('Tệp > In… shows the page as it will print', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'In…' }).click();
  const dialog = page.getByRole('dialog', { name: 'In' });
  await expect(dialog).toBeVisible();
  const preview = page.frameLocator('iframe[title="Xem trước bản in"]');
  await expect(preview.getByRole('heading', { name: 'Bảng đối chiếu số liệu' })).toBeVisible();
  await expect(preview.getByText('Độc lập - Tự do - Hạnh phúc')).toBeVisible();
  await expect(preview.getByText('Năm 2023', { exact: true })).toBeVisible();
  await expect(preview.getByText('121.457').first()).toBeVisible();
  // the preview runs no script: the frame is sandboxed without allow-scripts
  await expect(dialog.locator('iframe')).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');

  // she compares her books with section III only, on the money available and disbursed
  await dialog.getByRole('checkbox', { name: 'Báo cáo 6/2024, mục II', exact: true }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Tổng được sử dụng' }).check();
  await dialog.getByRole('checkbox', { name: 'Giao', exact: true }).uncheck();
  await expect(preview.getByText('Đối chiếu giữa: Sổ kế toán đơn vị; Báo cáo 6/2024, mục III')).toBeVisible();
  await expect(preview.getByText('Kế hoạch vốn giao')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/print-choices.png' });

  await dialog.getByLabel('Bảng').selectOption('kiem-tra');
  await expect(preview.getByRole('heading', { name: 'Bảng kiểm tra số liệu' })).toBeVisible();
  await dialog.getByLabel('Đơn vị tính in').selectOption('dong');
  await expect(preview.getByText('Đơn vị tính: đồng')).toBeVisible();

  // the browser's own print dialog of the preview (headless Chromium answers it at once)
  await dialog.getByRole('button', { name: 'In', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
  await app.stop();
});
