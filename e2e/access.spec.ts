// Usable by everyone in the room: a whole small workshop with the keyboard
// alone and with fingers alone, axe-core scans of every panel and dialog,
// contrast on every party colour, text size, themes, and a help dialog that
// lists exactly the shortcuts the keys run.
import { test, expect, Page, CDPSession, Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addCard, addParty, ambition, cardWithText, centreOf, chooseParty, contrast, linkWords, openApp, worldPosition, openMenu } from './helpers';

/** Every shortcut the registry holds, as the help dialog must list them. */
const SHORTCUT_KEYS = [
  'Ctrl+Z', 'Ctrl+Shift+Z Ctrl+Y', 'Delete Backspace', 'Enter', 'Escape',
  'ArrowLeft ArrowUp ArrowRight ArrowDown', 'Shift+ArrowLeft Shift+ArrowUp Shift+ArrowRight Shift+ArrowDown',
  'M', 'L', 'K', 'P', 'I', 'W', 'G', 'A', 'F', 'D', 'Shift+F10 ContextMenu', 'O', '?', '+ =', '-', 'Shift+1',
];

/** No serious or critical violation on the page as it is now. */
async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, what).toEqual([]);
}

/** The focused element, described for messages. */
async function focusedCardText(page: Page) {
  return page.evaluate(() => document.activeElement?.closest('.card')?.querySelector('.card-text')?.textContent ?? null);
}

async function typeAndEnter(page: Page, text: string) {
  await expect(page.locator('textarea.card-editor')).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(page.locator('textarea.card-editor')).toHaveCount(0);
}

async function nameParty(page: Page, name: string) {
  const field = page.locator('.party-name-field').last();
  await expect(field).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(name);
}


