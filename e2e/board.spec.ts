// The board in the real browser: parties, cards of every kind, links with
// their meaning, editing, moving, panning and zooming, undo and redo,
// storage, files and language.
import { test, expect, Page } from '@playwright/test';
import { addCard, addParty, ambition, cardWithText, centreOf, chooseParty, clearStorage, drag, link, linkPaths, linkWords, openApp, redo, undo, worldPosition, moreTool, chooseLanguage } from './helpers';

/** Two parties, a card of every kind, and the links the chapter asks for. */
async function fillBoard(page: Page) {
  await ambition(page).dblclick();
  await page.locator('textarea.card-editor').fill('Every child in the region has a good school nearby');
  await page.locator('textarea.card-editor').press('Enter');

  await addParty(page, 'School board A');
  await addParty(page, 'Municipality');
  await chooseParty(page, 'School board A');
  const interest = await addCard(page, 'Interest', 'Keep village schools open');
  await addCard(page, 'Wish', 'Shared substitute pool');
  await chooseParty(page, 'Municipality');
  const goal = await addCard(page, 'Goal', 'Liveable villages');
  const action = await addCard(page, 'Action', 'Joint plan for school locations');
  const fact = await addCard(page, 'Fact', 'Pupil forecast per village');

  await link(page, interest, ambition(page));
  await link(page, goal, ambition(page));
  await link(page, action, ambition(page));
  await link(page, fact, ambition(page));
  await expect(page.locator('g.link')).toHaveCount(4);
  return { interest, goal, action, fact };
}

test('parties, cards of every kind and links to the ambition, with their meaning', async ({ page }) => {
  await openApp(page);
  await fillBoard(page);

  await expect(page.locator('.party-row')).toHaveCount(2);
  for (const kind of ['interest', 'wish', 'goal', 'action', 'fact']) {
    await expect(page.locator(`.card.${kind}`)).toHaveCount(1);
  }
  // Party cards carry their party's name and colour; the kind shows as a word.
  const interest = cardWithText(page, 'Keep village schools open');
  await expect(interest.locator('.party-name')).toHaveText('School board A');
  await expect(interest.locator('.kind-label')).toHaveText('Interest');
  const colour = await interest.locator('.card-head').evaluate((e) => getComputedStyle(e).backgroundColor);
  const swatch = await page.locator('.party-row').first().locator('.swatch-button').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(colour).toBe(swatch);
  // Each link says what it means.
  expect(await linkWords(page)).toEqual(['makes concrete', 'serves', 'serves', 'substantiates']);
  // Words are drawn only where they fit between their two cards, never under one.
  for (const label of await page.locator('.link-label').all()) {
    const box = (await label.boundingBox())!;
    for (const card of await page.locator('.card').all()) {
      const c = (await card.boundingBox())!;
      const overlaps = box.x < c.x + c.width && c.x < box.x + box.width && box.y < c.y + c.height && c.y < box.y + box.height;
      expect(overlaps, `"${await label.textContent()}" under a card`).toBe(false);
    }
  }
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await page.screenshot({ path: 'e2e/screenshots/filled-board.png' });
});

test('a link to itself or a second link between the same cards is refused', async ({ page }) => {
  await openApp(page);
  const action = await addCard(page, 'Action', 'Pool of substitutes');
  await link(page, action, ambition(page));
  await expect(page.locator('g.link')).toHaveCount(1);
  await link(page, ambition(page), action);
  await expect(page.locator('.notice.error')).toContainText('already linked');
  await expect(page.locator('g.link')).toHaveCount(1);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await link(page, action, action);
  await expect(page.locator('.notice.error')).toContainText('cannot be linked to itself');
  await expect(page.locator('g.link')).toHaveCount(1);
});

test('edit a card in place; Escape leaves it as it was; undo and redo', async ({ page }) => {
  await openApp(page);
  const fact = await addCard(page, 'Fact', 'First words');
  await fact.dblclick();
  const editor = page.locator('textarea.card-editor');
  await editor.fill('Better words');
  await editor.press('Escape');
  await expect(fact.locator('.card-text')).toHaveText('First words');

  await fact.dblclick();
  await editor.fill('Better words');
  await page.mouse.click(700, 820); // a click outside keeps the text
  await expect(cardWithText(page, 'Better words')).toBeVisible();

  await undo(page);
  await expect(cardWithText(page, 'First words')).toBeVisible();
  await redo(page);
  await expect(cardWithText(page, 'Better words')).toBeVisible();
});

