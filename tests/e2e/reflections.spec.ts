import { readStore } from './support/extension-data';
import { expect, test } from './support/fixtures';

test('a draft survives closing the popup, and is cleared only by saving', async ({ openExtensionPage }) => {
  const first = await openExtensionPage('popup.html');
  await first.getByLabel('What happened?').fill('Team huddle about the discharge plan');
  await first.getByLabel('So what? What did you learn?').fill('We never asked families');
  // The draft is in the extension's database before the popup closes.
  await expect
    .poll(async () => JSON.stringify(await readStore(first, 'drafts')))
    .toContain('We never asked families');
  await first.close();

  const second = await openExtensionPage('popup.html');
  await expect(second.getByLabel('What happened?')).toHaveValue('Team huddle about the discharge plan');
  await expect(second.getByLabel('So what? What did you learn?')).toHaveValue('We never asked families');
  await second.getByLabel('Title').fill('Discharge huddle');
  await second.getByRole('button', { name: 'Save reflection' }).click();
  await expect(second.getByText('Saved to your reflection log.')).toBeVisible();
  await expect(
    second.getByRole('region', { name: 'Recent reflections' }).getByText('Discharge huddle'),
  ).toBeVisible();
  await second.close();

  const third = await openExtensionPage('popup.html');
  await expect(third.getByLabel('What happened?')).toHaveValue('');
});

test('a saved reflection is still there after the service worker stops and the page reloads', async ({
  context,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByLabel('Title').fill('Co-design session reflections');
  await popup.getByLabel('What happened?').fill('Carers reshaped the questions before the event.');
  await popup.getByRole('button', { name: 'Save reflection' }).click();
  await expect(popup.getByText('Saved to your reflection log.')).toBeVisible();

  const cdp = await context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await popup.reload();
  await expect(
    popup.getByRole('region', { name: 'Recent reflections' }).getByText('Co-design session reflections'),
  ).toBeVisible();
  const stored = await readStore<{ title: string }>(popup, 'reflections');
  expect(stored.map((r) => r.title)).toEqual(['Co-design session reflections']);
});

test('Reflect on selection opens capture with the quote', async ({
  context,
  server,
  worker,
  enableLocalSite,
}) => {
  await enableLocalSite();
  const page = await context.newPage();
  await page.goto(`${server.origin}/leaflet.html`);
  const selected = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) =>
      el.textContent?.includes('agreed between you'),
    );
    if (!p) return '';
    getSelection()?.selectAllChildren(p);
    return getSelection()?.toString() ?? '';
  });
  expect(selected).toContain('agreed between you');
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html?window=1') });
  // The native context menu cannot be clicked by automation; this calls the same handler its click does.
  await worker.evaluate(
    ({ text, title, url }) =>
      (
        globalThis as unknown as {
          pomTestHooks: { reflectOnSelection: (t: string, p: object) => Promise<void> };
        }
      ).pomTestHooks.reflectOnSelection(text, { title, url }),
    { text: selected, title: await page.title(), url: page.url() },
  );
  const capture = await opened;
  await expect(capture.getByLabel('What happened?')).toHaveValue(new RegExp(`“${selected.slice(0, 30)}`));
  await expect(capture.getByLabel('Page title')).toHaveValue(/Your care plan after a fall/);
});

test('a web page cannot read or write reflections', async ({
  openSitePage,
  extensionId,
  enableLocalSite,
  openExtensionPage,
}) => {
  await enableLocalSite();
  const popup = await openExtensionPage('popup.html');
  await popup.getByLabel('Title').fill('Private thought');
  await popup.getByLabel('What happened?').fill('Only mine.');
  await popup.getByRole('button', { name: 'Save reflection' }).click();
  await expect(popup.getByText('Saved to your reflection log.')).toBeVisible();

  const page = await openSitePage('agenda.html');
  const attempts = await page.evaluate(async (id) => {
    const results: string[] = [];
    const runtime = (
      globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }
    ).chrome?.runtime;
    if (!runtime?.sendMessage) results.push('no runtime messaging for pages');
    else {
      try {
        results.push(JSON.stringify(await runtime.sendMessage(id, { type: 'reflections:list' })));
      } catch (e) {
        results.push(`refused: ${(e as Error).message}`);
      }
    }
    window.postMessage({ type: 'prompt:reflect', visitId: 'xxxxxxxxxx', promptId: 'a', pageTitle: 'x' }, '*');
    document.dispatchEvent(new CustomEvent('power-of-many', { detail: { type: 'save' } }));
    const local = await new Promise<string[]>((resolve) => {
      const open = indexedDB.open('power-of-many');
      open.onsuccess = () => resolve([...open.result.objectStoreNames]);
      open.onerror = () => resolve(['error']);
    });
    results.push(`page-origin stores: ${local.join(',') || 'none'}`);
    return results;
  }, extensionId);
  expect(attempts.join('\n')).not.toContain('Private thought');
  expect(attempts).toContain('page-origin stores: none');

  const stored = await readStore<{ title: string }>(popup, 'reflections');
  expect(stored.map((r) => r.title)).toEqual(['Private thought']);
});