test('a small workshop with the keyboard alone', async ({ page }) => {
  await openApp(page);
  // The first arrow key brings the focus to the ambition; Enter edits it.
  await page.keyboard.press('ArrowDown');
  await expect(ambition(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await typeAndEnter(page, 'A good school for every child');
  await expect(ambition(page).locator('.card-text')).toHaveText('A good school for every child');
  await expect(ambition(page)).toBeFocused();

  // P adds a party and puts the focus in its name; I adds an interest for it; L links it.
  await page.keyboard.press('p');
  await nameParty(page, 'School board A');
  await page.keyboard.press('i');
  await typeAndEnter(page, 'Keep village schools open');
  const interest = cardWithText(page, 'Keep village schools open');
  await expect(interest).toBeFocused();
  await expect(interest.locator('.party-name')).toHaveText('School board A');
  await page.keyboard.press('l');
  await expect(page.locator('g.link.serves')).toHaveCount(1);

  await page.keyboard.press('p');
  await nameParty(page, 'Municipality');
  await page.keyboard.press('g');
  await typeAndEnter(page, 'Liveable villages');
  await page.keyboard.press('l');
  await expect(page.locator('g.link.serves')).toHaveCount(2);

  // An action, linked, with an owner set in the details panel (D, Tab, Space; Escape back).
  await page.keyboard.press('a');
  await typeAndEnter(page, 'Joint plan for school locations');
  const action = cardWithText(page, 'Joint plan for school locations');
  await page.keyboard.press('l');
  await expect(page.locator('g.link.realises')).toHaveCount(1);
  await page.keyboard.press('d');
  const owner = page.locator('.details-side fieldset', { hasText: 'Owners' }).getByLabel('Municipality');
  for (let i = 0; i < 12 && !(await owner.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(owner).toBeFocused();
  await page.keyboard.press('Space');
  await expect(action.locator('.owners')).toHaveText('Municipality');
  await page.keyboard.press('Escape');
  await expect(action).toBeFocused();

  // A fact, linked to the action through "link from" (K, Shift+Tab to the action, K).
  await page.keyboard.press('f');
  await typeAndEnter(page, 'Pupil forecast per village');
  await page.keyboard.press('k');
  await expect(page.locator('.notice')).toContainText('Linking from');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedCardText(page)).toBe('Joint plan for school locations');
  await page.keyboard.press('k');
  await expect(page.locator('g.link.substantiates')).toHaveCount(1);
  expect(await linkWords(page)).toEqual(['makes concrete', 'serves', 'serves', 'substantiates']);

  // M picks the card up; arrows move it, Shift in larger steps; each press is one undo step.
  const before = await worldPosition(action);
  await page.keyboard.press('m');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.screenshot({ path: 'e2e/screenshots/keyboard-moving.png' });
  await page.keyboard.press('Enter');
  await expect.poll(() => worldPosition(action)).toEqual({ x: before.x + 20, y: before.y + 60 });
  await page.keyboard.press('Control+z');
  await expect.poll(() => worldPosition(action)).toEqual({ x: before.x + 20, y: before.y });

  // Delete, and undo brings the card and its links back.
  await expect(action).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(action).toHaveCount(0);
  await expect(page.locator('g.link')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(action).toBeVisible();
  await expect(page.locator('g.link')).toHaveCount(4);

  // Arrow keys move the focus to a card in their direction.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowUp');
  await expect(ambition(page)).toBeFocused();
  const seen = new Set<string | null>();
  for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowUp');
    await expect(ambition(page)).toBeFocused();
    await page.keyboard.press(key);
    seen.add(await focusedCardText(page));
  }
  seen.delete('A good school for every child');
  expect(seen.size).toBeGreaterThan(0);
  await expect(page.locator('.card.selected')).toHaveCount(1);

  // Panels and dialogs open with a key and close with Escape.
  await page.keyboard.press('o');
  await expect(page.locator('.outline-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.outline-panel')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.details-side')).toHaveCount(0);

  // The remove-party dialog, reached with Tab, takes the focus and leaves with Escape.
  const remove = page.getByRole('button', { name: 'Remove Municipality' });
  for (let i = 0; i < 40 && !(await remove.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.party-row')).toHaveCount(2);
});

/** The touch clock, in seconds: events carry their own time, so that a
 *  finger that rests before lifting is not taken for a fling. */
let clock = 0;

async function touch(cdp: CDPSession, type: string, points: { x: number; y: number }[], after = 0.016) {
  clock = Math.max(clock + after, Date.now() / 1000);
  const touchPoints = points.map((p, i) => ({ x: p.x, y: p.y, id: i + 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type, timestamp: clock, touchPoints });
}

/** One finger from one point to another, in steps. */
async function touchDrag(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }) {
  await touch(cdp, 'touchStart', [from]);
  for (let i = 1; i <= 8; i++) {
    await touch(cdp, 'touchMove', [{ x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 }]);
  }
  // Rest a moment at the end, so the lift is not a fling.
  await touch(cdp, 'touchMove', [to], 0.3);
  await touch(cdp, 'touchEnd', []);
}

/** The world's scale and offset, from the world layer's transform. */
async function camera(page: Page) {
  return page.locator('.world').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    const vp = (el.parentElement as HTMLElement).getBoundingClientRect();
    return { zoom: m.a, x: vp.left + m.e, y: vp.top + m.f };
  });
}

async function tap(page: Page, target: Locator) {
  const c = await centreOf(target);
  await page.touchscreen.tap(c.x, c.y);
}

test('a small workshop with touch alone', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await openApp(page);

  // Parties and cards come from buttons; their text from the on-screen keyboard.
  await tap(page, page.getByRole('button', { name: 'Add party' }));
  await nameParty(page, 'School board A');
  await tap(page, page.getByRole('button', { name: 'Add interest', exact: true }));
  await typeAndEnter(page, 'Keep village schools open');
  await tap(page, page.getByRole('button', { name: 'Add party' }));
  await nameParty(page, 'Municipality');
  await tap(page, page.getByRole('button', { name: 'Add goal', exact: true }));
  await typeAndEnter(page, 'Liveable villages');
  await tap(page, page.getByRole('button', { name: 'Add action', exact: true }));
  await typeAndEnter(page, 'Joint plan');
  const interest = cardWithText(page, 'Keep village schools open');
  const goal = cardWithText(page, 'Liveable villages');
  const action = cardWithText(page, 'Joint plan');

  // A tap on empty space clears the selection; a tap on a card selects it.
  const empty = await page.locator('.viewport').boundingBox();
  if (!empty) throw new Error('no viewport');
  await page.touchscreen.tap(empty.x + 40, empty.y + empty.height - 40);
  await expect(page.locator('.card.selected')).toHaveCount(0);
  await tap(page, interest.locator('.card-text'));
  await expect(interest).toHaveClass(/selected/);

  // Without hover, the chosen card shows its link handle on its right edge,
  // clear of its words; dragging it onto the ambition links.
  await expect(interest.locator('.link-handle')).toHaveCSS('opacity', '1');
  const [handle, card] = await Promise.all([interest.locator('.link-handle').boundingBox(), interest.boundingBox()]);
  expect(Math.abs(handle!.x + handle!.width / 2 - (card!.x + card!.width)), "the handle sits on the edge").toBeLessThan(4);
  await expect(goal.locator('.link-handle')).toBeHidden();
  await touchDrag(cdp, await centreOf(interest.locator('.link-handle')), await centreOf(ambition(page)));
  await expect(page.locator('g.link.serves')).toHaveCount(1);

  // A long press opens the card's menu; it links to the ambition.
  const at = await centreOf(goal.locator('.card-text'));
  await touch(cdp, 'touchStart', [at]);
  await expect(page.getByRole('menu', { name: 'Card menu' })).toBeVisible();
  await touch(cdp, 'touchEnd', []);
  await page.screenshot({ path: 'e2e/screenshots/touch-card-menu.png' });
  await tap(page, page.getByRole('menuitem', { name: 'Link to the ambition' }));
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.locator('g.link.serves')).toHaveCount(2);
  const actionText = await centreOf(action.locator('.card-text'));
  await touch(cdp, 'touchStart', [actionText]);
  await expect(page.getByRole('menu', { name: 'Card menu' })).toBeVisible();
  await touch(cdp, 'touchEnd', []);
  await tap(page, page.getByRole('menuitem', { name: 'Link to the ambition' }));
  await expect(page.locator('g.link.realises')).toHaveCount(1);

  // A double tap edits.
  await page.touchscreen.tap(actionText.x, actionText.y);
  await page.touchscreen.tap(actionText.x, actionText.y);
  await expect(page.locator('textarea.card-editor')).toBeFocused();
  await page.keyboard.press('End');
  await typeAndEnter(page, ' for school locations');
  await expect(action.locator('.card-text')).toHaveText('Joint plan for school locations');

  // The owner, tapped in the details panel.
  await tap(page, action.locator('.card-text'));
  await tap(page, page.locator('.details-side fieldset', { hasText: 'Owners' }).getByLabel('Municipality'));
  await expect(action.locator('.owners')).toHaveText('Municipality');

  // Dragging a card moves it; undo puts it back.
  await page.touchscreen.tap(empty.x + 40, empty.y + empty.height - 40);
  await expect(page.locator('.details-side')).toHaveCount(0);
  const before = await worldPosition(goal);
  const zoom = (await camera(page)).zoom;
  const g = await centreOf(goal.locator('.card-text'));
  await touchDrag(cdp, g, { x: g.x, y: g.y + 100 });
  await expect.poll(async () => (await worldPosition(goal)).y).toBeCloseTo(before.y + 100 / zoom, 0);
  await tap(page, page.getByRole('button', { name: 'Undo', exact: true }));
  await expect.poll(() => worldPosition(goal)).toEqual(before);

  // Dragging empty space pans.
  const c0 = await camera(page);
  await touchDrag(cdp, { x: empty.x + 60, y: empty.y + empty.height - 60 }, { x: empty.x + 160, y: empty.y + empty.height - 110 });
  const c1 = await camera(page);
  expect(c1.x - c0.x).toBeCloseTo(100, 0);
  expect(c1.y - c0.y).toBeCloseTo(-50, 0);

  // Two fingers spreading zoom in about the point between them.
  const mid = { x: empty.x + empty.width / 2, y: empty.y + 120 };
  const worldUnder = (c: { zoom: number; x: number; y: number }) => ({ x: (mid.x - c.x) / c.zoom, y: (mid.y - c.y) / c.zoom });
  const w0 = worldUnder(c1);
  await touch(cdp, 'touchStart', [{ x: mid.x - 40, y: mid.y }, { x: mid.x + 40, y: mid.y }]);
  for (let i = 1; i <= 8; i++) {
    await touch(cdp, 'touchMove', [{ x: mid.x - 40 - i * 5, y: mid.y }, { x: mid.x + 40 + i * 5, y: mid.y }]);
  }
  await touch(cdp, 'touchEnd', []);
  const c2 = await camera(page);
  expect(c2.zoom / c1.zoom).toBeCloseTo(2, 1);
  const w1 = worldUnder(c2);
  expect(Math.abs(w1.x - w0.x)).toBeLessThan(2);
  expect(Math.abs(w1.y - w0.y)).toBeLessThan(2);

  await expect(page.locator('g.link')).toHaveCount(3);
  await context.close();
});

/** A board with two parties, a card of every kind and links. */
async function fillBoard(page: Page) {
  await addParty(page, 'School board A');
  await addParty(page, 'Municipality');
  await chooseParty(page, 'School board A');
  await addCard(page, 'Interest', 'Keep village schools open');
  await chooseParty(page, 'Municipality');
  await addCard(page, 'Goal', 'Liveable villages');
  const action = await addCard(page, 'Action', 'Joint plan for school locations');
  await addCard(page, 'Fact', 'Pupil forecast per village');
  await page.keyboard.press('l');
  await action.focus();
  await page.keyboard.press('l');
  await page.keyboard.press('Escape');
}

test('axe finds no serious or critical problem on the board, its panels and dialogs', async ({ page }) => {
  // Eight full axe runs: on a busy two-core machine they take longer than the default minute.
  test.setTimeout(180_000);
  await openApp(page);
  await expectAccessible(page, 'empty board');
  await fillBoard(page);
  await expectAccessible(page, 'filled board');

  await cardWithText(page, 'Joint plan for school locations').click();
  await expect(page.locator('.details-side')).toBeVisible();
  await expectAccessible(page, 'details panel');

  await cardWithText(page, 'Liveable villages').click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Card menu' })).toBeVisible();
  await expectAccessible(page, 'card menu');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Remove School board A' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'remove-party dialog');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await (await openMenu(page)).getByRole('button', { name: 'Outline' }).click();
  await expect(page.locator('.outline-panel')).toBeVisible();
  await expectAccessible(page, 'outline');
  await (await openMenu(page)).getByRole('button', { name: 'Outline' }).click();

  await (await openMenu(page)).getByRole('button', { name: /Help/ }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(page, 'help dialog');
  await page.keyboard.press('Escape');

  await (await openMenu(page)).getByRole('button', { name: 'High contrast' }).click();
  await expectAccessible(page, 'high contrast');
});

test('the empty board says how to start and opens the example board', async ({ page }) => {
  await openApp(page);
  const hint = page.locator('.empty-hint');
  await expect(hint).toContainText('Start by adding the parties');
  await hint.getByRole('button', { name: 'Open the example board' }).click();
  await expect(hint).toHaveCount(0);
  await expect(page.locator('.party-row')).toHaveCount(4);
  await expect(page.locator('.card.action')).toHaveCount(3);
  await expectAccessible(page, 'example board');
});

test('every party colour carries text of at least 4.5:1, and card text is at least 16 px', async ({ page }) => {
  await openApp(page);
  await addParty(page, 'School board A');
  const card = await addCard(page, 'Interest', 'Keep village schools open');
  await addCard(page, 'Action', 'Joint plan');
  await addCard(page, 'Fact', 'Pupil forecast');
  await page.keyboard.press('Escape');
  const swatches = page.locator('.palette .swatch-button');
  await page.locator('.party-row .swatch-button').first().click();
  const presets = await swatches.count();
  expect(presets).toBe(8);
  for (let i = 0; i < presets; i++) {
    if (i > 0) await page.locator('.party-row .swatch-button').first().click();
    await swatches.nth(i).click();
    const [bg, fg] = await card.locator('.card-head').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.querySelector('.kind-label') as Element).color]);
    const swatch = await page.locator('.party-row .swatch-button').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe(swatch);
    expect(contrast(bg, fg), `${bg} with ${fg}`).toBeGreaterThanOrEqual(4.5);
  }
  // Every text on every card, at 100 % zoom.
  const sizes = await page.locator('.card').evaluateAll((cards) =>
    cards.flatMap((c) => [c, ...Array.from(c.querySelectorAll('*'))])
      .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim()))
      .map((el) => ({ text: el.textContent?.trim(), size: parseFloat(getComputedStyle(el).fontSize) })));
  expect(sizes.length).toBeGreaterThan(8);
  for (const s of sizes) expect(s.size, s.text).toBeGreaterThanOrEqual(16);
});

