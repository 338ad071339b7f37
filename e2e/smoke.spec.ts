import { test, expect } from '@playwright/test';

test('the app starts with the ambition in the middle', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.card.ambition')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/start.png' });
});
