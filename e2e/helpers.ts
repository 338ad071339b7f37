// Shared steps for the end-to-end suite: what a facilitator does, in code.
import { expect, Locator, Page } from '@playwright/test';

export const KINDS = ['Interest', 'Wish', 'Goal', 'Action', 'Fact'] as const;

/** Opens the app in English with an empty board. */
export async function openApp(page: Page, lang: 'en' | 'nl' = 'en') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('ambition-map.lang')) localStorage.setItem('ambition-map.lang', l);
  }, lang);
  await page.goto('/');
  await expect(page.locator('.card.ambition')).toBeVisible();
}

/** Adds a party through the legend and names it. */
export async function addParty(page: Page, name: string) {
  await openParties(page);
  await page.getByRole('button', { name: /Add party|Partij toevoegen/ }).click();
  const field = page.locator('.party-name-field').last();
  await expect(field).toBeFocused();
  await field.fill(name);
  await field.press('Enter');
  await expect(page.locator('.party-name-field').last()).toHaveValue(name);
}

/** Chooses the party new interests, wishes and goals go to. */
export async function chooseParty(page: Page, name: string) {
  await page.locator('.for-party select').selectOption({ label: name });
}

/** Adds a card from the toolbar and types its text; returns the card. */
export async function addCard(page: Page, kind: (typeof KINDS)[number], text: string): Promise<Locator> {
  await page.getByRole('button', { name: `Add ${kind.toLowerCase()}`, exact: true }).click();
  const editor = page.locator('textarea.card-editor');
  await expect(editor).toBeFocused();
  await editor.fill(text);
  await editor.press('Enter');
  await expect(editor).toHaveCount(0);
  const card = cardWithText(page, text);
  await expect(card).toBeVisible();
  return card;
}

export function cardWithText(page: Page, text: string): Locator {
  return page.locator('.card', { has: page.locator('.card-text', { hasText: text }) });
}

export function ambition(page: Page): Locator {
  return page.locator('.card.ambition');
}

export async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from one point to another in small steps. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, modifiers: string[] = []) {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  for (const m of modifiers) await page.keyboard.up(m);
}

/** Links two cards by dragging the first card's handle onto the second. */
export async function link(page: Page, from: Locator, to: Locator) {
  // Deselect first, so the details panel does not cover the cards.
  await page.keyboard.press('Escape');
  await expect(page.locator('.inspector')).toHaveCount(0);
  await from.hover();
  const handle = from.locator('.link-handle');
  await drag(page, await centreOf(handle), await centreOf(to));
}

/** The card's position on the world layer, from its CSS transform. */
export async function worldPosition(card: Locator) {
  const t = await card.evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\)/.exec(t);
  if (!m) throw new Error(`no translate in ${t}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

/** The path of every link on the board, by the link's meaning class. */
export async function linkPaths(page: Page) {
  return page.locator('g.link .link-line').evaluateAll((els) => els.map((e) => e.getAttribute('d')));
}

/** What each drawn link says, sorted: its words on the board, or, where they
 * would not fit between its cards, its title. */
export async function linkWords(page: Page) {
  const words = await page.locator('g.link').evaluateAll((links) =>
    links.map((l) => (l.querySelector('.link-label') ?? l.querySelector('title'))?.textContent ?? ''));
  return words.sort();
}

export async function undo(page: Page) {
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
}

export async function redo(page: Page) {
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
}

/**
 * Every text the app keeps in IndexedDB (the boards, their index), by key,
 * as IndexedDB holds it now — read afresh, after the app's writes so far.
 */
export async function storedTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('ambition-map');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('texts')) return resolve({});
          const store = db.transaction('texts', 'readonly').objectStore('texts');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const all: Record<string, string> = {};
            keys.result.forEach((k, i) => (all[String(k)] = values.result[i]));
            db.close();
            resolve(all);
          };
          values.onerror = () => reject(values.error);
        };
      }),
  );
}

/** Removes every board the app keeps (IndexedDB and localStorage), as clearing the site's data does. */
export async function clearStorage(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        localStorage.clear();
        const open = indexedDB.open('ambition-map');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t = db.transaction('texts', 'readwrite');
          t.objectStore('texts').clear();
          t.oncomplete = () => (db.close(), resolve());
          t.onerror = () => reject(t.error);
        };
      }),
  );
}

/** The open board as saved in IndexedDB (each board under its own key), parsed. */
export async function savedBoard(page: Page) {
  const texts = await storedTexts(page);
  const index = JSON.parse(texts['ambition-map.library'] || '{}');
  const text = index.last_opened ? texts[`ambition-map.board.${index.last_opened}`] : null;
  return text ? JSON.parse(text) : null;
}

/** Chooses a tool from the toolbar's "more" menu (Meer), by its name. */
export async function moreTool(page: Page, name: string | RegExp) {
  await page.locator('.more-menu > .tool').click();
  await page.locator('.more-menu .popup-menu').getByRole('button', { name }).click();
}

/** Opens the header's menu (view and language). */
export async function openMenu(page: Page) {
  const button = page.locator('.app-menu > .tool');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.locator('.app-menu .popup-menu');
}

/** Switches the interface's language through the header's menu. */
export async function chooseLanguage(page: Page, code: 'en' | 'nl') {
  const menu = await openMenu(page);
  await menu.getByRole('combobox').selectOption(code);
  await menu.getByRole('combobox').press('Escape');
}

/** Opens the panel of the three questions and the vote results. */
export async function openChecks(page: Page) {
  const status = page.locator('.check-status');
  if ((await status.getAttribute('aria-pressed')) !== 'true') await status.click();
  await expect(page.locator('.side-panel .check-panel')).toBeVisible();
}

/** Opens the panel of the parties (it may have been left closed). */
export async function openParties(page: Page) {
  const toggle = page.locator('.parties-toggle');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(page.locator('.side-panel.parties-panel')).toBeVisible();
}

/** WCAG contrast of two `rgb(...)` colours. */
export function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
