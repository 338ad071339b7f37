// Nothing lost: several boards in the browser, saving that survives a full or
// damaged storage, bad files, and merging a file. (Two tabs: tabs.spec.ts.)
import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'fs';
import { join } from 'path';
import { addCard, cardWithText, openApp, savedBoard, storedTexts, undo, moreTool } from './helpers';

const FIXTURES = join(__dirname, '..', 'tests', 'fixtures');
const BAD = join(FIXTURES, 'bad');
const EXAMPLE = readFileSync(join(FIXTURES, 'board-v2.json'), 'utf8');

async function setTitle(page: Page, title: string) {
  await page.locator('.board-title').fill(title);
  await page.locator('.board-title').press('Enter');
  await expect(page.locator('.board-title')).toHaveValue(title);
}

async function openList(page: Page) {
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  const list = page.getByRole('dialog');
  await expect(list).toContainText('Boards in this browser');
  return list;
}

/** Every key the app keeps its boards under, with its text. */
async function storageSnapshot(page: Page) {
  return storedTexts(page);
}

/** The board opened last, as the stored index says. */
async function lastOpened(page: Page) {
  return JSON.parse((await storedTexts(page))['ambition-map.library'] || '{}').last_opened;
}

/**
 * Lets the test say when the storage is full: every write to IndexedDB is
 * then refused with the browser's QuotaExceededError.
 */
