// Exports in the real browser: every download of the export menu opened and
// checked the way a person or another program would read it, the report on
// the clipboard, the share link opened in a fresh browser, and printing.
import { test, expect, Page, Download } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { addCard, addParty, ambition, chooseParty, link, openApp, savedBoard, chooseLanguage } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const AMBITION = 'Every child in the region has a good school nearby';
const CARD_TEXTS = [
  AMBITION,
  'Keep village schools open',
  'Shared substitute pool',
  'Liveable villages',
  'Plan "A", together',
  'Pupil forecast per village',
];

/** A titled board with two parties, a card of every kind and four links. */
async function fillBoard(page: Page) {
  await page.locator('.board-title').fill('Region North');
  await page.locator('.board-title').press('Enter');
  await ambition(page).dblclick();
  await page.locator('textarea.card-editor').fill(AMBITION);
  await page.locator('textarea.card-editor').press('Enter');
  await addParty(page, 'School board A');
  await addParty(page, 'Municipality');
  await chooseParty(page, 'School board A');
  const interest = await addCard(page, 'Interest', CARD_TEXTS[1]);
  await addCard(page, 'Wish', CARD_TEXTS[2]);
  await chooseParty(page, 'Municipality');
  const goal = await addCard(page, 'Goal', CARD_TEXTS[3]);
  const action = await addCard(page, 'Action', CARD_TEXTS[4]);
  const fact = await addCard(page, 'Fact', CARD_TEXTS[5]);
  await link(page, interest, ambition(page));
  await link(page, goal, ambition(page));
  await link(page, action, ambition(page));
  await link(page, fact, ambition(page));
  await expect(page.locator('g.link')).toHaveCount(4);
  await page.keyboard.press('Escape');
}

/** Chooses an entry of the export menu and returns the download it starts. */
async function exportAs(page: Page, entry: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: entry }).click();
  return download;
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error('the download has no file');
  return readFileSync(path);
}

