// Running the workshop in the real browser: the three questions answered
// live, the commitment matrix, guided steps, focus, filter and search, dot
// voting, the timer, arranging, presenting and the example board.
import { test, expect, Page } from '@playwright/test';
import { addCard, addParty, ambition, cardWithText, chooseParty, link, openApp, moreTool, chooseLanguage, openChecks, openParties } from './helpers';

async function openExample(page: Page) {
  await moreTool(page, /^Example board$/);
  await expect(page.locator('.card')).toHaveCount(14);
  await page.keyboard.press('Escape');
}

function question(page: Page, n: number) {
  return page.locator('.check-panel .question').nth(n - 1);
}

test('the example board opens and the panel shows its gaps', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  await openChecks(page);
  await expect(question(page, 1)).toHaveClass(/met/);
  await expect(question(page, 1)).toContainText('All met.');
  await expect(question(page, 2)).toHaveClass(/partly/);
  await expect(question(page, 2)).toContainText('has no owner');
  await expect(question(page, 3)).toHaveClass(/partly/);
  await expect(question(page, 3)).toContainText('is not recognised by');
  // Facts not recognised by everyone are marked on the board.
  await expect(page.locator('.card.fact.disputed')).toHaveCount(1);
  await expect(page.locator('.card.fact.disputed .disputed-badge')).toHaveText('Disputed');
  await page.locator('.check-panel').screenshot({ path: 'e2e/screenshots/check-panel.png' });
  // Clicking a gap selects the cards concerned.
  await question(page, 2).locator('.gap', { hasText: 'has no owner' }).click();
  await expect(page.locator('.card.action.selected')).toHaveCount(1);
  // Coverage per party shows in the legend.
  await openParties(page);
  await expect(page.locator('.party-row .coverage').first()).toHaveText('2 of 2 linked to the ambition');
});

test('fixing gaps turns them green: link an interest, set an owner, recognise a fact', async ({ page }) => {
  await openApp(page);
  await ambition(page).dblclick();
  await page.locator('textarea.card-editor').fill('A good school nearby');
  await page.locator('textarea.card-editor').press('Enter');
  await addParty(page, 'Municipality');
  // A party without cards says so in words, not "0/0".
  await expect(page.locator('.party-row .coverage')).toHaveText('No cards yet');
  await chooseParty(page, 'Municipality');
  const interest = await addCard(page, 'Interest', 'Liveable villages');
  await openChecks(page);
  await expect(question(page, 1)).toContainText('Municipality: none of its interests, wishes or goals is linked to the ambition');
  await link(page, interest, ambition(page));
  await expect(question(page, 1)).toHaveClass(/met/);
  await openParties(page);
  await expect(page.locator('.party-row .coverage')).toHaveText('1 of 1 linked to the ambition');
  await openChecks(page);

  const action = await addCard(page, 'Action', 'School plan');
  await link(page, action, ambition(page));
  await expect(question(page, 2)).toContainText('has no owner');
  await action.locator('.card-text').click();
  await page.locator('.inspector').getByLabel('Municipality').first().check();
  await expect(question(page, 2)).not.toContainText('has no owner');
  await page.locator('.inspector').getByLabel('Commitment per party – Municipality').selectOption({ label: 'Committed' });
  await expect(question(page, 2)).toHaveClass(/met/);

  const fact = await addCard(page, 'Fact', 'Pupil forecast');
  await link(page, fact, ambition(page));
  await fact.locator('.card-text').click();
  await page.locator('.inspector').getByLabel('Source').fill('Municipal forecast');
  await page.locator('.inspector').getByLabel('Source').press('Tab');
  await expect(question(page, 3)).toContainText('is not recognised by Municipality');
  await expect(fact).toHaveClass(/disputed/);
  await page.locator('.inspector').getByLabel('Municipality').first().check();
  await expect(question(page, 3)).toHaveClass(/met/);
  await expect(fact).not.toHaveClass(/disputed/);
});

test('the commitment matrix edits show on the action cards, with totals', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  await moreTool(page, 'Commitments');
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('tbody tr')).toHaveCount(4);
  const cell = dialog.locator('td.cell').first();
  const label = await cell.locator('.marks').getAttribute('aria-label');
  // One click sets the cell; the same mark again clears it.
  await cell.getByRole('button', { name: 'Hesitant' }).click();
  await expect(cell).toHaveClass(/hesitant/);
  await expect(cell.getByRole('button', { name: 'Hesitant' })).toHaveAttribute('aria-pressed', 'true');
  await expect(cell.locator('.marks')).toHaveAttribute('aria-label', /: Hesitant$/);
  await dialog.screenshot({ path: 'e2e/screenshots/matrix.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  const actionText = label!.split(' – ')[1].split(': ')[0].replace(/[“”]/g, '').replace(/^Action /, '');
  const card = page.locator('.card.action', { hasText: actionText.slice(0, 20) });
  await expect(card.locator('.commit.hesitant')).toBeVisible();
});

