import { expect, test } from '@playwright/test';
import { chooseOption, login, logout, shot } from './support';

// One journey across the foundation: an administrator creates a commune and a user granted on it,
// and that user sees only his own subtree.
test('admin creates a commune and its administrator, who then sees only that commune', async ({ page }) => {
  await login(page, 'admin');
  await expect(page.getByRole('heading', { name: /^Chào/ })).toBeVisible();
  await shot(page, 'f01-home-admin');

  await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
  const tree = page.getByTestId('unit-tree');
  await tree.getByText('Tỉnh Quảng Ninh', { exact: true }).click();
  await expect(page.getByTestId('unit-detail')).toContainText('Tỉnh Quảng Ninh');
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mã đơn vị').fill('99901');
  await dialog.getByLabel('Tên đơn vị').fill('Xã Đồng Tâm Mới');
  await chooseOption(page, dialog.getByLabel('Loại đơn vị'), 'Xã');
  await shot(page, 'f02-org-create-commune');
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('unit-detail')).toContainText('Xã Đồng Tâm Mới');
  await expect(page.getByTestId('unit-detail')).toContainText('99901');
  await expect(page.getByTestId('unit-detail').getByText('Xã', { exact: true })).toBeVisible();
  await shot(page, 'f03-org-commune-created');

  await page.getByRole('menuitem', { name: /Người dùng/ }).click();
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Tên đăng nhập').fill('dongtam.quantri');
  await drawer.getByLabel('Họ và tên').fill('Trịnh Thị Hồng Nhung');
  await chooseOption(
    page,
    drawer.getByTestId('user-home-unit').locator('input'),
    'Xã Đồng Tâm Mới',
    'dong tam',
  );
  await drawer.getByLabel('Mật khẩu ban đầu').fill('Cay-Bang-Truoc-Ngo-26');
  await drawer.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(drawer.getByText('Vai trò và phạm vi')).toBeVisible();
  await chooseOption(page, drawer.getByTestId('grant-role').locator('input'), 'Quản trị đơn vị');
  await chooseOption(page, drawer.getByTestId('grant-unit').locator('input'), 'Xã Đồng Tâm Mới', 'dong tam');
  await drawer.getByRole('button', { name: 'Cấp vai trò' }).click();
  await expect(drawer.getByTestId('grant-list')).toContainText('Xã Đồng Tâm Mới');
  await shot(page, 'f04-user-created-and-granted');
  await page.keyboard.press('Escape');
  await logout(page);

  // The new administrator must change the password someone else chose.
  await login(page, 'dongtam.quantri', 'Cay-Bang-Truoc-Ngo-26');
  await expect(page.getByText('Đổi mật khẩu lần đầu')).toBeVisible();
  await shot(page, 'f05-forced-password-change');
  await page.getByLabel('Mật khẩu hiện tại').fill('Cay-Bang-Truoc-Ngo-26');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Dong Tam mua xuan 2026');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('Dong Tam mua xuan 2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('heading', { name: /^Chào/ })).toBeVisible();
  await expect(page.getByTestId('home-grants')).toContainText('Xã Đồng Tâm Mới');
  await shot(page, 'f06-home-new-admin');

  await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
  await expect(page.getByTestId('unit-tree')).toContainText('Xã Đồng Tâm Mới');
  await expect(page.getByTestId('unit-tree')).not.toContainText('Tỉnh Quảng Ninh');
  await expect(page.getByTestId('unit-tree')).not.toContainText('Phường Hà Tu');
  await page.getByTestId('unit-search').click();
  await page.keyboard.type('ha tu');
  await expect(page.locator('.ant-select-dropdown:visible')).toContainText('Không tìm thấy');
  await shot(page, 'f07-new-admin-sees-only-his-commune');
  await page.keyboard.press('Escape');

  // Nor do his users and his audit log reach beyond the commune.
  await page.getByRole('menuitem', { name: /Người dùng/ }).click();
  await expect(page.getByTestId('user-table')).toContainText('dongtam.quantri');
  await expect(page.getByTestId('user-table')).not.toContainText('hatu.quantri');
  await page.getByRole('menuitem', { name: 'Nhật ký hệ thống' }).click();
  await expect(page.getByTestId('audit-table')).toContainText('Đổi mật khẩu');
  await expect(page.getByTestId('audit-table')).not.toContainText('Hà Tu');
  await shot(page, 'f08-new-admin-audit');
});

test.describe('every demo role can sign in and sees its own menu', () => {
  const cases: [string, string[], string[]][] = [
    ['qn.quantri', ['Đơn vị hành chính', 'Người dùng và phân quyền', 'Nhật ký hệ thống'], []],
    ['qn.thanhtra', ['Đơn vị hành chính', 'Nhật ký hệ thống'], []],
    ['hatu.lanhdao', ['Đơn vị hành chính', 'Người dùng và phân quyền'], ['Nhật ký hệ thống']],
    ['hatu.tiepdan', ['Đơn vị hành chính'], ['Người dùng và phân quyền', 'Nhật ký hệ thống']],
    ['hatu.danvan', ['Đơn vị hành chính'], ['Người dùng và phân quyền', 'Nhật ký hệ thống']],
    ['congdan.hatu', [], ['Đơn vị hành chính', 'Người dùng và phân quyền', 'Nhật ký hệ thống']],
  ];
  for (const [username, visible, hidden] of cases) {
    test(username, async ({ page }) => {
      await login(page, username);
      await expect(page.getByRole('heading', { name: /^Chào/ })).toBeVisible();
      const menu = page.locator('.ant-layout-sider');
      for (const item of visible) await expect(menu.getByText(item, { exact: true })).toBeVisible();
      for (const item of hidden) await expect(menu.getByText(item, { exact: true })).toHaveCount(0);
      await shot(page, `r-home-${username}`);
    });
  }
});
