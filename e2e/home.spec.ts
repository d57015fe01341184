import { expect, type Locator, type Page, test } from '@playwright/test';
import { login, logout, shot } from './support';

// The home page each role opens in the morning: a work queue whose counts open the petition list so
// filtered, shortcuts to the role's daily pages, and the portal's pages for a citizen.

async function signIn(page: Page, username: string) {
  await login(page, username);
  await expect(page.getByRole('heading', { name: /^Chào/ })).toBeVisible();
}

/** The figure a work-queue tile shows ("12", "1.234"), once it has loaded: an exact count, never a floor. */
async function tileCount(tile: Locator): Promise<string> {
  const value = tile.getByTestId('queue-count');
  await expect(value).toHaveText(/^\d{1,3}(\.\d{3})*$/);
  return (await value.innerText()).trim();
}

const rows = (page: Page) => page.getByTestId('petition-table').locator('tr.ant-table-row');

/** No scaffold text from the first sprint is left on the page. */
async function expectNoStaleText(page: Page) {
  await expect(page.getByText(/sẽ lần lượt được bổ sung|đang được xây dựng/)).toHaveCount(0);
}

test('a reception officer sees the new petitions to classify and opens them from the count', async ({
  page,
}) => {
  await signIn(page, 'hatu.tiepdan');
  const queue = page.getByTestId('work-queue');
  await expect(queue).toBeVisible();
  await expect(queue.getByTestId('queue-overdue')).toContainText('Đơn quá hạn');
  await tileCount(queue.getByTestId('queue-overdue'));
  const received = queue.getByTestId('queue-received');
  const count = await tileCount(received);
  // His work is intake, not handling: no assigned-petition tiles.
  await expect(queue.getByTestId('queue-mine-accepted')).toHaveCount(0);
  const shortcuts = page.getByTestId('home-shortcuts');
  await expect(shortcuts.getByRole('button', { name: 'Ghi lượt tiếp' })).toBeVisible();
  await expect(shortcuts.getByRole('button', { name: 'Tiếp nhận đơn' })).toBeVisible();
  await expectNoStaleText(page);
  await shot(page, 'h01-home-reception-officer');

  await received.getByRole('link').click();
  await expect(page).toHaveURL(/\/don-thu\?status=received$/);
  await expect(page.getByTestId('petition-status-filter')).toContainText('Mới tiếp nhận');
  await expect(rows(page).first()).toBeVisible();
  await expect(rows(page).filter({ hasNotText: 'Mới tiếp nhận' })).toHaveCount(0);
  if (Number(count.replace(/\./g, '')) <= 50) await expect(rows(page)).toHaveCount(Number(count));
  await shot(page, 'h02-list-from-received-count');

  await page.goto('/');
  await shortcuts.getByRole('button', { name: 'Ghi lượt tiếp' }).click();
  await expect(page).toHaveURL(/\/tiep-cong-dan\/ghi-luot-tiep$/);
});

test('a leader sees every queue and opens the overdue petitions from the count', async ({ page }) => {
  await signIn(page, 'hatu.lanhdao');
  const queue = page.getByTestId('work-queue');
  for (const key of ['overdue', 'received', 'classified', 'mine-classified', 'mine-accepted'])
    await tileCount(queue.getByTestId(`queue-${key}`));
  const shortcuts = page.getByTestId('home-shortcuts');
  for (const name of ['Thống kê đơn thư', 'Thống kê tiếp công dân', 'Đơn quá hạn'])
    await expect(shortcuts.getByRole('button', { name })).toBeVisible();
  await expectNoStaleText(page);
  await shot(page, 'h03-home-leader');

  await queue.getByTestId('queue-overdue').getByRole('link').click();
  await expect(page).toHaveURL(/\/don-thu\?overdue=true$/);
  await expect(page.getByRole('checkbox', { name: 'Chỉ đơn quá hạn' })).toBeChecked();
  await expect(rows(page).first()).toBeVisible();
  await shot(page, 'h04-list-from-overdue-count');

  await page.goto('/');
  await shortcuts.getByRole('button', { name: 'Thống kê đơn thư' }).click();
  await expect(page).toHaveURL(/\/don-thu\?tab=thong-ke$/);
  await expect(page.getByRole('tab', { name: 'Thống kê', selected: true })).toBeVisible();
});

