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
 * The dropdown is the one this select controls (aria-controls), not another one still closing, and the
 * choice is checked on the select itself: under load a click during the opening animation can be lost,
 * so the whole step is retried until the select shows the value.
 */
export async function chooseOption(page: Page, select: Locator, text: string, typed?: string) {
  const exact = new RegExp(`^${escapeRegExp(text)}$`);
  const box = select.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  await expect(async () => {
    await select.click();
    if (typed) await select.fill(typed);
    const listId = await select.getAttribute('aria-controls');
    const dropdown = listId
      ? page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) })
      : page.locator('.ant-select-dropdown:visible');
    await dropdown
      .locator('.ant-select-item-option')
      .filter({ has: page.getByText(exact) })
      .first()
      .click({ timeout: 5_000 });
    await expect(box).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
