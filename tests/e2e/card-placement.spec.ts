import type { Page } from '@playwright/test';
import { CARD_HOST, expect, openCard, promptChip, test } from './support/fixtures';

type Box = { x: number; y: number; width: number; height: number };

const overlap = (a: Box, b: Box) => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

/** The line the caret is on, across the whole editor: what the writer is looking at. */
async function caretLine(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const editor = document.querySelector('[contenteditable]') as HTMLElement;
    const range = getSelection()?.getRangeAt(0);
    const rects = range ? [...range.getClientRects()] : [];
    const block = range?.startContainer.parentElement ?? editor;
    const line = rects.at(-1) ?? block.getBoundingClientRect();
    const e = editor.getBoundingClientRect();
    return { x: e.left, y: line.top, width: e.width, height: line.height };
  });
}

async function editorBox(page: Page): Promise<Box> {
  return (await page.getByRole('textbox', { name: 'Document editor' }).boundingBox()) as Box;
}

const viewports = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

for (const viewport of viewports) {
  for (const file of ['wide-agenda.html', 'wide-strategy.html']) {
    test(`${file} at ${viewport.width}×${viewport.height}: the chip is small and the open card keeps the caret line clear`, async ({
      context,
      server,
      enableLocalSite,
    }) => {
      await enableLocalSite({ siteCooldownMinutes: 0 });
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${server.origin}/${file}`);
      const chip = promptChip(page);
      await expect(chip).toBeVisible();

      const editor = await editorBox(page);
      const chipBox = (await chip.boundingBox()) as Box;
      expect(overlap(chipBox, editor) / (editor.width * editor.height)).toBeLessThanOrEqual(0.02);

      // Writing on lines near the top, the middle and the bottom of the window, with the card open.
      for (const line of ['#line-2', '#line-6', '#line-10']) {
        await page.locator(line).click();
        await page.keyboard.press('End');
        await page.keyboard.type(' More.');
        const card =
          (await page.getByRole('complementary').count()) > 0
            ? page.getByRole('complementary')
            : await openCard(page);
        await page.locator(line).click();
        await page.keyboard.press('End');
        await page.keyboard.type(' Yes.');
        await expect
          .poll(async () => overlap((await card.boundingBox()) as Box, await caretLine(page)), {
            message: `the open card leaves ${line}'s caret line clear`,
          })
          .toBe(0);
      }
    });
  }
}

test('at a small window the card, grown by "Ask others", stays inside the window and scrolls within itself', async ({
  context,
  server,
  enableLocalSite,
}) => {
  await enableLocalSite({ siteCooldownMinutes: 0 });
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${server.origin}/agenda.html`);
  const card = await openCard(page);
  await card.getByRole('button', { name: 'Ask others' }).click();
  await expect(card.getByRole('button', { name: 'Copy the invitation' })).toBeVisible();
  // Its padding and border count inside its height: nothing of it hangs below the window's edge.
  await expect
    .poll(async () => {
      const box = (await card.boundingBox()) as Box;
      return box.y >= 0 && box.y + box.height <= 600;
    })
    .toBe(true);
  await expect.poll(() => card.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
});

test('Esc from inside the editor closes an open card, and the editor still gets the key', async ({
  context,
  server,
  enableLocalSite,
}) => {
  await enableLocalSite({ siteCooldownMinutes: 0 });
  const page = await context.newPage();
  await page.goto(`${server.origin}/wide-agenda.html`);
  await page.evaluate(() => {
    (window as unknown as { escapes: number }).escapes = 0;
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') (window as unknown as { escapes: number }).escapes += 1;
    });
  });
  const card = await openCard(page);
  await page.locator('#line-3').click();
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(promptChip(page)).toBeVisible();
  await expect(page.locator(CARD_HOST)).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { escapes: number }).escapes)).toBe(1);
});