test('a case handler sees the petition just assigned to him and opens it from the count', async ({
  page,
}) => {
  // The leader hands an accepted petition of the ward, left without a handler, to the case handler.
  await signIn(page, 'hatu.lanhdao');
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  const accepted = await (await page.request.get('/api/petitions?status=accepted&limit=50')).json();
  const petition = accepted.items.find(
    (p: { competence: string | null; handlerId: string | null }) => p.competence === 'in' && !p.handlerId,
  );
  expect(petition).toBeTruthy();
  const handlers = await (await page.request.get(`/api/petitions/${petition.id}/handlers`)).json();
  const handler = handlers.find((h: { fullName: string }) => h.fullName === 'Bùi Quốc Khánh');
  const assigned = await page.request.post(`/api/petitions/${petition.id}/actions`, {
    data: { action: 'assign', handlerId: handler.id },
    headers: { 'X-CSRF-Token': csrfToken },
  });
  expect(assigned.ok()).toBe(true);
  await logout(page);

  await signIn(page, 'hatu.thuly');
  const queue = page.getByTestId('work-queue');
  const mine = queue.getByTestId('queue-mine-accepted');
  expect(Number(await tileCount(mine))).toBeGreaterThanOrEqual(1);
  await tileCount(queue.getByTestId('queue-mine-classified'));
  await expect(queue.getByTestId('queue-received')).toHaveCount(0);
  await expect(
    page.getByTestId('home-shortcuts').getByRole('button', { name: 'Đơn được giao cho tôi' }),
  ).toBeVisible();
  await expectNoStaleText(page);
  await shot(page, 'h05-home-case-handler');

  await mine.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/don-thu\\?status=accepted&handlerId=${handler.id}$`));
  await expect(rows(page).filter({ hasText: petition.trackingCode })).toHaveCount(1);
  await expect(rows(page).filter({ hasNotText: 'Bùi Quốc Khánh' })).toHaveCount(0);
  await shot(page, 'h06-list-from-assigned-count');
});

test('a citizen sees the portal pages, not the staff work queue', async ({ page }) => {
  await signIn(page, 'congdan.hatu');
  const portal = page.getByTestId('citizen-portal');
  await expect(portal).toBeVisible();
  await expect(page.getByTestId('work-queue')).toHaveCount(0);
  await expect(page.getByTestId('home-shortcuts')).toHaveCount(0);
  for (const name of ['Gửi kiến nghị, phản ánh', 'Tra cứu đơn theo mã', 'Đơn của tôi'])
    await expect(portal.getByRole('button', { name })).toBeVisible();
  await expectNoStaleText(page);
  await shot(page, 'h07-home-citizen');

  await portal.getByRole('button', { name: 'Đơn của tôi' }).click();
  await expect(page).toHaveURL(/\/cong-dan\/don-cua-toi$/);
  await expect(page.getByText('Đơn của tôi').first()).toBeVisible();
  await expect(page.getByTestId('my-petitions-signin')).toHaveCount(0);
  await shot(page, 'h08-citizen-my-petitions');

  await page.goto('/');
  await page.getByTestId('citizen-portal').getByRole('button', { name: 'Tra cứu đơn theo mã' }).click();
  await expect(page).toHaveURL(/\/cong-dan\/tra-cuu$/);
  await page.goto('/');
  await page.getByTestId('citizen-portal').getByRole('button', { name: 'Gửi kiến nghị, phản ánh' }).click();
  await expect(page).toHaveURL(/\/cong-dan\/gui-don$/);
});
