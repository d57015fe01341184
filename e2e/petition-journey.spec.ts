import { expect, type Locator, type Page, test } from '@playwright/test';
import { chooseOption, login, logout, shot } from './support';

// A complaint from a group of citizens, end to end: reception officer → leader → case handler →
// the citizen on the public portal. Then: a denouncer stays secret; a citizen's petition sent from the
// portal is recorded once even when the first answer is lost.

/** login() returns once the button is clicked: wait for the signed-in shell before navigating away. */
async function signIn(page: Page, username: string) {
  await login(page, username);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

async function confirmAction(page: Page, button: string) {
  await page.getByTestId('petition-actions').getByRole('button', { name: button, exact: true }).click();
  return page.getByRole('dialog');
}

/** Searches the list (the search is debounced) until the petition is the only row. */
async function findInList(page: Page, code: string) {
  await page.goto('/don-thu');
  await page.getByTestId('petition-search').fill(code);
  const table = page.getByTestId('petition-table');
  await expect(table.locator('tr.ant-table-row')).toHaveCount(1);
  await expect(table).toContainText(code);
  return table;
}

async function submitAction(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog).toBeHidden();
}

async function openPetition(page: Page, code: string) {
  const table = await findInList(page, code);
  await table.getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { name: `Đơn ${code}` })).toBeVisible();
}

