// Two windows on one book: the first writes, the second is told who writes and only looks, and
// sees her figures as soon as the first saves them.
import { cell, freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);


test('a second window on a book being written looks read-only and follows the writer', async ({ page, context }) => {
  const book = freshDemoBook();
  const writer = await serve(book);
  const looker = await serve(book);
  await page.goto(writer.url);
  const second = await context.newPage();
  await second.goto(looker.url);
  await expect(second.getByRole('note')).toHaveText(/^Chỉ xem: sổ đang được ghi bởi sovon serve của .* trên máy này \(tiến trình \d+\)/);
  await expect(page.getByRole('note')).toHaveCount(0);

  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await second.getByLabel('Năm', { exact: true }).selectOption('2023');
  await expect(cell(second, 'DA5', 'allocated:SN')).toHaveText('12.060');
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('77');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('77');
  // the looking window reloads by itself
  await expect(cell(second, 'DA5', 'allocated:SN')).toHaveText('77');

  // and cannot write: the book says so, and keeps the writer's figure
  await cell(second, 'DA5', 'allocated:SN').click();
  await second.keyboard.type('5');
  await second.keyboard.press('Enter');
  await expect(second.getByRole('status')).toContainText('đang được mở chỉ để xem ở cửa sổ này');
  await expect(second.getByRole('button', { name: 'Hoàn tác', exact: true })).toBeDisabled();
  await expect(cell(second, 'DA5', 'allocated:SN')).toHaveText('77');
  await second.screenshot({ path: 'test-results/e2e/one-writer-looker.png' });
  await writer.stop();
  await looker.stop();
});
