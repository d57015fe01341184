import { mkdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'DanVan@2026';
const shotDir = 'test-results/screenshots';
mkdirSync(shotDir, { recursive: true });

/** Screenshots are kept as artifacts and looked at by a person before a page is called done. */
export async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${shotDir}/${name}.png`, fullPage: true });
}

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function logout(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByText('Đăng xuất').click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * antd renders the real options in a portal; the role=option nodes are hidden. The option's title must
 * be exactly `text` ("Xã", not "Thị xã"); a unit option may carry its ancestors on a second line.
 */
export async function chooseOption(page: Page, select: Locator, text: string, typed?: string) {
  await select.click();
  if (typed) await page.keyboard.type(typed);
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await options
    .filter({ has: page.getByText(new RegExp(`^${escapeRegExp(text)}$`)) })
    .first()
    .click();
}
