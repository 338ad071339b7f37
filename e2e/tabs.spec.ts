// Two tabs on one board never clobber each other: one edits, the other shows
// the board live and read-only, refuses every change it is asked for and
// says so, and takes the board over on "edit here instead". A board deleted
// in one tab is not edited on, unseen, in the other.
import { test, expect, Page } from '@playwright/test';
import { addCard, cardWithText, openApp, savedBoard } from './helpers';

async function setTitle(page: Page, title: string) {
  await page.locator('.board-title').fill(title);
  await page.locator('.board-title').press('Enter');
  await expect(page.locator('.board-title')).toHaveValue(title);
}

const READ_ONLY = 'Read-only: this board is being edited in another tab.';

test('two tabs, 50 edits each, interleaved: every edit of the tab that holds the board is kept, every attempt of the other refused in view', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await setTitle(page, 'Shared in two tabs');
  await expect(page.locator('.save-status')).toHaveText('Saved');
  const other = await page.context().newPage();
  await openApp(other);
  await expect(other.locator('.board-title')).toHaveValue('Shared in two tabs');
  await expect(other.locator('.watching-bar')).toContainText(READ_ONLY);
  await expect(page.locator('.watching-bar')).toHaveCount(0);

  for (let i = 0; i < 50; i++) {
    await addCard(page, 'Action', `Edit ${i} in the first tab`);
    // The second tab's attempt: refused, and said so.
    await other.getByRole('button', { name: 'Add fact', exact: true }).click();
    await expect(other.locator('.notice.error')).toContainText('This board is being edited in another tab');
    await expect(other.locator('textarea.card-editor')).toHaveCount(0);
  }
  await expect(page.locator('.save-status')).toHaveText('Saved');
  // The second tab shows the first one's edits as they are saved.
  await expect(other.locator('.card')).toHaveCount(51);
  await expect(cardWithText(other, 'Edit 49 in the first tab')).toHaveCount(1);

  // After a reload every edit is there, and none of the refused ones.
  await page.reload();
  await expect(page.getByRole('img', { name: /^50 cards/ })).toBeVisible();
  const texts = (await savedBoard(page)).board.cards.map((c: { text: string }) => c.text);
  expect(texts.filter((t: string) => t.endsWith('in the first tab')).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `Edit ${i} in the first tab`).sort());
  expect(texts).toHaveLength(51);
  // The reload let the board go: the second tab edits it now, the first one shows it.
  await expect(other.locator('.watching-bar')).toHaveCount(0);
  await expect(page.locator('.watching-bar')).toContainText(READ_ONLY);
  await other.getByRole('button', { name: 'Add action', exact: true }).click();
  await other.locator('textarea.card-editor').fill('Now from the second tab');
  await other.locator('textarea.card-editor').press('Enter');
  await expect(page.getByRole('img', { name: /^51 cards/ })).toBeVisible();
});

test('edit here instead: the other tab saves what it has and hands the board over', async ({ page }) => {
  await openApp(page);
  await setTitle(page, 'Handed over');
  const other = await page.context().newPage();
  await openApp(other);
  await expect(other.locator('.watching-bar')).toContainText(READ_ONLY);
  // A change not saved yet when the other tab asks for the board.
  await page.getByRole('button', { name: 'Add action', exact: true }).click();
  await page.locator('textarea.card-editor').fill('Typed just before the hand-over');
  await page.locator('textarea.card-editor').press('Enter');
  await other.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(other.locator('.watching-bar')).toHaveCount(0);
  await expect(other.locator('.notice')).toContainText('This tab edits the board now.');
  await expect(cardWithText(other, 'Typed just before the hand-over')).toBeVisible();
  await expect(page.locator('.watching-bar')).toContainText(READ_ONLY);
  await addCard(other, 'Fact', 'After the hand-over');
  await expect(cardWithText(page, 'After the hand-over')).toBeVisible();
  await other.reload();
  await expect(cardWithText(other, 'Typed just before the hand-over')).toBeVisible();
  await expect(cardWithText(other, 'After the hand-over')).toBeVisible();
});

test('a board deleted in one tab: the other says so, edits nothing hidden in it, and can bring it back', async ({ page }) => {
  await openApp(page);
  await setTitle(page, 'To be deleted');
  await addCard(page, 'Action', 'On the deleted board');
  await expect(page.locator('.save-status')).toHaveText('Saved');
  const other = await page.context().newPage();
  await openApp(other);
  await expect(other.locator('.board-title')).toHaveValue('To be deleted');

  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  const list = page.getByRole('dialog');
  await list.locator('.board-item', { hasText: 'To be deleted' }).getByRole('button', { name: 'Delete To be deleted' }).click();
  await expect(page.locator('.board-title')).not.toHaveValue('To be deleted');

  const banner = other.locator('.storage-banner', { hasText: 'was deleted in another tab' });
  await expect(banner).toContainText('“To be deleted” was deleted in another tab');
  await expect(other.locator('.board-title')).not.toHaveValue('To be deleted');
  await expect(cardWithText(other, 'On the deleted board')).toHaveCount(0);
  // Brought back, it opens with what it held.
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(other.locator('.board-title')).toHaveValue('To be deleted');
  await expect(cardWithText(other, 'On the deleted board')).toBeVisible();
  await expect(other.locator('.watching-bar')).toHaveCount(0);
});

test('in Dutch at 1280×720, the read-only tab says so over the board, the toolbar free', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await openApp(page, 'nl');
  const other = await context.newPage();
  await openApp(other, 'nl');
  const bar = other.locator('.watching-bar');
  await expect(bar).toContainText('Alleen lezen: dit bord wordt in een ander tabblad bewerkt.');
  await expect(bar.getByRole('button', { name: 'Hier bewerken' })).toBeVisible();
  await other.locator('.add-card.kind-fact').click();
  await expect(other.locator('.notice.error')).toContainText('Kies ‘Hier bewerken’');
  // Nothing it covers: the toolbar and the header stay free.
  const barBox = (await bar.boundingBox())!;
  for (const selector of ['.toolbar', '.board-header']) {
    const box = (await other.locator(selector).first().boundingBox())!;
    const overlaps = barBox.x < box.x + box.width && box.x < barBox.x + barBox.width && barBox.y < box.y + box.height && box.y < barBox.y + barBox.height;
    expect(overlaps, selector).toBe(false);
  }
  await other.screenshot({ path: 'e2e/screenshots/room/read-only-tab.png' });
  await context.close();
});