test('the help dialog lists exactly the registered shortcuts, and they do what it says', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const listed = await dialog.locator('tr[data-keys]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-keys')));
  expect(listed).toEqual(SHORTCUT_KEYS);
  // Each row says what its keys do.
  for (const row of await dialog.locator('tbody tr').all()) await expect(row.locator('td')).not.toBeEmpty();
  await dialog.screenshot({ path: 'e2e/screenshots/help.png' });
  await page.screenshot({ path: 'e2e/screenshots/help-page.png' });
  await page.keyboard.press('Escape');

  // A few, pressed: P adds a party, O shows the outline, + zooms in, Shift+1 fits.
  await page.keyboard.press('p');
  await expect(page.locator('.party-row')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await page.keyboard.press('o');
  await expect(page.locator('.outline-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.outline-panel')).toHaveCount(0);
  const zoom = page.locator('.zoom-level');
  const start = await zoom.textContent();
  await page.keyboard.press('+');
  await expect(zoom).not.toHaveText(start ?? '');
  await page.keyboard.press('-');
  await expect(zoom).toHaveText(start ?? '');
});

test('themes: high contrast is remembered, dark mode follows the system; the outline reads the board', async ({ page }) => {
  await openApp(page);
  await fillBoard(page);
  await (await openMenu(page)).getByRole('button', { name: 'High contrast' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect((await openMenu(page)).getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+1');
  await page.screenshot({ path: 'e2e/screenshots/high-contrast.png' });
  await (await openMenu(page)).getByRole('button', { name: 'High contrast' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'contrast');

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  // The page restyles for the new colour scheme on its next style pass: wait for it.
  const canvasBackground = () => page.locator('.viewport').evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect.poll(async () => contrast(await canvasBackground(), 'rgb(0, 0, 0)')).toBeLessThan(2);
  const canvas = await canvasBackground();
  await page.screenshot({ path: 'e2e/screenshots/dark.png' });
  await expectAccessible(page, 'dark mode');
  await page.emulateMedia({ colorScheme: 'light' });

  // The outline: the ambition, per party its cards, actions and facts, links in words.
  await page.keyboard.press('o');
  const outline = page.locator('.outline-panel');
  await expect(outline.getByRole('heading', { name: 'School board A' })).toBeVisible();
  const interest = outline.locator('li.outline-card', { has: page.getByLabel('Interest of School board A') });
  await expect(interest.locator('textarea')).toHaveValue('Keep village schools open');
  await expect(outline.locator('li.outline-card.kind-action')).toContainText('makes the ambition concrete');
  await expect(outline.locator('li.outline-card.kind-action')).toContainText('no owner');
  await expect(outline.locator('li.outline-card.kind-fact')).toContainText('substantiates “');
  await outline.getByLabel('Interest of School board A').fill('Keep small village schools open');
  await outline.getByLabel('Interest of School board A').press('Tab');
  await expect(cardWithText(page, 'Keep small village schools open')).toHaveCount(1);
  await page.screenshot({ path: 'e2e/screenshots/outline.png' });
});
