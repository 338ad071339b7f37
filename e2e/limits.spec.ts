// Input made to hurt, and the unlucky kind: a card of one endless word,
// share links far too long or far too full. Nothing may hang, and every
// refusal says why.
import { test, expect, Page } from '@playwright/test';
import { cardWithText, openApp, moreTool, savedBoard } from './helpers';

/** A board file with a party, an interest holding `text`, and a wish "Second thoughts". */
function boardWith(text: string): string {
  return JSON.stringify({
    format: 'ambition-map',
    version: 2,
    board: {
      title: 'Pasted from a PDF',
      challenge: '',
      parties: [{ id: 'p1', name: 'School board A', colour: '#1d4ed8' }],
      cards: [
        { id: 'ambition', kind: 'ambition', text: 'Every child a good school nearby', x: 0, y: 0, width: 260, height: 140 },
        { id: 'long', kind: 'interest', party: 'p1', text, x: 400, y: 0, width: 220, height: 130 },
        { id: 'second', kind: 'wish', party: 'p1', text: 'Second thoughts', x: 400, y: 200, width: 220, height: 130 },
      ],
      links: [],
    },
  });
}

async function openBoardFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await moreTool(page, 'Open file');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a card of one 256 KB word opens, and another card can be edited after', async ({ page }) => {
  // "A" is the letter for which Chromium's fallback font on Linux has no safe
  // place to break: laid out whole, this word took minutes.
  const word = 'A'.repeat(256 * 1024);
  await openApp(page);
  await openBoardFile(page, 'long-word.json', boardWith(word));
  await expect(page.locator('.notice')).toContainText('Opened “Pasted from a PDF”');
  const long = page.locator('.card[data-card="long"]');
  await expect(long).toBeVisible();
  // The card shows the start of the word, and says there is more.
  const shown = await long.locator('.card-text').textContent();
  expect(shown!.startsWith('AAAAAAAAAA')).toBe(true);
  expect(shown!.endsWith('…')).toBe(true);
  expect(shown!.length).toBeLessThanOrEqual(1000);

  // The other card is edited as always.
  await cardWithText(page, 'Second thoughts').dblclick();
  const editor = page.locator('textarea.card-editor');
  await expect(editor).toBeFocused();
  await editor.fill('Second thoughts, written down');
  await editor.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(cardWithText(page, 'Second thoughts, written down')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/long-word.png' });

  // The details hold the whole word, and it is kept.
  await long.click();
  await expect(page.locator('.inspector textarea').first()).toHaveValue(word);
  await expect(page.locator('.save-status')).toHaveText('Saved');
  const saved = await savedBoard(page);
  const texts = saved.board.cards.map((c: { text: string }) => c.text);
  expect(texts).toContain(word);
  expect(texts).toContain('Second thoughts, written down');
});

/** Keeps the app's WebAssembly memory where the test can measure it. */
async function watchWasmMemory(page: Page) {
  await page.addInitScript(() => {
    const keep = (result: any) => {
      (window as any).__wasmMemory = (result.instance ?? result).exports.memory;
      return result;
    };
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (...args: Parameters<typeof streaming>) => streaming.apply(WebAssembly, args).then(keep);
    const plain = WebAssembly.instantiate as (...args: unknown[]) => Promise<unknown>;
    (WebAssembly as any).instantiate = (...args: unknown[]) => plain.apply(WebAssembly, args).then(keep);
  });
}

test('a share link of 50 million characters is refused before the app reads it', async ({ page }) => {
  await watchWasmMemory(page);
  await openApp(page);
  const cards = await page.locator('.card').count();
  const before = await page.evaluate(() => (window as any).__wasmMemory.buffer.byteLength as number);
  const chars = 50_000_000;
  await page.evaluate((n) => { location.hash = 'b1.' + 'A'.repeat(n - 3); }, chars);
  const notice = page.locator('.notice.error');
  await expect(notice).toContainText('The shared board could not be opened');
  await expect(notice).toContainText('the link is too long (50,000,000 characters, where a share link has at most 2,097,152)');
  await expect(notice).toContainText('Ask for the board file (.json) instead.');
  const after = await page.evaluate(() => (window as any).__wasmMemory.buffer.byteLength as number);
  // The app's memory did not take in the link (it grows in 64 KiB pages, never shrinks).
  expect(after - before).toBeLessThan(chars / 10);
  await expect(page.locator('.card')).toHaveCount(cards);
  expect(new URL(page.url()).hash).toBe('');
});

test('a short share link that unpacks to a 20 MB board is refused, in Dutch too', async ({ page }) => {
  const zlib = await import('zlib');
  const board = boardWith('A'.repeat(20 * 1024 * 1024 - 4096));
  const fragment = 'b1.' + zlib.deflateSync(Buffer.from(board), { level: 9 }).toString('base64url');
  expect(fragment.length).toBeLessThan(32_000);
  await openApp(page, 'nl');
  await page.goto(`/#${fragment}`);
  const notice = page.locator('.notice.error');
  await expect(notice).toContainText('Het gedeelde bord kon niet geopend worden');
  await expect(notice).toContainText('het bord in deze link is groter dan 2 MB, meer dan een deellink mag bevatten.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.card')).toHaveCount(1);
});
