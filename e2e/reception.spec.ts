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

test('a citizen who comes back is offered his earlier matter, and the new visit joins it', async ({
  page,
}) => {
  await login(page, 'hatu.tiepdan');
  await expect(page.getByTestId('user-menu')).toBeVisible();
  const idNumber = `0221${String(Date.now()).slice(-8)}`;
  const logVisit = async (content: string, join: boolean) => {
    await page.goto('/tiep-cong-dan/ghi-luot-tiep');
    await page.getByLabel('Địa điểm').fill('Trụ sở tiếp công dân phường Hà Tu');
    await page.getByLabel('Họ và tên công dân 1').fill('Lương Văn Tài');
    await page.getByLabel('Số CCCD công dân 1').fill(idNumber);
    await page.getByLabel('Nội dung', { exact: true }).fill(content);
    if (join) {
      const offer = page.getByTestId('matter-suggestions');
      await expect(offer).toContainText(`Công dân có số CCCD ${idNumber} đã đến trình bày 1 vụ việc`);
      await expect(offer).toContainText('Bồi thường giải phóng mặt bằng đường bao biển tổ 9');
      await shot(page, 'r03-visit-matter-offered');
      await offer.getByRole('button', { name: 'Gộp vào vụ việc này' }).click();
      await expect(page.getByTestId('visit-matter')).toContainText('Bồi thường giải phóng mặt bằng');
      await shot(page, 'r04-visit-joins-matter');
    }
    await page.getByRole('button', { name: 'Lưu lượt tiếp' }).click();
    await page.waitForURL(/\/tiep-cong-dan\/luot\//);
  };
  await logVisit('Bồi thường giải phóng mặt bằng đường bao biển tổ 9 chưa thỏa đáng', false);
  await logVisit('Ông Tài trở lại hỏi kết quả kiến nghị về bồi thường', true);

  const matters = await (await page.request.get(`/api/reception/matters?idNumber=${idNumber}`)).json();
  expect(matters).toEqual([expect.objectContaining({ visits: 2 })]);
});

test('a citizen who comes to denounce is sealed from the desk: the receipt and the logbook name nobody', async ({
  page,
}) => {
  await login(page, 'hatu.tiepdan');
  await expect(page.getByTestId('user-menu')).toBeVisible();
  const name = 'Hứa Thị Kín Tiếng';
  const idNumber = `0221${String(Date.now()).slice(-8)}`;
  await page.goto('/tiep-cong-dan/ghi-luot-tiep');
  await page.getByLabel('Địa điểm').fill('Trụ sở tiếp công dân phường Hà Tu');
  await page.getByLabel('Họ và tên công dân 1').fill(name);
  await page.getByLabel('Số CCCD công dân 1').fill(idNumber);
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Tố cáo cán bộ địa chính nhận tiền của các hộ làm sổ đỏ');
  await page.getByText('Nhận đơn', { exact: true }).click();
  await page.getByTestId('visit-denunciation').check();
  await shot(page, 'r05-visit-denunciation-sealed-form');
  await page.getByRole('button', { name: 'Lưu lượt tiếp' }).click();
  await page.waitForURL(/\/tiep-cong-dan\/luot\//);

  const receipt = page.getByTestId('receipt');
  await expect(page.getByTestId('receipt-sealed')).toBeVisible();
  await expect(receipt).toContainText('Công dân 1 (bảo mật)');
  await expect(receipt).not.toContainText(name);
  await expect(receipt).not.toContainText(idNumber);
  await shot(page, 'r06-receipt-sealed');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'r06-receipt-sealed-phone');
  await page.setViewportSize({ width: 1440, height: 900 });

  // The logbook's search finds nothing by his name or ID number.
  const found = await (await page.request.get(`/api/reception/visits?q=${idNumber}`)).json();
  expect(found.items).toEqual([]);

  // The denunciation received there takes the sealed denouncer; the officer never sees him.
  await page.getByTestId('intake-from-visit').click();
  await expect(page.getByTestId('intake-from-visit')).toContainText('Người tố cáo đã được bảo mật');
  await page.getByLabel('Tiêu đề').fill('Tố cáo cán bộ địa chính nhận tiền làm sổ đỏ');
  await shot(page, 'r07-intake-from-sealed-visit');
  await page.getByRole('button', { name: 'Lưu đơn' }).click();
  await expect(page.getByText('Đã tiếp nhận đơn')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(name);
});