test('drag a card and its link follows; one undo step puts both back', async ({ page }) => {
  await openApp(page);
  const action = await addCard(page, 'Action', 'Enrolment calendar');
  await link(page, action, ambition(page));
  const before = await worldPosition(action);
  const pathBefore = (await linkPaths(page))[0];

  const c = await centreOf(action.locator('.card-text'));
  await drag(page, c, { x: c.x + 150, y: c.y + 120 });
  const after = await worldPosition(action);
  expect(after.x - before.x).toBeCloseTo(150, 0);
  expect(after.y - before.y).toBeCloseTo(120, 0);
  const pathAfter = (await linkPaths(page))[0];
  expect(pathAfter).not.toEqual(pathBefore);

  await undo(page);
  expect(await worldPosition(action)).toEqual(before);
  expect((await linkPaths(page))[0]).toEqual(pathBefore);
  await redo(page);
  expect(await worldPosition(action)).toEqual(after);
});

test('select several cards with Shift+click and a marquee, and move them together', async ({ page }) => {
  await openApp(page);
  const a = await addCard(page, 'Action', 'Card A');
  const b = await addCard(page, 'Fact', 'Card B');
  const c = await addCard(page, 'Action', 'Card C');
  // Shift+click adds to the selection.
  await a.locator('.card-text').click();
  await b.locator('.card-text').click({ modifiers: ['Shift'] });
  await expect(page.locator('.card.selected')).toHaveCount(2);
  await expect(page.locator('.inspector')).toContainText('2 cards selected');

  const [pa, pb, pc] = [await worldPosition(a), await worldPosition(b), await worldPosition(c)];
  const from = await centreOf(a.locator('.card-text'));
  await drag(page, from, { x: from.x - 60, y: from.y + 200 });
  const [qa, qb, qc] = [await worldPosition(a), await worldPosition(b), await worldPosition(c)];
  expect(qa.x - pa.x).toBeCloseTo(-60, 0);
  expect(qb.x - pb.x).toBeCloseTo(-60, 0);
  expect(qb.y - pb.y).toBeCloseTo(200, 0);
  expect(qc).toEqual(pc);
  await undo(page);
  expect(await worldPosition(a)).toEqual(pa);
  expect(await worldPosition(b)).toEqual(pb);

  // A marquee (Shift+drag on empty canvas) selects every card it touches.
  // Empty canvas: at the right, clear of the bars and panels that float over the board.
  const viewBox = (await page.locator('.viewport').boundingBox())!;
  await page.locator('.viewport').click({ position: { x: viewBox.width - 120, y: viewBox.height / 2 } });
  await expect(page.locator('.card.selected')).toHaveCount(0);
  const boxes = await Promise.all([a, b, c].map((l) => l.boundingBox()));
  const left = Math.min(...boxes.map((x) => x!.x)) - 10;
  const top = Math.min(...boxes.map((x) => x!.y)) - 10;
  const right = Math.max(...boxes.map((x) => x!.x + x!.width)) + 10;
  const bottom = Math.max(...boxes.map((x) => x!.y + x!.height)) + 10;
  // Start the marquee on empty canvas above-left of all cards.
  const view = (await page.locator('.viewport').boundingBox())!;
  // Drawn from below right to above left, starting on empty canvas.
  await drag(page, { x: right, y: bottom }, { x: Math.max(left, view.x + 5), y: Math.max(top, view.y + 5) }, ['Shift']);
  await expect(page.locator('.card.action.selected, .card.fact.selected')).toHaveCount(3);
});

test('pan by dragging empty space, zoom with the wheel about the pointer and with buttons', async ({ page }) => {
  await openApp(page);
  const world = page.locator('.world');
  const transform = () => world.evaluate((e) => (e as HTMLElement).style.transform);
  const amb = ambition(page);
  const before = await amb.boundingBox();
  const view = (await page.locator('.viewport').boundingBox())!;
  // Empty canvas, clear of the bars and panels that float over the board.
  const start = { x: view.x + view.width - 300, y: view.y + view.height / 2 - 100 };
  await drag(page, start, { x: start.x + 120, y: start.y + 60 });
  const panned = await amb.boundingBox();
  expect(panned!.x - before!.x).toBeCloseTo(120, 0);
  expect(panned!.y - before!.y).toBeCloseTo(60, 0);

  // Zooming about the pointer keeps the point under it in place.
  const p = await centreOf(amb);
  await page.mouse.move(p.x, p.y);
  await page.mouse.wheel(0, -400);
  await expect(page.locator('.zoom-level')).not.toHaveText('100%');
  const zoomed = await amb.boundingBox();
  expect(zoomed!.width).toBeGreaterThan(panned!.width * 1.2);
  const q = await centreOf(amb);
  expect(Math.abs(q.x - p.x)).toBeLessThan(2);
  expect(Math.abs(q.y - p.y)).toBeLessThan(2);

  const t1 = await transform();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  expect(await transform()).not.toEqual(t1);
  // Once the camera rests, the world is drawn again at its scale (sharp text), not kept as a scaled picture.
  await expect.poll(() => page.locator('.world').evaluate((e) => getComputedStyle(e).willChange)).toBe('auto');
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect(page.locator('.zoom-level')).toHaveText('100%');
});

