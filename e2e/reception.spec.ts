import { expect, test } from '@playwright/test';
import { login, shot } from './support';

// Lịch tiếp của lãnh đạo: the duties, the sessions held with their visits, and who fell short.

test('the province leader sees who met the periodic reception duty and the sessions with their visits', async ({
  page,
}) => {
  await login(page, 'qn.lanhdao');
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await page.goto('/tiep-cong-dan');
  await page.getByRole('tab', { name: 'Lịch tiếp của lãnh đạo' }).click();

  // Some leaders of the demo fell below the legal minimum this year; most did not.
  const compliance = page.getByTestId('compliance-table');
  await expect(compliance.locator('tr.ant-table-row').first()).toBeVisible();
  await expect(compliance).toContainText('Chưa đạt');
  await expect(compliance).toContainText('Đạt');

  // Held sessions carry the visits received at them.
  const sessions = page.getByTestId('session-table');
  await expect(sessions.locator('tr.ant-table-row').first()).toBeVisible();
  await expect(sessions).toContainText('Đã tiếp');
  await expect(page.getByTestId('rule-table')).toContainText('Chủ tịch');
  await shot(page, 'r01-leader-schedule-province');

  // Narrowed to one ward.
  await page.goto('/tiep-cong-dan');
  await page.getByRole('tab', { name: 'Sổ tiếp công dân' }).click();
  await shot(page, 'r02-logbook-province');
});