test('dot voting: each participant gives their dots; counts and a ranked list', async ({ page }) => {
  await openApp(page);
  const a = await addCard(page, 'Action', 'Shared pool');
  const b = await addCard(page, 'Action', 'Enrolment calendar');
  await page.keyboard.press('Escape');
  await moreTool(page, 'Dot voting');
  await page.getByLabel('Participants').fill('2');
  await page.getByLabel('Dots per participant').fill('2');
  await page.getByRole('button', { name: 'Start a voting round' }).click();
  await expect(page.locator('.dots-left')).toHaveText('Participant 1: 2 dots left');
  // A click on a card gives it a dot; the keys reach a button that does the same.
  await a.locator('.card-text').click();
  await a.getByRole('button', { name: 'Give a dot' }).focus();
  await page.keyboard.press('Enter');
  // The last dot hands the turn on.
  await expect(page.locator('.dots-left')).toHaveText('Participant 2: 2 dots left');
  await expect(page.locator('.voting-bar select')).toHaveValue('Participant 2');
  await b.locator('.card-text').click();
  await a.locator('.card-text').click();
  await expect(page.locator('.dots-left')).toHaveText('Everyone has voted');
  await a.locator('.card-text').click(); // no dots left: nothing happens
  await expect(a.locator('.vote-number')).toHaveText('3');
  await expect(b.locator('.vote-number')).toHaveText('1');
  await page.getByRole('button', { name: 'End the round' }).click();
  await expect(page.locator('.vote-results li')).toHaveText([/Shared pool.*3 votes/, /Enrolment calendar.*1 vote$/]);
  // The dots stay on the cards and are saved with the board.
  await page.reload();
  await expect(cardWithText(page, 'Shared pool').locator('.vote-number')).toHaveText('3');
});

test('arrange lays out the example board without overlaps, as one undo step', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  // Scatter two cards, then arrange.
  await moreTool(page, 'Arrange');
  const boxes = await page.locator('.card').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `cards ${i} and ${j} overlap`).toBe(false);
    }
  }
  await page.screenshot({ path: 'e2e/screenshots/example-arranged.png' });
});

test('focus on a party dims the rest; filter by kind; search by text', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  const rows = page.locator('.party-row');
  await rows.first().locator('.focus-party').click();
  const dimmed = await page.locator('.card.dimmed').count();
  expect(dimmed).toBeGreaterThan(4);
  await expect(page.locator('.card.ambition')).not.toHaveClass(/dimmed/);
  await rows.first().locator('.focus-party').click();
  await expect(page.locator('.card.dimmed')).toHaveCount(0);

  await page.getByRole('button', { name: 'Show fact cards' }).click();
  await expect(page.locator('.card.fact')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show fact cards' }).click();
  await expect(page.locator('.card.fact')).toHaveCount(2);

  await page.getByLabel('Search cards').fill('forecast');
  await expect(page.locator('.card.found')).toHaveCount(1);
  await expect(page.locator('.matches')).toHaveText('1 found');
});

test('the timer counts down on the board', async ({ page }) => {
  await openApp(page);
  await moreTool(page, 'Timer');
  await page.getByLabel('Minutes').fill('2');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('timer')).toContainText(/0[12]:\d\d/);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('timer')).toHaveCount(0);
});

test('presentation mode: no editing chrome, keys step through parties and questions', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  await moreTool(page, 'Present');
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.locator('.side-panel')).toHaveCount(0);
  await expect(page.locator('.link-handle')).toHaveCount(0);
  await expect(page.locator('.stop-count')).toHaveText('1 / 8');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.stop-count')).toHaveText('2 / 8');
  await expect(page.locator('.card.dimmed').first()).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.presented-question')).toContainText('shared ambition that inspires');
  await page.screenshot({ path: 'e2e/screenshots/presentation.png' });
  // Cards cannot be edited while presenting.
  await page.locator('.card.ambition').dblclick();
  await expect(page.locator('textarea.card-editor')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.toolbar')).toBeVisible();
});

test('guided steps show the chapter\'s questions in both languages, and any step opens at any time', async ({ page }) => {
  await openApp(page);
  // An empty board starts at the first step.
  await expect(page.locator('.step-prompt')).toContainText('Who is at the table?');
  await page.getByRole('button', { name: /Make it concrete/ }).click();
  await expect(page.locator('.step-prompt')).toContainText('How do you make the ambition, the larger goal, concrete enough?');
  await expect(page.locator('.app')).toHaveClass(/step-4/);
  await chooseLanguage(page, 'nl');
  await expect(page.locator('.step-prompt')).toContainText('Hoe maak je de ambitie, het grotere doel voldoende concreet?');
  await page.getByRole('button', { name: /Feiten en cijfers/ }).click();
  await expect(page.locator('.step-prompt')).toContainText('feiten, cijfers (data) en onderbouwingen');
  await page.getByRole('button', { name: 'Vraag verbergen' }).click();
  await expect(page.locator('.step-prompt')).toHaveCount(0);
});
