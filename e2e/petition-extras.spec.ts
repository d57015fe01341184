import { expect, type Page, test } from '@playwright/test';
import { chooseOption, login, logout, shot } from './support';

// The extras of a petition's page: its attached papers (upload, list) and the handler list.

async function signIn(page: Page, username: string) {
  await login(page, username);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

test('a reception officer attaches a PDF to a complaint and sees it listed', async ({ page }) => {
  await signIn(page, 'hatu.tiepdan');
  await page.goto('/don-thu/tiep-nhan');
  await chooseOption(page, page.getByTestId('petition-kind').locator('input'), 'Khiếu nại');
  await page.getByLabel('Tiêu đề').fill('Khiếu nại việc cấp giấy phép xây dựng tổ 7');
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Ông Trần Văn Bình khiếu nại việc cấp giấy phép xây dựng lấn sang phần đất của gia đình');
  await page.getByLabel('Họ và tên người gửi').fill('Trần Văn Bình');
  await page.getByLabel('Số CCCD').fill('022081004321');
  await page.getByRole('button', { name: 'Lưu đơn' }).click();
  await expect(page.getByText('Đã tiếp nhận đơn')).toBeVisible();
  const code = (await page.getByTestId('created-code').innerText()).trim();
  await page.getByRole('button', { name: 'Xem đơn' }).click();
  await expect(page.getByRole('heading', { name: `Đơn ${code}` })).toBeVisible();

  const card = page.getByTestId('attachments-card');
  await expect(card).toContainText('Chưa có tệp đính kèm');
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  await card
    .locator('input[type=file]')
    .setInputFiles({ name: 'bien-ban-tiep-nhan.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByText('Đã đính kèm tệp bien-ban-tiep-nhan.pdf')).toBeVisible();
  const list = page.getByTestId('attachment-list');
  await expect(list).toContainText('bien-ban-tiep-nhan.pdf');
  await expect(list).toContainText('KB');

  // A file of a kind the server does not take is refused before it is sent.
  await card
    .locator('input[type=file]')
    .setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('ghi chú') });
  await expect(page.getByTestId('attachment-error')).toContainText('Chỉ nhận tệp PDF, JPG, PNG hoặc DOCX');

  // The download comes back as the same file.
  const download = page.waitForEvent('download');
  await list.getByRole('button', { name: 'Tải về' }).click();
  expect((await download).suggestedFilename()).toBe('bien-ban-tiep-nhan.pdf');

  // A petition not yet accepted may be split.
  await expect(page.getByTestId('petition-actions').getByRole('button', { name: 'Tách đơn' })).toBeVisible();
  await shot(page, 'x01-attachment');
});

test('"Đơn của tôi" asks a visitor who is not signed in to sign in', async ({ page }) => {
  await page.goto('/cong-dan/gui-don');
  await page.getByRole('link', { name: 'Đơn của tôi' }).click();
  await expect(page.getByTestId('my-petitions-signin')).toContainText('Bạn cần đăng nhập');
  await expect(
    page.getByTestId('my-petitions-signin').getByRole('link', { name: 'Đăng nhập' }),
  ).toBeVisible();
  await shot(page, 'x02-my-petitions-signed-out');
});

test('a ward forwards a feedback outside its competence to the ward in charge, whose officer is told and finds it', async ({
  page,
}) => {
  await signIn(page, 'hatu.tiepdan');
  await page.goto('/don-thu/tiep-nhan');
  await chooseOption(page, page.getByTestId('petition-kind').locator('input'), 'Phản ánh');
  await page.getByLabel('Tiêu đề').fill('Phản ánh xe khách đỗ lấn chiếm vỉa hè trước bến xe Bãi Cháy');
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Các nhà xe đỗ xe khách lấn chiếm vỉa hè trước bến xe Bãi Cháy gây ùn tắc vào giờ cao điểm');
  await page.getByLabel('Họ và tên người gửi').fill('Vũ Minh Tuấn');
  await page.getByRole('button', { name: 'Lưu đơn' }).click();
  await expect(page.getByText('Đã tiếp nhận đơn')).toBeVisible();
  const code = (await page.getByTestId('created-code').innerText()).trim();
  await page.getByRole('button', { name: 'Xem đơn' }).click();
  await expect(page.getByRole('heading', { name: `Đơn ${code}` })).toBeVisible();

  const actions = page.getByTestId('petition-actions');
  await actions.getByRole('button', { name: 'Phân loại', exact: true }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByText('Không thuộc thẩm quyền', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('petition-status')).toHaveText('Đã phân loại');

  await actions.getByRole('button', { name: 'Chuyển đơn', exact: true }).click();
  dialog = page.getByRole('dialog');
  await chooseOption(
    page,
    dialog.getByTestId('forward-target').locator('input'),
    'Phường Bãi Cháy',
    'bai chay',
  );
  await shot(page, 'x03-forward-dialog');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('petition-status')).toHaveText('Đã chuyển đơn');
  await expect(page.getByTestId('petition-outcome')).toContainText('Phường Bãi Cháy');
  const events = page.getByTestId('petition-events');
  await expect(events).toContainText('Đơn lập tại Phường Bãi Cháy:');
  const there =
    /Đơn lập tại Phường Bãi Cháy: ([A-Z0-9]+-[A-Z0-9]+)/.exec(await events.innerText())?.[1] ?? '';
  expect(there).not.toBe(code);
  await shot(page, 'x04-forwarded');
  await logout(page);

  // The receiving ward's officer is notified and finds the petition, which names where it came from.
  await signIn(page, 'baichay.tiepdan');
  await page.getByTestId('notification-bell').click();
  await expect(page.getByTestId('notification-list')).toContainText(`chuyển đến đơn ${there}`);
  await shot(page, 'x05-forward-notification');
  await page.goto('/don-thu');
  await page.getByTestId('petition-search').fill(there);
  const table = page.getByTestId('petition-table');
  await expect(table.locator('tr.ant-table-row')).toHaveCount(1);
  await table.getByRole('link', { name: there }).click();
  await expect(page.getByRole('heading', { name: `Đơn ${there}` })).toBeVisible();
  await expect(page.locator('body')).toContainText('Nhận đơn do Phường Hà Tu chuyển đến');
  await expect(page.locator('body')).not.toContainText(code);
  await expect(page.getByTestId('petition-status')).toHaveText('Mới tiếp nhận');
  await shot(page, 'x06-forwarded-arrived');
});

test('a signed-in citizen sends a feedback with a photo; it joins "Đơn của tôi" and the officer opens the photo', async ({
  page,
}) => {
  await signIn(page, 'congdan.hatu');
  await page.goto('/cong-dan/gui-don');
  await expect(page.getByTestId('portal-signed-in')).toContainText('Nguyễn Văn An');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await chooseOption(page, page.getByTestId('portal-unit').locator('input'), 'Phường Hà Tu', 'ha tu');
  await page.getByLabel('Tiêu đề').fill('Rác thải xây dựng đổ trộm cạnh mương tổ 4');
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Rác thải xây dựng bị đổ trộm cạnh mương thoát nước tổ 4 từ tuần trước, gây tắc dòng chảy');
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'muong-to-4.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByText('muong-to-4.png')).toBeVisible();
  await shot(page, 'x07-portal-signed-in-with-photo');
  await page.getByTestId('portal-submit').click();
  const code = (await page.getByTestId('portal-code').innerText()).trim();

  await page.goto('/cong-dan/don-cua-toi');
  const mine = page.getByRole('row').filter({ hasText: code });
  await expect(mine).toContainText('Rác thải xây dựng đổ trộm cạnh mương tổ 4');
  await expect(mine).toContainText('Mới tiếp nhận');
  await shot(page, 'x08-my-petitions');
  // His name in the portal's header leads back to his own page.
  await page.getByTestId('portal-home').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await logout(page);

  await signIn(page, 'hatu.tiepdan');
  await page.goto('/don-thu');
  await page.getByTestId('petition-search').fill(code);
  const table = page.getByTestId('petition-table');
  await expect(table.locator('tr.ant-table-row')).toHaveCount(1);
  await table.getByRole('link', { name: code }).click();
  const list = page.getByTestId('attachment-list');
  await expect(list).toContainText('muong-to-4.png');
  const download = page.waitForEvent('download');
  await list.getByRole('button', { name: 'Tải về' }).click();
  expect((await download).suggestedFilename()).toBe('muong-to-4.png');
});

test('a complaint about a provincial department is suggested out of the ward’s competence and forwarded to the province', async ({
  page,
}) => {
  await signIn(page, 'hatu.tiepdan');
  await page.goto('/don-thu/tiep-nhan');
  await chooseOption(page, page.getByTestId('petition-kind').locator('input'), 'Khiếu nại');
  await page.getByLabel('Tiêu đề').fill('Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng');
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Khiếu nại Quyết định xử phạt của Sở Xây dựng vì áp dụng sai mức phạt đối với công trình nhà ở');
  await chooseOption(
    page,
    page.getByTestId('petition-respondent').locator('input'),
    'Sở Xây dựng tỉnh Quảng Ninh',
    'so xay dung',
  );
  await page.getByLabel('Họ và tên người gửi').fill('Trịnh Văn Khải');
  await page.getByRole('button', { name: 'Lưu đơn' }).click();
  await expect(page.getByText('Đã tiếp nhận đơn')).toBeVisible();
  await page.getByRole('button', { name: 'Xem đơn' }).click();
  await expect(page.locator('body')).toContainText('Sở Xây dựng tỉnh Quảng Ninh (Tỉnh Quảng Ninh)');

  const actions = page.getByTestId('petition-actions');
  await actions.getByRole('button', { name: 'Phân loại', exact: true }).click();
  let dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('competence-hint')).toContainText(
    'Gợi ý: không thuộc thẩm quyền, chuyển đến Tỉnh Quảng Ninh',
  );
  await expect(dialog.getByLabel('Không thuộc thẩm quyền')).toBeChecked();
  await shot(page, 'x09-competence-hint');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog).toBeHidden();

  await actions.getByRole('button', { name: 'Chuyển đơn', exact: true }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('forward-target')).toContainText('Tỉnh Quảng Ninh');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('petition-status')).toHaveText('Đã chuyển đơn');
  await expect(page.getByTestId('petition-events')).toContainText('Đơn lập tại Tỉnh Quảng Ninh');
  await shot(page, 'x10-forwarded-to-province');
});