async function allowFullStorage(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

async function openFile(page: Page, button: 'Open file' | 'Merge a file' | 'Bestand openen', file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await moreTool(page, new RegExp(`^${button}$`));
  await (await chooser).setFiles(file);
}

/** The storage is full from here on (see `allowFullStorage`). */
async function fillStorage(page: Page) {
  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
}

/** There is room again. */
async function emptyStorage(page: Page) {
  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
}

async function savedText(page: Page) {
  return JSON.stringify(await savedBoard(page));
}

test('several boards: create, switch, rename, duplicate, delete and undelete; the last one opened reopens', async ({ page }) => {
  await openApp(page);
  await setTitle(page, 'Board one');
  await addCard(page, 'Action', 'Only on board one');
  await expect.poll(() => savedText(page)).toContain('Only on board one');

  let list = await openList(page);
  // The dialog has the keyboard: Tab goes round inside it, Escape closes it.
  await expect(list.locator(':focus')).toHaveCount(1);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i % 3 ? 'Tab' : 'Shift+Tab');
    await expect(list.locator(':focus')).toHaveCount(1);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  list = await openList(page);
  await list.getByRole('button', { name: '+ New board' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.card')).toHaveCount(1);
  // A new board's title has the focus, ready to be typed over.
  await expect(page.locator('.board-title')).toBeFocused();
  await page.keyboard.type('Board two');
  await page.keyboard.press('Enter');
  await expect(page.locator('.board-title')).toHaveValue('Board two');
  await addCard(page, 'Fact', 'Only on board two');
  await expect(page.locator('.save-status')).toHaveText('Saved');

  list = await openList(page);
  await expect(list.locator('.board-item')).toHaveCount(2);
  await expect(list.locator('.board-item.open .board-name')).toHaveText('Board two');
  await list.getByRole('button', { name: 'Open Board one' }).click();
  await expect(page.locator('.board-title')).toHaveValue('Board one');
  await expect(cardWithText(page, 'Only on board one')).toBeVisible();
  await expect(cardWithText(page, 'Only on board two')).toHaveCount(0);

  list = await openList(page);
  await list.getByRole('button', { name: 'Rename Board two' }).click();
  const field = list.getByLabel('New name for “Board two”');
  await field.fill('Region South');
  await field.press('Enter');
  await expect(list.locator('.board-name')).toHaveText(['Region South', 'Board one']);
  await list.getByRole('button', { name: 'Duplicate Board one' }).click();
  await expect(list.locator('.board-item')).toHaveCount(3);
  await expect(list.getByRole('button', { name: 'Open Copy of Board one' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/board-list.png' });

  await list.getByRole('button', { name: 'Delete Region South' }).click();
  await expect(list.getByRole('button', { name: 'Open Region South' })).toHaveCount(0);
  await expect(list.locator('.board-items.deleted')).toContainText('Region South');
  await list.getByRole('button', { name: 'Close' }).click();
  const banner = page.locator('.storage-banner', { hasText: '“Region South” was deleted.' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Undo' }).click();
  await expect(banner).toHaveCount(0);

  list = await openList(page);
  await list.getByRole('button', { name: 'Open Region South' }).click();
  await expect(cardWithText(page, 'Only on board two')).toBeVisible();
  await expect(page.locator('.board-title')).toHaveValue('Region South');

  // A copy is a board of its own.
  list = await openList(page);
  await list.getByRole('button', { name: 'Open Copy of Board one' }).click();
  await expect(cardWithText(page, 'Only on board one')).toBeVisible();
  await addCard(page, 'Fact', 'Only on the copy');
  await expect(page.locator('.save-status')).toHaveText('Saved');

  await page.reload();
  await expect(page.locator('.board-title')).toHaveValue('Copy of Board one');
  await expect(cardWithText(page, 'Only on the copy')).toBeVisible();
  list = await openList(page);
  await list.getByRole('button', { name: 'Open Board one' }).click();
  await expect(cardWithText(page, 'Only on board one')).toBeVisible();
  await expect(cardWithText(page, 'Only on the copy')).toHaveCount(0);
});

test('the board of the single-board version moves to a key of its own', async ({ page }) => {
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('ambition-map.board', text);
  }, EXAMPLE);
  await openApp(page);
  await expect(page.locator('.board-title')).toHaveValue('Pupil numbers in the region');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).not.toContain('ambition-map.board');
  expect((await savedBoard(page)).board.title).toBe('Pupil numbers in the region');
});

test('boards kept in localStorage by an earlier version move to IndexedDB, the same boards', async ({ page }) => {
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('ambition-map.board.b-region', text);
    localStorage.setItem('ambition-map.library', JSON.stringify({
      version: 1, boards: [{ id: 'b-region', title: 'Pupil numbers in the region', updated: 5 }], last_opened: 'b-region',
    }));
  }, EXAMPLE);
  await openApp(page);
  await expect(page.locator('.board-title')).toHaveValue('Pupil numbers in the region');
  await expect(page.locator('.card')).toHaveCount(9);
  const texts = await storedTexts(page);
  expect(texts['ambition-map.board.b-region'], 'the text moved as it was').toBe(EXAMPLE);
  expect(JSON.parse(texts['ambition-map.library']).last_opened).toBe('b-region');
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ambition-map.board') || k.startsWith('ambition-map.library')));
  expect(left, 'nothing of the boards is left behind in localStorage').toEqual([]);

  // Edited and reloaded: the edit is kept in IndexedDB, and the board is the same one.
  await addCard(page, 'Action', 'Added after the move');
  await page.reload();
  await expect(cardWithText(page, 'Added after the move')).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(10);
  const after = await storedTexts(page);
  expect(Object.keys(after).filter((k) => k.startsWith('ambition-map.board.')), 'one board, no copy').toEqual(['ambition-map.board.b-region']);
  expect(after['ambition-map.board.b-region']).toContain('Added after the move');
});

test('storage full: a warning, the last save intact, an export that works, and saving resumes', async ({ page }) => {
  await allowFullStorage(page);
  await openApp(page);
  await addCard(page, 'Action', 'Saved before');
  await expect.poll(() => savedText(page)).toContain('Saved before');
  await expect(page.locator('.save-status')).toHaveText('Saved');

  // Fill the storage to the last byte.
  await fillStorage(page);
  await addCard(page, 'Fact', 'Made while full');
  const warning = page.locator('.storage-banner.warning');
  await expect(warning).toContainText('storage is full: changes are not being saved');
  await expect(page.locator('.save-status')).toHaveText('Not saved');
  // The last good save is as it was.
  const saved = await savedText(page);
  expect(saved).toContain('Saved before');
  expect(saved).not.toContain('Made while full');
  // One click exports the board as it is now.
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Export the board' }).click();
  const file = await download;
  expect(readFileSync((await file.path())!, 'utf8')).toContain('Made while full');

  // Room again: saving resumes and the warning goes.
  await emptyStorage(page);
  await expect(warning).toHaveCount(0);
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await expect.poll(() => savedText(page)).toContain('Made while full');

  // A board file opened while the storage is full opens, and says it is not saved yet.
  await fillStorage(page);
  await page.locator('.storage-banner', { hasText: 'There is room again' }).getByRole('button', { name: 'Dismiss' }).click();
  await openFile(page, 'Open file', { name: 'region.json', mimeType: 'application/json', buffer: Buffer.from(EXAMPLE) });
  await expect(page.locator('.board-title')).toHaveValue('Pupil numbers in the region');
  await expect(warning).toContainText('storage is full: changes are not being saved');
  await expect(page.locator('.save-status')).toHaveText('Not saved');
  await emptyStorage(page);
  await expect(warning).toHaveCount(0);
  await expect(page.locator('.save-status')).toHaveText('Saved');
  const texts = await storedTexts(page);
  const stored = Object.keys(texts).filter((k) => k.startsWith('ambition-map.board.')).map((k) => texts[k]);
  expect(stored.some((text) => text.includes('Pupil numbers in the region'))).toBe(true);
});

/** Whether a click at the centre of `target` reaches it (nothing lies over it). */
async function reachable(target: import('@playwright/test').Locator) {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && el.contains(hit);
  });
}