test('a group complaint goes from reception to resolution, and the citizen rates it', async ({
  page,
  browser,
}) => {
  // 1. The reception officer logs a group visit at which a petition is handed in.
  await signIn(page, 'hatu.tiepdan');
  await page.goto('/tiep-cong-dan/ghi-luot-tiep');
  await page.getByLabel('Địa điểm').fill('Trụ sở tiếp công dân phường Hà Tu');
  await page.getByLabel('Số người').fill('6');
  await page.getByLabel('Họ và tên công dân 1').fill('Nguyễn Văn Hùng');
  await page.getByLabel('Số CCCD công dân 1').fill('022087001234');
  await page.getByLabel('Điện thoại công dân 1').fill('0912345678');
  await page.getByLabel('Công dân 1 là người đại diện').check();
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Sáu hộ dân tổ 5 khiếu nại Quyết định thu hồi đất số 125/QĐ-UBND vì mức bồi thường thấp');
  await page.getByText('Nhận đơn', { exact: true }).click();
  await shot(page, 'p01-group-visit-form');
  await page.getByRole('button', { name: 'Lưu lượt tiếp' }).click();
  await page.waitForURL(/\/tiep-cong-dan\/luot\//);
  const visitId = page.url().split('/').pop() ?? '';
  await expect(page.getByTestId('print-receipt')).toBeEnabled();
  await expect(page.getByTestId('receipt-reply-due')).toContainText(
    'Luật Tiếp công dân 2013, Điều 28 khoản 1',
  );
  await shot(page, 'p02-visit-receipt');

  // 2. The petition handed in at that visit, entered from it.
  await page.goto(`/don-thu/tiep-nhan?visitId=${visitId}`);
  await expect(page.getByTestId('intake-from-visit')).toContainText('Đoàn 6 người');
  await expect(page.getByLabel('Họ và tên người gửi')).toHaveValue('Nguyễn Văn Hùng');
  await expect(page.getByLabel('Số người ký')).toHaveValue('6');
  await chooseOption(page, page.getByTestId('petition-kind').locator('input'), 'Khiếu nại');
  await page.getByLabel('Tiêu đề').fill('Khiếu nại quyết định thu hồi đất tổ 5');
  await shot(page, 'p03-intake-from-visit');
  await page.getByRole('button', { name: 'Lưu đơn' }).click();
  await expect(page.getByText('Đã tiếp nhận đơn')).toBeVisible();
  const code = (await page.getByTestId('created-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]+-26[A-Z0-9]{10}$/);
  const pin = (await page.getByTestId('created-pin').innerText()).trim();
  expect(pin).toMatch(/^\d{6}$/);
  await shot(page, 'p04-intake-created');

  // 3. The officer classifies it: a complaint within the ward's competence.
  await page.getByRole('button', { name: 'Xem đơn' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Mới tiếp nhận');
  let dialog = await confirmAction(page, 'Phân loại');
  await dialog.getByText('Thuộc thẩm quyền', { exact: true }).click();
  await submitAction(dialog);
  await expect(page.getByTestId('petition-status')).toHaveText('Đã phân loại');
  // Assigning is the leader's: the officer is not offered it.
  await expect(page.getByTestId('petition-actions')).not.toContainText('Giao thụ lý');
  await shot(page, 'p05-classified');
  await logout(page);

  // 4. The leader assigns it to the case handler.
  await signIn(page, 'hatu.lanhdao');
  await openPetition(page, code);
  dialog = await confirmAction(page, 'Giao thụ lý');
  await chooseOption(page, dialog.getByTestId('handler-select').locator('input'), 'Bùi Quốc Khánh');
  await shot(page, 'p06-assign-dialog');
  await submitAction(dialog);
  await expect(page.getByText('Bùi Quốc Khánh').first()).toBeVisible();
  await logout(page);

  // 5. The handler accepts it (Luật Khiếu nại 2011, Điều 28 deadline) and resolves it in time.
  await signIn(page, 'hatu.thuly');
  await openPetition(page, code);
  dialog = await confirmAction(page, 'Thụ lý');
  await dialog.getByLabel('Số thông báo thụ lý').fill('15/TB-UBND');
  await submitAction(dialog);
  await expect(page.getByTestId('petition-status')).toHaveText('Đã thụ lý');
  await expect(page.getByTestId('petition-events')).toContainText('Văn bản số 15/TB-UBND ngày');
  await expect(page.getByTestId('petition-deadlines')).toContainText('Luật Khiếu nại 02/2011/QH13, Điều 28');
  await shot(page, 'p07-accepted');
  dialog = await confirmAction(page, 'Giải quyết');
  await dialog.getByLabel('Số quyết định').fill('45/QĐ-UBND');
  await dialog
    .getByLabel('Tóm tắt kết quả giải quyết')
    .fill('Công nhận một phần nội dung khiếu nại, điều chỉnh mức bồi thường cho 6 hộ');
  await shot(page, 'p08-resolve-dialog');
  await submitAction(dialog);
  await expect(page.getByTestId('petition-status')).toHaveText('Đã giải quyết');
  await expect(page.getByTestId('petition-outcome')).toContainText('45/QĐ-UBND');
  // What follows the decision: the second-complaint window and its effect (Luật Khiếu nại Điều 33, 44).
  await expect(page.getByTestId('petition-deadlines')).toContainText('Hạn khiếu nại lần hai');
  await expect(page.getByTestId('petition-deadlines')).toContainText('Điều 44');
  await shot(page, 'p09-resolved');

  // 6. The citizen, not signed in, finds the portal from the login page and rates the answer.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto('/');
  await citizen.getByRole('link', { name: 'Tra cứu đơn' }).click();
  await citizen.getByLabel('Mã tra cứu đơn').fill(code.toLowerCase());
  await citizen.getByLabel('Mã tra cứu đơn').press('Enter');
  await expect(citizen.getByTestId('portal-status')).toHaveText('Đã giải quyết');
  await expect(citizen.locator('body')).toContainText('Công nhận một phần nội dung khiếu nại');
  await expect(citizen.locator('body')).not.toContainText('Nguyễn Văn Hùng');
  await expect(citizen.getByTestId('portal-rights')).toContainText('khiếu nại lần hai đến hết ngày');
  await shot(citizen, 'p10-portal-resolved');
  const rating = citizen.getByTestId('portal-rating');
  await rating.locator('.ant-rate-star').nth(4).click();
  await rating.getByLabel('Mã PIN').fill(pin);
  await rating.getByLabel('Ý kiến thêm').fill('Giải quyết đúng hạn, cán bộ tận tình');
  await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(citizen.getByTestId('portal-status')).toHaveText('Đã kết thúc');
  await shot(citizen, 'p11-portal-rated');
  await citizenContext.close();

  // 7. Back on the staff side the petition is closed, with the citizen's five stars.
  await page.reload();
  await expect(page.getByTestId('petition-status')).toHaveText('Đã kết thúc');
  await expect(page.getByTestId('petition-no-actions')).toBeVisible();
  await shot(page, 'p12-closed');
});

test('a denouncer stays secret in the list and from the leader; only the handler may reveal him', async ({
  page,
}) => {
  await signIn(page, 'hatu.tiepdan');
  await page.goto('/don-thu/tiep-nhan');
  await chooseOption(page, page.getByTestId('petition-kind').locator('input'), 'Tố cáo');
  await page.getByLabel('Tiêu đề').fill('Tố cáo cán bộ địa chính nhận tiền');
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Tố cáo cán bộ địa chính phường nhận tiền của người dân khi làm hồ sơ cấp giấy chứng nhận');
  await page.getByLabel('Người bị tố cáo', { exact: true }).fill('Cán bộ địa chính X');
  await page.getByLabel('Họ và tên người gửi').fill('Hoàng Văn Tố');
  await page.getByLabel('Số CCCD').fill('022080009999');
  await shot(page, 'p20-denunciation-intake');
  await page.getByRole('button', { name: 'Lưu đơn' }).click();
  const code = (await page.getByTestId('created-code').innerText()).trim();

  const table = await findInList(page, code);
  await expect(table).toContainText('Được bảo mật');
  await expect(table).not.toContainText('Hoàng Văn Tố');
  await shot(page, 'p21-denunciation-list');
  await table.getByRole('link', { name: code }).click();
  const dialog = await confirmAction(page, 'Phân loại');
  await dialog.getByText('Thuộc thẩm quyền', { exact: true }).click();
  await submitAction(dialog);
  await expect(page.getByTestId('petition-status')).toHaveText('Đã phân loại');
  await logout(page);

  // The leader assigns the case but may not see who denounced (Luật Tố cáo 2018, Điều 47).
  await signIn(page, 'hatu.lanhdao');
  await openPetition(page, code);
  const assign = await confirmAction(page, 'Giao thụ lý');
  await chooseOption(page, assign.getByTestId('handler-select').locator('input'), 'Bùi Quốc Khánh');
  await submitAction(assign);
  await expect(page.getByTestId('petition-sender')).toContainText('Thông tin người tố cáo được bảo mật');
  await expect(page.getByTestId('reveal-denouncer')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Hoàng Văn Tố');
  await shot(page, 'p22-leader-no-reveal');
  await logout(page);

  // The assigned handler may, after a warning that the view is audited.
  await signIn(page, 'hatu.thuly');
  await openPetition(page, code);
  await page.getByTestId('reveal-denouncer').click();
  await expect(page.getByText('Việc xem được ghi vào nhật ký hệ thống')).toBeVisible();
  await shot(page, 'p23-reveal-warning');
  await page.getByRole('button', { name: 'Xem thông tin', exact: true }).click();
  await expect(page.getByTestId('petition-sender')).toContainText('Hoàng Văn Tố');
  await shot(page, 'p24-handler-revealed');
});

test('a citizen sends a feedback from the portal; a retry after a lost answer records it once', async ({
  page,
}) => {
  // The first answer is lost on the way back (the server has recorded the petition already).
  const keys: string[] = [];
  let dropped = false;
  await page.route('**/api/public/petitions', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (dropped) return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.goto('/cong-dan/gui-don');
  await expect(page.getByRole('heading', { name: 'Gửi kiến nghị, phản ánh' })).toBeVisible();
  await chooseOption(page, page.getByTestId('portal-unit').locator('input'), 'Phường Hà Tu', 'ha tu');
  await page.getByLabel('Tiêu đề').fill('Đèn đường hỏng tại tổ 7, khu 4');
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Bốn cột đèn đường trên phố tổ 7 không sáng đã ba tuần, đi lại ban đêm rất nguy hiểm');
  await page.getByLabel('Họ và tên').fill('Vũ Thị Mai');
  await page.getByLabel('Điện thoại').fill('0901234567');
  await shot(page, 'p30-portal-form');
  await page.getByTestId('portal-submit').click();
  await expect(page.getByText('Không kết nối được máy chủ')).toBeVisible();
  await expect(page.getByTestId('portal-submit')).toHaveText('Gửi lại');
  await shot(page, 'p31-portal-lost-answer');
  await page.getByTestId('portal-submit').click();
  await expect(page.getByText('Hãy ghi lại mã tra cứu và mã PIN')).toBeVisible();
  await expect(page.getByTestId('portal-pin')).toHaveText(/^\d{6}$/);
  const code = (await page.getByTestId('portal-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]+-26[A-Z0-9]{10}$/);
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  await shot(page, 'p32-portal-sent');

  // A commune's page may link the form with its unit code chosen.
  await page.goto('/cong-dan/gui-don?donVi=06652');
  await expect(page.getByTestId('portal-unit')).toContainText('Phường Hà Tu');

  // The officer finds one petition, not two, received online.
  await signIn(page, 'hatu.tiepdan');
  await page.goto('/don-thu');
  await page.getByTestId('petition-search').fill('den duong hong tai to 7');
  const table = page.getByTestId('petition-table');
  await expect(table.locator('tr.ant-table-row')).toHaveCount(1);
  await expect(table).toContainText(code);
  await expect(table).toContainText('Vũ Thị Mai');
  await shot(page, 'p33-portal-petition-in-list');

  // A province leader sees every unit (the Đơn vị column appears) and the overdue list.
  await logout(page);
  await signIn(page, 'qn.lanhdao');
  await page.goto('/don-thu');
  await page.getByTestId('petition-overdue-filter').check();
  const rows = table.locator('tr.ant-table-row');
  await expect(table.getByRole('columnheader', { name: 'Đơn vị' })).toBeVisible();
  await expect(rows.filter({ hasNotText: 'Quá hạn' })).toHaveCount(0);
  await shot(page, 'p34-province-overdue-list');
});
