// Cards from a spreadsheet: a CSV file with good and bad rows, and cells
// pasted from a spreadsheet, make the right cards on the board; the bad rows
// are named by line, in the user's language; one undo takes it all back.
// A screenshot of the dialog goes to e2e/screenshots/room/ to be looked at.
import { expect, Page, test } from '@playwright/test';
import { addParty, contrast, moreTool, openApp, savedBoard } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

/** Opens the app with one party and the rows dialog; the cards there were before. */
async function openRows(page: Page, lang: 'nl' | 'en', party: string) {
  await openApp(page, lang);
  await addParty(page, party);
  await page.keyboard.press('Escape');
  const before = await page.locator('.card').count();
  await moreTool(page, lang === 'nl' ? 'Kaarten uit spreadsheet' : 'Cards from a spreadsheet');
  const dialog = page.getByRole('dialog', { name: lang === 'nl' ? 'Kaarten uit een spreadsheet' : 'Cards from a spreadsheet' });
  return { before, dialog };
}

const survey = [
  'Soort;Partij;Tekst;Bron;Status',
  'Belang;Gemeente;Leefbare dorpen;;',
  'Wens;Basisschool De Linde;Een vaste invaller voor elke school;;',
  'Plan;Gemeente;Dit is geen soort;;',
  'Belang;;Zonder partij;;',
  'Feit;;12 % minder leerlingen in 2030;Prognose 2024;',
  'Actie;;Invalpool starten;;misschien',
].join('\r\n');

test('a CSV file with good and bad rows makes the right cards, and one undo takes them back', async ({ page }) => {
  const { before, dialog } = await openRows(page, 'nl', 'Gemeente');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: /toevoegen/ })).toBeDisabled();
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'enquete.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\ufeff' + survey, 'utf-8'),
  });
  await expect(dialog.locator('.rows-ready')).toHaveText('3 kaarten klaar om toe te voegen.');
  await expect(dialog.locator('.rows-problems li')).toHaveText([
    'Regel 4: “Plan” is geen soort kaart (Belang, Wens, Doel, Actie of Feit)',
    'Regel 5: een belang, wens of doel hoort bij een partij',
    'Regel 7: “misschien” is geen status (Idee, Afgesproken, Bezig of Klaar)',
  ]);
  const newParty = dialog.getByRole('checkbox', { name: 'Basisschool De Linde' });
  await expect(newParty).toBeChecked();
  await page.screenshot({ path: 'e2e/screenshots/room/rows-dialog.png' });
  // The add button reads in dark mode too.
  await page.emulateMedia({ colorScheme: 'dark' });
  const add = dialog.locator('.rows-add');
  const [fg, bg] = await add.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
  expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  await page.emulateMedia({ colorScheme: 'light' });
  // Without the new party its wish stays out; with it, it comes in.
  await newParty.uncheck();
  await expect(dialog.locator('.rows-ready')).toHaveText('2 kaarten klaar om toe te voegen.');
  await newParty.check();
  await dialog.getByRole('button', { name: '3 kaarten toevoegen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.notice')).toContainText('3 kaarten toegevoegd uit de spreadsheet.');

  await expect(page.locator('.card')).toHaveCount(before + 3);
  await expect(page.locator('.card.interest', { hasText: 'Leefbare dorpen' })).toContainText('Gemeente');
  await expect(page.locator('.card.wish', { hasText: 'Een vaste invaller' })).toContainText('Basisschool De Linde');
  await expect(page.locator('.card.fact', { hasText: '12 % minder leerlingen' })).toContainText('Prognose 2024');
  await expect.poll(async () => (await savedBoard(page))?.board?.cards?.length).toBe(before + 3);
  await page.screenshot({ path: 'e2e/screenshots/room/rows-added.png' });

  // One undo removes the cards and the party they brought.
  await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
  await expect(page.locator('.card')).toHaveCount(before);
  await expect.poll(async () => (await savedBoard(page))?.board?.parties?.map((p: { name: string }) => p.name)).toEqual(['Gemeente']);
});

test('cells pasted from a spreadsheet become cards in English too, and a sheet without known columns is refused', async ({ page }) => {
  const { before, dialog } = await openRows(page, 'en', 'Municipality');
  const paste = dialog.getByLabel('Paste cells from a spreadsheet');
  await expect(paste).toBeFocused();

  await paste.fill('Name\tAge\nAnna\t12');
  await expect(dialog.locator('.rows-error')).toContainText('The first row must name the columns');
  await expect(dialog.getByRole('button', { name: /^Add/ })).toBeDisabled();

  await paste.fill('Party\tInterest\tGoal\nMunicipality\tLiveable villages\tA school in every village\nMunicipality\t\t');
  await expect(dialog.locator('.rows-ready')).toHaveText('2 cards ready to add.');
  await expect(dialog.locator('.rows-problems li')).toHaveText(['Line 3: no text']);
  await dialog.getByRole('button', { name: 'Add 2 cards' }).click();
  await expect(page.locator('.card')).toHaveCount(before + 2);
  await expect(page.locator('.card.goal', { hasText: 'A school in every village' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.card')).toHaveCount(before);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.locator('.card')).toHaveCount(before + 2);
});