test('storage full at 1280×720 in Dutch: the warning covers none of the ways out, can be dismissed, and closing asks first', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await allowFullStorage(page);
  await openApp(page, 'nl');
  await page.locator('.add-card.kind-action').click();
  await page.locator('textarea.card-editor').fill('Opgeslagen');
  await page.locator('textarea.card-editor').press('Enter');
  await expect(page.locator('.save-status')).toHaveText('Opgeslagen');
  await fillStorage(page);
  await page.locator('.add-card.kind-fact').click();
  await page.locator('textarea.card-editor').fill('Gemaakt terwijl de opslag vol is');
  await page.locator('textarea.card-editor').press('Enter');
  const warning = page.locator('.storage-banner.warning');
  await expect(warning).toContainText('De opslag van de browser is vol');
  // Export, and in the menu Open file, Merge and Example board: all within reach.
  expect(await reachable(page.getByRole('button', { name: 'Exporteren', exact: true }))).toBe(true);
  await page.locator('.more-menu > .tool').click();
  for (const name of ['Bestand openen', 'Bestand samenvoegen', 'Voorbeeldbord']) {
    expect(await reachable(page.getByRole('button', { name, exact: true })), name).toBe(true);
  }
  await page.screenshot({ path: 'e2e/screenshots/room/storage-full-menu.png' });
  await page.keyboard.press('Escape');
  // Dismissed, it stays away while saving keeps failing; the status still says so.
  await warning.getByRole('button', { name: 'Sluiten' }).click();
  await expect(warning).toHaveCount(0);
  await page.locator('.add-card.kind-fact').click();
  await page.locator('textarea.card-editor').fill('Nog een');
  await page.locator('textarea.card-editor').press('Enter');
  await expect(page.locator('.save-status')).toHaveText('Niet opgeslagen');
  await expect(warning).toHaveCount(0);
  // Closing the tab with changes not kept asks first.
  const asked = page.waitForEvent('dialog', { timeout: 10_000 });
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.locator('.save-status')).toHaveText('Niet opgeslagen');
  await context.close();
});