test('zoomed far out, cards are blocks in their colours and arrows lose their words; zooming in brings them back', async ({ page }) => {
  await openApp(page);
  await fillBoard(page);
  // The board alone: no panel and no step's question over it.
  await page.locator('.close-panel').click();
  const fold = page.getByRole('button', { name: 'Hide the question' });
  if (await fold.count()) await fold.click();
  const level = async () => parseInt((await page.locator('.zoom-level').textContent()) || '0', 10);
  for (let i = 0; i < 20 && (await level()) >= 35; i++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
  }
  expect(await level()).toBeLessThan(35);
  // The ambition is a card of its own; the other five are one picture, named for assistive technology.
  await expect(page.locator('.card.sketch')).toHaveCount(1);
  await expect(page.getByRole('img', { name: /^5 cards, drawn small: zoom in to read them/ })).toBeVisible();
  await expect(page.locator('.card-text')).toHaveCount(0);
  await expect(page.locator('.link-label')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/sketch.png' });
  // A card in the picture is found by its place: a click selects it, and it becomes a card of its own,
  // named and focused, from which the arrows go on to the next card.
  const band = await page.locator('.sketch-band.party[style*="#c2364a"]').boundingBox();
  await page.mouse.click(band!.x + band!.width / 2, band!.y + band!.height * 2);
  const chosen = page.getByRole('group', { name: /Municipality: Liveable villages/ });
  await expect(chosen).toBeFocused();
  await expect(page.getByRole('img', { name: /^4 cards, drawn small/ })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(chosen).toHaveCount(0);
  await expect(page.locator('.card.sketch.selected')).toBeFocused();
  // Dragging a drawn card moves it.
  const before = await page.locator('.sketch-band.party[style*="#c2364a"]').boundingBox();
  await page.mouse.move(before!.x + 5, before!.y + 5);
  await page.mouse.down();
  await page.mouse.move(before!.x + 45, before!.y + 35, { steps: 4 });
  await page.mouse.up();
  const moved = page.getByRole('group', { name: /Municipality: Liveable villages/ });
  await expect(moved).toHaveCount(1);
  const after = await moved.boundingBox();
  expect(Math.abs(after!.x - before!.x - 40)).toBeLessThan(3);
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect(page.locator('.card.sketch')).toHaveCount(0);
  await expect(cardWithText(page, 'Liveable villages')).toBeVisible();
  await expect(page.locator('.link-label').first()).toBeVisible();
});

test('reload keeps the board', async ({ page }) => {
  await openApp(page);
  await fillBoard(page);
  await page.locator('.board-title').fill('Region North');
  await page.locator('.board-title').press('Enter');
  await page.reload();
  await expect(page.locator('.board-title')).toHaveValue('Region North');
  await expect(page.locator('.card')).toHaveCount(6);
  await expect(page.locator('g.link')).toHaveCount(4);
  await expect(cardWithText(page, 'Liveable villages').locator('.party-name')).toHaveText('Municipality');
});

test('export, clear storage, import: the same board comes back', async ({ page }) => {
  await openApp(page);
  await fillBoard(page);
  await page.locator('.board-title').fill('Region North');
  await page.locator('.board-title').press('Enter');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Board file (.json)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Region North.json');
  const path = await file.path();

  // Saving is debounced: let the last change land before clearing.
  await expect(page.locator('.save-status')).toHaveText('Saved');
  await clearStorage(page);
  await page.reload();
  await expect(page.locator('.card')).toHaveCount(1);

  const chooser = page.waitForEvent('filechooser');
  await moreTool(page, 'Open file');
  await (await chooser).setFiles(path!);
  await expect(page.locator('.notice')).toContainText('Opened “Region North”');
  await expect(page.locator('.board-title')).toHaveValue('Region North');
  await expect(page.locator('.card')).toHaveCount(6);
  await expect(page.locator('g.link')).toHaveCount(4);
  await expect(cardWithText(page, 'Keep village schools open').locator('.party-name')).toHaveText('School board A');
});

test('a file that is not a board gives a clear message and changes nothing', async ({ page }) => {
  await openApp(page);
  await addCard(page, 'Action', 'Stays here');
  const chooser = page.waitForEvent('filechooser');
  await moreTool(page, 'Open file');
  await (await chooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"todo": [1, 2]}') });
  await expect(page.locator('.notice.error')).toContainText('“notes.json” could not be opened');
  await expect(page.locator('.notice.error')).toContainText('not an Ambition Map board file');
  await expect(cardWithText(page, 'Stays here')).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(2);

  const chooser2 = page.waitForEvent('filechooser');
  await moreTool(page, 'Open file');
  await (await chooser2).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "ambition-map",\n "version": ') });
  await expect(page.locator('.notice.error')).toContainText('not valid JSON (line 2');
  await expect(page.locator('.card')).toHaveCount(2);
});

test('remove a party: its cards go or move, and undo brings the party back', async ({ page }) => {
  await openApp(page);
  await addParty(page, 'School board A');
  await addParty(page, 'Municipality');
  await chooseParty(page, 'School board A');
  await addCard(page, 'Interest', 'Small schools');
  await page.getByRole('button', { name: 'Remove School board A' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('School board A has 1 interests, wishes or goals');
  await dialog.getByLabel('Give them to').first().check();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('.party-row')).toHaveCount(1);
  await expect(cardWithText(page, 'Small schools').locator('.party-name')).toHaveText('Municipality');
  await undo(page);
  await expect(page.locator('.party-row')).toHaveCount(2);
  await expect(cardWithText(page, 'Small schools').locator('.party-name')).toHaveText('School board A');
});

test('the side panel sets an action\'s owners, status and commitments and a fact\'s source', async ({ page }) => {
  await openApp(page);
  await addParty(page, 'School board A');
  await addParty(page, 'Municipality');
  const action = await addCard(page, 'Action', 'Shared pool');
  await action.locator('.card-text').click();
  const panel = page.locator('.inspector');
  await panel.getByLabel('School board A').first().check();
  await panel.getByLabel('Status').selectOption({ label: 'In progress' });
  await panel.getByLabel('Commitment per party – Municipality').selectOption({ label: 'Hesitant' });
  await expect(action.locator('.owners')).toHaveText('School board A');
  await expect(action.locator('.status')).toHaveText('In progress');
  await expect(action.locator('.commit.hesitant')).toContainText('1 Hesitant');

  const fact = await addCard(page, 'Fact', 'Forecast');
  await fact.locator('.card-text').click();
  await panel.getByLabel('Source').fill('Municipal forecast 2025');
  await panel.getByLabel('Source').press('Tab');
  await expect(fact.locator('.source')).toHaveText('Source: Municipal forecast 2025');
  await page.keyboard.press('Escape');
  await fact.locator('.card-text').click();
  await page.keyboard.press('Delete');
  await expect(fact).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(cardWithText(page, 'Forecast')).toBeVisible();
});

test('switch language: the whole interface speaks Dutch', async ({ page }) => {
  await openApp(page);
  await chooseLanguage(page, 'nl');
  await expect(page.getByRole('button', { name: 'Partij toevoegen' })).toBeVisible();
  await expect(page.locator('.card.ambition .kind-label')).toHaveText('Ambitie');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page).toHaveTitle('Ambitiekaart');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Partij toevoegen' })).toBeVisible();
});

test('a Dutch browser gets the Dutch interface', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Partij toevoegen' })).toBeVisible();
  await context.close();
});

test('the page asks for nothing but its own files', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await openApp(page);
  await fillBoard(page);
  expect(foreign).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
});

test('card text is shown as text, never as HTML', async ({ page }) => {
  await openApp(page);
  await addCard(page, 'Fact', '<img src=x onerror="window.hacked=1">');
  await expect(cardWithText(page, '<img src=x')).toBeVisible();
  expect(await page.evaluate(() => (window as any).hacked)).toBeUndefined();
  await expect(page.locator('.card img')).toHaveCount(0);
});

test('the party the list shows is the party that gets the card, also after a click in the legend', async ({ page }) => {
  await openApp(page);
  await addParty(page, 'School board A');
  await addParty(page, 'School board B');
  const list = page.locator('.for-party select');
  await list.selectOption({ label: 'School board B' });
  // Choosing a party in the legend (its name) makes it the one cards go to, and the list says so.
  await page.locator('.party-name-field').first().focus();
  await expect(list.locator('option:checked')).toHaveText('School board A');
  const card = await addCard(page, 'Interest', 'Small schools stay');
  await expect(card.locator('.party-name')).toHaveText('School board A');
});
