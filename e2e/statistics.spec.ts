import { expect, test } from '@playwright/test';
import { login, shot } from './support';

// The province leader reads this year's figures against last year's and takes the report forms away.
test('the province leader sees reception and petition statistics and downloads forms 01/TCD and 02/XLD', async ({
  page,
}) => {
  await login(page, 'qn.lanhdao');
  // login() returns once the button is clicked: navigating before the session is set lands on the login page.
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await page.goto('/tiep-cong-dan?tab=thong-ke');
  await expect(page.getByText('Lượt tiếp', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('so với cùng kỳ').first()).toBeVisible();
  await shot(page, 's01-reception-stats-province');
  const tcd = page.waitForEvent('download');
  await page.getByTestId('export-01-tcd').click();
  expect((await tcd).suggestedFilename()).toMatch(/^01-TCD_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.xlsx$/);

  await page.goto('/don-thu?tab=thong-ke');
  await expect(page.getByText('Đơn tiếp nhận trong kỳ')).toBeVisible();
  await expect(page.getByText('Quá hạn chưa giải quyết')).toBeVisible();
  await shot(page, 's02-petition-stats-province');
  const xld = page.waitForEvent('download');
  await page.getByTestId('export-02-xld').click();
  expect((await xld).suggestedFilename()).toMatch(/^02-XLD_.*\.xlsx$/);
});