test('storage that cannot be used: the app works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = fail;
    Storage.prototype.getItem = fail;
    IDBFactory.prototype.open = fail;
  });
  await page.goto('/');
  await expect(page.locator('.card.ambition')).toBeVisible();
  await expect(page.locator('.storage-banner.warning')).toContainText('works in memory only');
  await expect(page.locator('.save-status')).toHaveText(/In memory only|Alleen in het geheugen/);
});

test('a board saved in storage that cannot be read: the others open, its text is kept and downloadable', async ({ page }) => {
  const raw = '{"format": "ambition-map", "version": 2, "board": {"title": "Half a bo';
  // Left in localStorage by an earlier version: moved to IndexedDB at the first start.
  await page.addInitScript(([good, raw]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('ambition-map.lang', 'en');
    localStorage.setItem('ambition-map.board.b-good', good);
    localStorage.setItem('ambition-map.board.b-broken', raw);
    // Not the board that opens: read after start-up, and named all the same.
    localStorage.setItem('ambition-map.board.b-old', '{"format": "ambition-map", "version": 2, "board": 7}');
    localStorage.setItem('ambition-map.library', JSON.stringify({
      version: 1,
      boards: [
        { id: 'b-good', title: 'Pupil numbers in the region', updated: 1 },
        { id: 'b-broken', title: 'Broken board', updated: 2 },
        { id: 'b-old', title: 'Old board', updated: 0 },
      ],
      last_opened: 'b-broken',
    }));
  }, [EXAMPLE, raw]);
  await page.goto('/');

  await expect(page.locator('.storage-banner.warning')).toHaveCount(2);
  await expect(page.locator('.storage-banner.warning').nth(1)).toContainText('The board “Old board” saved in this browser could not be read');
  const warning = page.locator('.storage-banner.warning').first();
  await expect(warning).toContainText('The board “Broken board” saved in this browser could not be read');
  await expect(warning).toContainText('not valid JSON');
  await expect(page.locator('.board-title')).toHaveValue('Pupil numbers in the region');
  await expect(page.locator('.card')).toHaveCount(9);

  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Download the unreadable text' }).click();
  expect(readFileSync((await (await download).path())!, 'utf8')).toBe(raw);

  // Never overwritten, and kept aside too.
  await addCard(page, 'Action', 'An edit on the good board');
  await expect(page.locator('.save-status')).toHaveText('Saved');
  const texts = await storedTexts(page);
  expect([texts['ambition-map.board.b-broken'], texts['ambition-map.unreadable.b-broken']]).toEqual([raw, raw]);

  const list = await openList(page);
  await expect(list.locator('.board-item.unreadable')).toHaveCount(2);
  const broken = list.locator('.board-item.unreadable', { hasText: 'Broken board' });
  await expect(broken).toContainText('Cannot be read');
  const again = page.waitForEvent('download');
  await broken.getByRole('button', { name: 'Download its text' }).click();
  expect(readFileSync((await (await again).path())!, 'utf8')).toBe(raw);
});

/** The words each refusal gives, and for invalid files the field they name. */
const REFUSAL: Record<string, string> = {
  Empty: 'the file is empty',
  NotJson: 'not valid JSON (line',
  NotUtf8: 'not text (it is not UTF-8)',
  NotABoard: 'not an Ambition Map board file',
  NewerVersion: 'made with a newer version of Ambition Map (file version 4)',
};
const INVALID_FIELD: Record<string, string> = {
  'missing-version.json': 'version: missing',
  'missing-board.json': 'board: missing',
  'board-not-an-object.json': 'board: expected an object',
  'missing-field.json': 'board.cards[2].text: missing',
  'wrong-type.json': 'board.cards[1].x: expected a number',
  'edited-not-a-number.json': 'board.links[0].edited: expected a whole number of milliseconds',
};

