// A board's history: snapshots kept before a big step and when the page is
// hidden, listed newest first in the timeline, previewed as a picture and
// put back — on the board (one undo step takes it back) or as a new board —
// and still there after a reload. The Dutch timeline at the projector's
// 1280 × 720 goes to e2e/screenshots/room/timeline.png to be looked at.
import { test, expect, Page } from '@playwright/test';
import { addCard, addParty, cardWithText, moreTool, openApp, storedTexts, undo } from './helpers';

/** Whether the boards as IndexedDB holds them name `text`. */
async function saved(page: Page, text: string) {
  await expect.poll(async () => JSON.stringify(await storedTexts(page))).toContain(text);
}

/** A board's snapshots as the app's snapshot database lists them, oldest first. */
async function shelf(page: Page): Promise<{ moment: string; cards: number }[]> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('ambition-map.snapshots');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    if (!db.objectStoreNames.contains('texts')) return (db.close(), []);
    const all: { key: string; text: string }[] = await new Promise((resolve, reject) => {
      const t = db.transaction('texts', 'readonly');
      const store = t.objectStore('texts');
      const keys = store.getAllKeys();
      const values = store.getAll();
      t.oncomplete = () => resolve((keys.result as string[]).map((key, i) => ({ key, text: values.result[i] as string })));
      t.onerror = () => reject(t.error);
    });
    db.close();
    return all.filter((e) => e.key.startsWith('shelf:')).flatMap((e) => JSON.parse(e.text).snapshots);
  });
}

/** Hides the page as switching to another tab does, and shows it again. */
async function hideAndShow(page: Page) {
  await page.evaluate(() => {
    const set = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
      Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    set(true);
    set(false);
  });
}

async function openTimeline(page: Page, name: string | RegExp = 'History') {
  await moreTool(page, name);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('h2')).toHaveText(/History of this board|Geschiedenis van dit bord/);
  return dialog;
}

test('a snapshot before arranging comes back on the board, undo returns, as a new board too, and after a reload', async ({ page }) => {
  await openApp(page);
  await addParty(page, 'School board');
  await addCard(page, 'Wish', 'Smaller classes');
  await saved(page, 'Smaller classes');
  // The first save of a board keeps a snapshot; the next ones wait five minutes.
  await expect.poll(async () => (await shelf(page)).map((s) => s.moment)).toEqual(['editing']);
  await addCard(page, 'Goal', 'More teachers');
  await saved(page, 'More teachers');
  await moreTool(page, 'Arrange');
  await expect.poll(() => shelf(page)).toEqual([
    // Kept at the first save: after the party or after the wish, as the saves fell.
    expect.objectContaining({ moment: 'editing' }),
    expect.objectContaining({ moment: 'before-arrange', cards: 3 }),
  ]);
  await addCard(page, 'Fact', 'Budget is fixed');
  await saved(page, 'Budget is fixed');

  let dialog = await openTimeline(page);
  // The dialog has the keyboard; the list reads newest first.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  const entries = dialog.locator('.timeline-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1)).toContainText('While editing');
  await expect(entries.first()).toContainText(/today \d+:\d\d/);
  await expect(entries.first()).toContainText('Before arranging');
  await expect(entries.first()).toContainText('3 cards');
  await expect(dialog.getByRole('button', { name: 'Restore to this board' })).toBeDisabled();
  await entries.first().click();
  await expect(dialog.locator('.timeline-preview img')).toHaveAttribute('alt', /The board as it was today/);
  // The picture is the board as it was: its cards, not the fact added since.
  const picture = decodeURIComponent((await dialog.locator('.timeline-preview img').getAttribute('src')) ?? '');
  expect(picture).toContain('Smaller classes');
  expect(picture).not.toContain('Budget is fixed');
  await dialog.getByRole('button', { name: 'Restore to this board' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.notice')).toContainText('The board is back as it was today');
  await expect(cardWithText(page, 'Budget is fixed')).toHaveCount(0);
  await expect(cardWithText(page, 'Smaller classes')).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(3);

  // One undo takes the restore back.
  await undo(page);
  await expect(cardWithText(page, 'Budget is fixed')).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(4);

  // Restoring kept the board before it first.
  await expect.poll(async () => (await shelf(page)).map((s) => s.moment)).toEqual(['editing', 'before-arrange', 'before-restore']);
  dialog = await openTimeline(page);
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('Before restore');
  await expect(entries.nth(0)).toContainText('4 cards');
  await entries.nth(1).click();
  await expect(dialog.locator('.timeline-preview img')).toBeVisible();
  await dialog.getByRole('button', { name: 'Open as a new board' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.board-title')).toHaveValue(/\(today \d+:\d\d\)$/);
  await expect(page.locator('.card')).toHaveCount(3);
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  await expect(page.getByRole('dialog').locator('.board-item')).toHaveCount(2);
  await page.keyboard.press('Escape');

  // Back on the first board after a reload, its history is still there.
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  await page.getByRole('dialog').locator('.board-item:not(.open) .board-name').first().click();
  await expect(cardWithText(page, 'Budget is fixed')).toBeVisible();
  await page.reload();
  await expect(cardWithText(page, 'Budget is fixed')).toBeVisible();
  dialog = await openTimeline(page);
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(1)).toContainText('Before arranging');
});

test('hiding the page keeps a snapshot when the board changed; the Dutch timeline at 1280 × 720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, 'nl');
  await moreTool(page, 'Voorbeeldbord');
  await expect.poll(() => page.locator('.card').count()).toBeGreaterThan(5);
  await page.locator('.board-title').fill('Werkplaats Noord');
  await page.locator('.board-title').press('Enter');
  await saved(page, 'Werkplaats Noord');
  await expect.poll(async () => (await shelf(page)).map((s) => s.moment)).toEqual(['editing']);
  // Changed within five minutes of that: kept when the page is hidden.
  await page.locator('.board-title').fill('Werkplaats Zuid');
  await page.locator('.board-title').press('Enter');
  await saved(page, 'Werkplaats Zuid');
  expect((await shelf(page)).length).toBe(1);
  await hideAndShow(page);
  await expect.poll(async () => (await shelf(page)).map((s) => s.moment)).toContain('page-hidden');
  const count = (await shelf(page)).length;
  // Unchanged since: hiding again keeps nothing new.
  await hideAndShow(page);
  await page.waitForTimeout(300);
  expect((await shelf(page)).length).toBe(count);

  const dialog = await openTimeline(page, 'Geschiedenis');
  await expect(dialog.locator('.timeline-entry').first()).toContainText('Pagina verborgen');
  await expect(dialog.locator('.timeline-entry').first()).toContainText(/vandaag \d+:\d\d/);
  await dialog.locator('.timeline-entry').first().click();
  await expect(dialog.locator('.timeline-preview img')).toBeVisible();
  // Nothing cut off: the dialog fits the window, its buttons are in view.
  const box = await dialog.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 720).toBeTruthy();
  await expect(dialog.getByRole('button', { name: 'Terugzetten op dit bord' })).toBeInViewport();
  await page.screenshot({ path: 'e2e/screenshots/room/timeline.png' });
});