/** RFC 4180 CSV into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('the last record does not end in CRLF');
  return rows;
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await fillBoard(page);
});

test('the export menu offers every export and works with the keyboard', async ({ page }) => {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await button.click();
  const items = page.getByRole('menuitem');
  await expect(items).toHaveText([
    'Board file (.json)', 'Picture (PNG)', 'Vector picture (SVG)', 'Report (Markdown)', 'Copy the report',
    'Actions for a spreadsheet (CSV)', 'JSON Canvas (Obsidian)', 'Copy a share link', 'Print',
  ]);
  await expect(items.first()).toBeFocused();
  await page.screenshot({ path: 'e2e/screenshots/export-menu.png' });
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(items).toHaveCount(0);
  await expect(button).toBeFocused();
  // In Dutch, the menu and the file names speak Dutch.
  await chooseLanguage(page, 'nl');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(page.getByRole('menuitem').first()).toHaveText('Bordbestand (.json)');
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Acties voor een spreadsheet (CSV)' }).click();
  const csv = (await bytesOf(await download)).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('\ufeffActie,Eigenaren,Status,School board A,Municipality');
});

test('the PNG is the whole board at twice its size, in colour, and agrees with the SVG', async ({ page }) => {
  const svgFile = await exportAs(page, 'Vector picture (SVG)');
  expect(svgFile.suggestedFilename()).toBe('Region North.svg');
  const svgText = (await bytesOf(svgFile)).toString('utf8');
  const svg = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length,
      name: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      // Each <text> as one line: its wrapped lines joined again.
      texts: [...doc.querySelectorAll('text')].map((t) =>
        t.children.length ? [...t.children].map((s) => s.textContent).join(' ') : t.textContent ?? ''),
    };
  }, svgText);
  expect(svg.error).toBe(0);
  expect(svg.name).toBe('svg');
  for (const text of CARD_TEXTS) expect(svg.texts).toContain(text);
  expect(svg.texts.filter((t) => t === 'serves')).toHaveLength(2);
  expect(svg.texts).toContain('makes concrete');
  expect(svg.texts).toContain('substantiates');

  const pngFile = await exportAs(page, 'Picture (PNG)');
  expect(pngFile.suggestedFilename()).toBe('Region North.png');
  const png = await bytesOf(pngFile);
  writeFileSync('e2e/screenshots/export.png', png);
  // The signature, then the IHDR chunk with width and height.
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBe(Math.ceil(svg.width * 2));
  expect(height).toBe(Math.ceil(svg.height * 2));

  // Decoded by the browser: the background, the ambition's yellow, a
  // party's colour and the dark text are all there.
  const colours = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      seen.add('#' + [data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join(''));
    }
    return { width: bitmap.width, height: bitmap.height, seen: [...seen] };
  }, png.toString('base64'));
  expect(colours.width).toBe(width);
  expect(colours.height).toBe(height);
  const board = await savedBoard(page);
  const partyColour = String(board.board.parties[0].colour).toLowerCase();
  for (const colour of ['#f8fafc', '#f4c542', '#ffffff', partyColour, '#334155', '#0f5e6e']) {
    expect(colours.seen, `the picture shows ${colour}`).toContain(colour);
  }
  expect(colours.seen.length).toBeGreaterThan(20);
});

test('the actions as CSV: BOM, header, one quoted row per action', async ({ page }) => {
  const file = await exportAs(page, 'Actions for a spreadsheet (CSV)');
  expect(file.suggestedFilename()).toBe('Region North.csv');
  const bytes = await bytesOf(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toContain('"Plan ""A"", together"');
  expect(parseCsv(text)).toEqual([
    ['Action', 'Owners', 'Status', 'School board A', 'Municipality'],
    ['Plan "A", together', '', 'Idea', 'Not asked', 'Not asked'],
  ]);
});

test('the JSON Canvas has every card as a node and every link as an edge', async ({ page }) => {
  const file = await exportAs(page, 'JSON Canvas (Obsidian)');
  expect(file.suggestedFilename()).toBe('Region North.canvas');
  const canvas = JSON.parse((await bytesOf(file)).toString('utf8'));
  expect(canvas.nodes).toHaveLength(CARD_TEXTS.length);
  expect(canvas.edges).toHaveLength(4);
  const ids = new Set(canvas.nodes.map((n: { id: string }) => n.id));
  expect(ids.size).toBe(canvas.nodes.length);
  for (const text of CARD_TEXTS) {
    expect(canvas.nodes.some((n: { text?: string }) => n.text?.includes(text.replace(/"/g, '\\"')) || n.text?.includes(text))).toBe(true);
  }
  for (const edge of canvas.edges) {
    expect(ids.has(edge.fromNode)).toBe(true);
    expect(ids.has(edge.toNode)).toBe(true);
    expect(ids.has(edge.id)).toBe(false);
  }
  const ambitionNode = canvas.nodes.find((n: { text?: string }) => n.text?.includes(AMBITION));
  expect(canvas.edges.every((e: { toNode: string }) => e.toNode === ambitionNode.id)).toBe(true);
});

test('the report downloads as Markdown and copies to the clipboard, the same text', async ({ page }) => {
  const file = await exportAs(page, 'Report (Markdown)');
  expect(file.suggestedFilename()).toBe('Region North.md');
  const report = (await bytesOf(file)).toString('utf8');
  expect(report.startsWith('# Region North\n')).toBe(true);
  for (const heading of ['## Parties', '### School board A', '### Municipality', '## Actions', '## Open points']) {
    expect(report).toContain(heading);
  }
  expect(report).toContain(`> ${AMBITION}`);
  // An open point from the checks: the action has no owner yet.
  expect(report).toMatch(/## Open points\n\n- .+/);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Copy the report' }).click();
  await expect(page.locator('.notice')).toContainText('The report is on the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);
});

test('a share link opens the same board in a fresh browser, after asking', async ({ page, browser }) => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Copy a share link' }).click();
  await expect(page.locator('.notice')).toContainText('The share link is on the clipboard');
  const shareLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(shareLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#b1\.[A-Za-z0-9_-]+$/);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.addInitScript(() => localStorage.setItem('ambition-map.lang', 'en'));
  await other.goto(shareLink);
  const prompt = other.getByRole('dialog', { name: 'Open the shared board?' });
  await expect(prompt).toContainText('“Region North” with 6 cards and 2 parties');
  // The fresh browser still shows its own, empty board behind the question.
  await expect(other.locator('.card')).toHaveCount(1);
  await prompt.getByRole('button', { name: 'Open' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(other.locator('.board-title')).toHaveValue('Region North');
  await expect(other.locator('.card')).toHaveCount(6);
  await expect(other.locator('g.link')).toHaveCount(4);
  for (const text of CARD_TEXTS) await expect(other.locator('.card-text', { hasText: text })).toHaveCount(1);
  // The board has left the address.
  expect(new URL(other.url()).hash).toBe('');
  await context.close();
});

test('a damaged share link says so and leaves the board alone', async ({ page }) => {
  await page.goto('/#b1.AAAAAAAA');
  await expect(page.locator('.notice.error')).toContainText('The shared board could not be opened');
  await expect(page.locator('.card')).toHaveCount(6);
  expect(new URL(page.url()).hash).toBe('');
});

test('printing shows the board and the report, and no toolbar', async ({ page }) => {
  await expect(page.locator('.print-sheet')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.locator('.party-row').first()).toBeHidden();
  await expect(page.locator('.print-board svg')).toBeVisible();
  const report = page.locator('.print-report');
  await expect(report).toBeVisible();
  await expect(report.locator('h1')).toHaveText('Region North');
  await expect(report.locator('blockquote')).toHaveText(AMBITION);
  await expect(report.locator('h3')).toHaveText(['School board A', 'Municipality']);
  await expect(report.locator('table th')).toHaveText(['Action', 'Owners', 'Status', 'School board A', 'Municipality']);
  await expect(report.locator('table td').first()).toHaveText('Plan "A", together');
  await expect(report.getByRole('heading', { name: 'Open points' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.toolbar')).toBeVisible();
});