test('every bad file through the file picker: a specific message, and the boards stay as they were', async ({ page }) => {
  test.setTimeout(120_000);
  const expected: Record<string, string> = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8'));
  await openApp(page);
  await setTitle(page, 'Our board');
  await addCard(page, 'Action', 'Keep me');
  await expect(page.locator('.save-status')).toHaveText('Saved');
  const ours = await lastOpened(page);

  for (const [name, outcome] of Object.entries(expected)) {
    const before = await storageSnapshot(page);
    await openFile(page, 'Open file', join(BAD, name));
    if (outcome.startsWith('error:')) {
      const variant = outcome.slice('error:'.length);
      const notice = page.locator('.notice.error');
      await expect(notice, name).toContainText(`“${name}” could not be opened, and nothing was changed`);
      await expect(notice, name).toContainText(variant === 'Invalid' ? INVALID_FIELD[name] : REFUSAL[variant]);
      expect(await storageSnapshot(page), name).toEqual(before);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
    } else {
      await expect(page.locator('.notice'), name).toContainText('as a new board. The other boards are unchanged.');
      const report = page.getByRole('region', { name: 'Report' });
      if (outcome === 'repaired') {
        await expect(report, name).toContainText(`To open “${name}”, some items were repaired`);
        await expect(report.locator('li').first(), name).toContainText('board.');
        await report.getByRole('button', { name: 'Close' }).click();
      } else {
        await expect(report, name).toHaveCount(0);
      }
      // Every board there was is exactly as it was.
      const after = await storageSnapshot(page);
      for (const [key, text] of Object.entries(before)) {
        if (key.startsWith('ambition-map.board.')) expect(after[key], `${name}: ${key}`).toBe(text);
      }
      const list = await openList(page);
      await list.getByRole('button', { name: 'Open Our board' }).click();
      await expect(cardWithText(page, 'Keep me')).toBeVisible();
    }
  }
  await expect(page.locator('.board-title')).toHaveValue('Our board');
  expect(await lastOpened(page)).toBe(ours);
});

/** The same in Dutch: nothing in a refusal is left in English. */
const WEIGERING: Record<string, string> = {
  Empty: 'het bestand is leeg.',
  NotJson: 'het bestand is geen geldige JSON (regel',
  NotUtf8: 'het bestand is geen tekst (geen UTF-8).',
  NotABoard: 'dit is geen bordbestand van Ambitiekaart.',
  NewerVersion: 'gemaakt met een nieuwere versie van Ambitiekaart (bestandsversie 4).',
};
const ONGELDIG_VELD: Record<string, string> = {
  'missing-version.json': 'version: ontbreekt.',
  'missing-board.json': 'board: ontbreekt.',
  'board-not-an-object.json': 'board: hier hoort een object, maar er staat een lijst.',
  'missing-field.json': 'board.cards[2].text: ontbreekt.',
  'wrong-type.json': 'board.cards[1].x: hier hoort een getal, maar er staat de tekst "-700".',
  'edited-not-a-number.json':
    'board.links[0].edited: hier hoort een heel aantal milliseconden, maar er staat de tekst "2026-01-01T09:30:00Z".',
};

test.describe('in a Dutch browser', () => {
  test.use({ locale: 'nl-NL' });

  test('every bad file through the file picker: a specific message in Dutch, and the boards stay as they were', async ({ page }) => {
    test.setTimeout(120_000);
    const expected: Record<string, string> = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8'));
    await page.goto('/');
    await expect(page.locator('.card.ambition')).toBeVisible();
    await expect(page.locator('.more-menu')).toBeVisible();
    await setTitle(page, 'Ons bord');
    await expect(page.locator('.save-status')).toHaveText('Opgeslagen');

    for (const [name, outcome] of Object.entries(expected)) {
      const before = await storageSnapshot(page);
      await openFile(page, 'Bestand openen', join(BAD, name));
      if (outcome.startsWith('error:')) {
        const variant = outcome.slice('error:'.length);
        const notice = page.locator('.notice.error');
        await expect(notice, name).toContainText(`“${name}” kon niet geopend worden; er is niets veranderd: `);
        await expect(notice, name).toContainText(variant === 'Invalid' ? ONGELDIG_VELD[name] : WEIGERING[variant]);
        // The reason (after the file's own name) has no English in it.
        const reason = (await notice.textContent())!.split('er is niets veranderd: ')[1];
        for (const english of ['expected', 'found', 'missing', 'must', 'string', 'the file']) {
          expect(reason, `${name}: ${english}`).not.toContain(english);
        }
        expect(await storageSnapshot(page), name).toEqual(before);
        if (name === 'wrong-type.json') await page.screenshot({ path: 'e2e/screenshots/refusal-nl.png' });
        await notice.getByRole('button', { name: 'Sluiten' }).click();
      } else {
        await expect(page.locator('.notice'), name).toContainText('geopend als nieuw bord. De andere borden zijn niet veranderd.');
        const report = page.getByRole('region', { name: 'Verslag' });
        if (outcome === 'repaired') {
          await expect(report, name).toContainText(`Om “${name}” te openen is een en ander hersteld`);
          await expect(report.locator('li').first(), name).toContainText('board.');
          await report.getByRole('button', { name: 'Sluiten' }).click();
        } else {
          await expect(report, name).toHaveCount(0);
        }
        const after = await storageSnapshot(page);
        for (const [key, text] of Object.entries(before)) {
          if (key.startsWith('ambition-map.board.')) expect(after[key], `${name}: ${key}`).toBe(text);
        }
      }
    }
  });
});

test('merge a file with a conflicting card: what changes first, both versions in the report, one undo step', async ({ page }) => {
  await openApp(page);
  const base = JSON.parse(EXAMPLE);
  await openFile(page, 'Open file', { name: 'region.json', mimeType: 'application/json', buffer: Buffer.from(EXAMPLE) });
  await expect(page.locator('.board-title')).toHaveValue('Pupil numbers in the region');
  await expect(page.locator('.card')).toHaveCount(9);

  // A team's copy: one card edited later there, one edited earlier, one new card.
  const theirs = JSON.parse(EXAMPLE);
  const cards = theirs.board.cards;
  const newer = cards.find((c: any) => c.id === 'c-budget');
  newer.text = 'A sound budget for ten years';
  newer.edited = 1_900_000_000_000;
  const older = cards.find((c: any) => c.id === 'c-liveable-villages');
  older.text = 'Villages people want to live in';
  older.edited = 1_000_000_000_000;
  cards.push({ ...base.board.cards[5], id: 'c-new-from-team', text: 'One enrolment calendar', x: 600, y: 400, edited: 1_900_000_000_000 });
  await openFile(page, 'Merge a file', { name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Merge “team.json” into “Pupil numbers in the region”?');
  await expect(dialog).toContainText('Added: parties 0, cards 1, links 0.');
  await expect(dialog).toContainText('Changed to the file\'s version, edited more recently there: 1.');
  await expect(dialog).toContainText('Kept as on this board, edited more recently here: 1.');
  const budget = dialog.locator('.conflict', { hasText: 'A sound budget for ten years' });
  await expect(budget.locator('.version').first()).toContainText('“A sound budget”');
  await expect(budget.locator('.version.winner')).toContainText('In the file');
  const villages = dialog.locator('.conflict', { hasText: 'Villages people want to live in' });
  await expect(villages.locator('.version.winner')).toContainText('“Liveable villages”');
  // Nothing changes before the person says yes.
  await expect(cardWithText(page, 'One enrolment calendar')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/merge-dialog.png' });

  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(cardWithText(page, 'One enrolment calendar')).toBeVisible();
  await expect(cardWithText(page, 'A sound budget for ten years')).toBeVisible();
  await expect(cardWithText(page, 'Liveable villages')).toBeVisible();
  const report = page.getByRole('region', { name: 'Report' });
  await expect(report).toContainText('Merge report: “team.json”');
  await expect(report).toContainText('On this board: Goal: “Liveable villages” (used); In the file: Goal: “Villages people want to live in”');
  await expect(report).toContainText('On this board: Interest: “A sound budget”; In the file: Interest: “A sound budget for ten years” (used)');
  await page.screenshot({ path: 'e2e/screenshots/merge-report.png' });

  await undo(page);
  await expect(cardWithText(page, 'One enrolment calendar')).toHaveCount(0);
  await expect(cardWithText(page, 'A sound budget')).toHaveCount(1);
  await expect(cardWithText(page, 'A sound budget for ten years')).toHaveCount(0);
  await expect(page.locator('.card')).toHaveCount(9);
});

test('a board file dropped on the app opens as a new board; deleting the open board opens another, and undo brings it back', async ({ page }) => {
  await openApp(page);
  await setTitle(page, 'Before the drop');
  await addCard(page, 'Action', 'Still here');
  await expect(page.locator('.save-status')).toHaveText('Saved');

  const drop = () => page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    document.querySelector('main.workspace')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, EXAMPLE);
  await drop();
  await expect(page.locator('.notice')).toContainText('Opened “Pupil numbers in the region” as a new board. The other boards are unchanged.');
  await expect(page.locator('.card')).toHaveCount(9);

  let list = await openList(page);
  await expect(list.locator('.board-item')).toHaveCount(2);
  await list.getByRole('button', { name: 'Delete Pupil numbers in the region' }).click();
  await expect(page.locator('.board-title')).toHaveValue('Before the drop');
  await expect(cardWithText(page, 'Still here')).toBeVisible();
  await list.getByRole('button', { name: 'Close' }).click();
  await page.locator('.storage-banner', { hasText: '“Pupil numbers in the region” was deleted.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.board-title')).toHaveValue('Pupil numbers in the region');
  await expect(page.locator('.card')).toHaveCount(9);
  list = await openList(page);
  await expect(list.locator('.board-item')).toHaveCount(2);

  // The same file once more is a board of its own (the first keeps the
  // file's board id): changing it leaves the first as it was, after a reload too.
  await list.getByRole('button', { name: 'Close' }).click();
  await drop();
  await expect(page.locator('.card')).toHaveCount(9);
  await setTitle(page, 'Second copy');
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await page.reload();
  await expect(page.locator('.board-title')).toHaveValue('Second copy');
  await expect(page.locator('.card')).toHaveCount(9);
  list = await openList(page);
  await expect(list.locator('.board-item')).toHaveCount(3);
  await list.getByRole('button', { name: 'Open Pupil numbers in the region' }).click();
  await expect(page.locator('.board-title')).toHaveValue('Pupil numbers in the region');
  await expect(page.locator('.card')).toHaveCount(9);
});

test('the browser is asked to keep the boards after the first real save, not on load, and the list says what it answered', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistAsked: number; kept: boolean };
    w.persistAsked = 0;
    w.kept = false;
    StorageManager.prototype.persisted = async () => w.kept;
    StorageManager.prototype.persist = async () => {
      w.persistAsked += 1;
      w.kept = true;
      return true;
    };
  });
  await openApp(page);
  const asked = () => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked);
  let list = await openList(page);
  await expect(list.locator('.where-kept')).toHaveText(
    'Your boards are kept only in this browser, on this device; nothing is sent anywhere. The browser may clear them when the disk fills up or the site goes unused for a while: install the app (from the browser\'s menu) or export your boards to keep them safe.',
  );
  await expect(list.locator('.where-kept')).toHaveClass(/at-risk/);
  await list.getByRole('button', { name: 'Close' }).last().click();
  expect(await asked()).toBe(0);
  await addCard(page, 'Action', 'Worth keeping');
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await expect.poll(asked).toBe(1);
  await addCard(page, 'Action', 'Asked once only');
  await expect(page.locator('.save-status')).toHaveText('Saved');
  list = await openList(page);
  await expect(list.locator('.where-kept')).toContainText('The browser keeps them until you delete them.');
  await expect(list.locator('.where-kept')).not.toHaveClass(/at-risk/);
  expect(await asked()).toBe(1);
});
