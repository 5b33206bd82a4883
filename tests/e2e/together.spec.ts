import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { docxParagraphs } from '../unit/export/docx-text';
import { readStore, tabIdOf } from './support/extension-data';
import { expect, openCard, test } from './support/fixtures';
import { launchFreshProfile } from './support/fresh-profile';

type Stored = {
  id: string;
  title: string;
  soWhat: string;
  group?: { participants: unknown[]; decided: string };
};

test('pass a prompt on from the popup: the invitation is written, editable and copied; nothing is sent', async ({
  openCardOn,
  openExtensionPage,
  worker,
}) => {
  const { page, card } = await openCardOn('agenda.html');
  await expect(card).toBeVisible({ timeout: 15_000 });
  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(worker, page)}`);
  await popup.getByRole('button', { name: 'Ask others' }).click();
  await popup.getByRole('radio', { name: 'A patient partner' }).check();
  await popup.getByLabel('What it is about (optional)').fill('the ward meeting agenda');
  const invitation = popup.getByLabel('Invitation');
  await expect(invitation).toHaveValue(/^Hello,\n/);
  await expect(invitation).toHaveValue(/the ward meeting agenda/);
  await expect(invitation).toHaveValue(/Could you reply by /);
  await invitation.fill(`${await invitation.inputValue()}\nSister on Ward 7`);
  const email = popup.getByRole('link', { name: 'Open in e-mail' });
  await expect(email).toHaveAttribute('href', /^mailto:\?subject=.*Sister%20on%20Ward%207/);

  await popup.getByRole('button', { name: 'Copy the invitation' }).click();
  await expect(popup.getByText('Copied. Paste it into an e-mail or a Teams message.')).toBeVisible();
  // What was copied, read back the way a user would: pasted into another field.
  const what = popup.getByLabel('What happened?');
  await what.focus();
  await popup.keyboard.press('ControlOrMeta+V');
  await expect(what).toHaveValue(await invitation.inputValue());

  const events = await readStore<{ kind: string; promptId: string }>(popup, 'promptEvents');
  const passed = events.filter((e) => e.kind === 'passed-on');
  expect(passed).toHaveLength(1);
  expect(JSON.stringify(passed)).not.toContain('Ward 7');
});

async function fillGroupReflection(popup: Page) {
  await popup.getByLabel('Title').fill('Discharge letters debrief');
  await popup
    .getByLabel('What happened?')
    .fill('We read our discharge letters aloud with the people who receive them.');
  await popup.getByLabel('So what? What did you learn?').fill('Plain words matter more than I thought.');
  await popup.getByLabel('We reflected on this as a group').check();
  await popup.getByLabel('Role of group 1').fill('patient partners');
  await popup.getByLabel('How many in group 1').fill('2');
  await popup.getByRole('button', { name: 'Add another role' }).click();
  await popup.getByLabel('Role of group 2').fill('the ward team');
  await popup.getByLabel('What the group decided').fill('Rewrite the letter template together.');
  await popup.getByRole('button', { name: 'Save reflection' }).click();
  await expect(popup.getByText(/^Saved/)).toBeVisible();
}

test('a group reflection is exported, imported in a second profile, and the importer adds their own learning', async ({
  openExtensionPage,
}) => {
  // It starts a second browser profile as well as this one.
  test.slow();
  const popup = await openExtensionPage('popup.html');
  await fillGroupReflection(popup);

  const log = await openExtensionPage('options.html#log');
  await expect(log.getByText('Group reflection', { exact: true })).toBeVisible();
  await expect(log.getByText('With 2 patient partners, the ward team')).toBeVisible();
  const downloading = log.waitForEvent('download');
  await log.getByRole('button', { name: 'Share “Discharge letters debrief” as a group file' }).click();
  const download = await downloading;
  const file = path.join(os.tmpdir(), `pom-group-${Date.now()}.json`);
  await download.saveAs(file);

  const second = await launchFreshProfile();
  try {
    const options = await second.openExtensionPage('options.html#export');
    await options.getByLabel('Group reflection file').setInputFiles(file);
    await expect(options.getByText(/The group reflection is in your log/)).toBeVisible();
    await options.getByLabel('Group reflection file').setInputFiles(file);
    await expect(
      options.getByText('This group reflection is already in your log, so nothing was added.'),
    ).toBeVisible();
    const [imported] = await readStore<Stored>(options, 'reflections');
    expect(imported?.soWhat).toBe('');
    await options.goto(`chrome-extension://${second.extensionId}/options.html#edit/${imported?.id}`);
    await options
      .getByLabel('So what? What did you learn?')
      .fill('As the ward pharmacist, I will check the medicines section with them.');
    await options.getByRole('button', { name: 'Save changes' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
    const [after] = await readStore<Stored>(options, 'reflections');
    expect(after).toMatchObject({
      title: 'Discharge letters debrief',
      soWhat: 'As the ward pharmacist, I will check the medicines section with them.',
      group: { decided: 'Rewrite the letter template together.' },
    });
    expect(after?.group?.participants).toHaveLength(2);
    // The sender's own learning never left their profile.
    expect(JSON.stringify(after)).not.toContain('Plain words matter');
  } finally {
    await second.close();
  }
});

test('the journey view draws from ten reflections and passes axe', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#journey');
  await expect(options.getByRole('heading', { name: 'My movement journey' })).toBeVisible();
  await options.evaluate(async () => {
    const roles = ['lone-wolf', 'mobiliser', 'organiser'];
    const records = Array.from({ length: 10 }, (_, i) => ({
      schemaVersion: 2,
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      occurredOn: `2026-${String(6 + Math.floor(i / 2)).padStart(2, '0')}-1${i % 2}`,
      title: `Reflection ${i + 1}`,
      what: i % 3 === 0 ? 'We asked patients and carers first.' : 'We planned the rota.',
      soWhat: '',
      nowWhat: '',
      tags: [],
      nmc: { themes: [] },
      gmc: { domains: [] },
      movementRole: roles[i % 3],
      discussed: { withColleague: false },
      pii: [],
      ...(i === 9 && {
        group: {
          groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
          participants: [{ role: 'patient partners', count: 2 }],
          decided: '',
        },
      }),
    }));
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('power-of-many');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('reflections', 'readwrite');
        for (const r of records) tx.objectStore('reflections').put(r);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  await options.reload();
  const picture = options.getByRole('img', {
    name: /^Over \d+ months: 10 reflections; 3 as an organiser, 3 as a mobiliser, 4 as a lone wolf;/,
  });
  await expect(picture).toBeVisible();
  await expect(picture.locator('rect.journey-organiser')).toHaveCount(3);
  await options.getByText('Show the numbers').click();
  const table = options.getByRole('table', { name: 'Moves and working with others, by month' });
  await expect(table.getByRole('row', { name: /^November 2026/ })).toBeVisible();
  await expect(
    table
      .getByRole('row', { name: /October 2026/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('2');
  const results = await new AxeBuilder({ page: options })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // The appraisal print view carries the journey as a one-page table only when the box is ticked.
  await options
    .getByRole('navigation', { name: 'Reflection log sections' })
    .getByRole('link', { name: 'Export and backup', exact: true })
    .click();
  await options
    .getByLabel('Format', { exact: true })
    .selectOption({ label: 'Appraisal reflective notes (print or PDF)' });
  const tick = options.getByLabel(/^Add my movement journey as a one-page summary/);
  await expect(tick).not.toBeChecked();
  await tick.check();
  // The print dialogue is the browser's own; the page it prints from is what is checked here.
  await options.evaluate(() => {
    window.print = () => undefined;
  });
  await options.getByRole('button', { name: 'Export', exact: true }).click();
  const summary = options.getByRole('table', {
    name: 'Movement journey: what I did over the period, and how often',
  });
  await expect(options.getByRole('heading', { name: 'My movement journey', level: 2 })).toBeVisible();
  await expect(summary.getByRole('row', { name: /^Worked as an organiser/ }).getByRole('cell')).toHaveText(
    '3',
  );
  await expect(summary.getByRole('row', { name: /^Co-produced outputs/ }).getByRole('cell')).toHaveText('1');
});

test('a commitment past its date makes the next planning page ask how it went; the answer reaches the reflection and NMC Q3', async ({
  enableLocalSite,
  openExtensionPage,
  context,
  server,
}, testInfo) => {
  await enableLocalSite({ siteCooldownMinutes: 0, profession: 'nurse-midwife' });
  const options = await openExtensionPage('options.html');
  const id = '5b0c8a52-3f6e-4c1d-9a7e-2d4f6b8c0e13';
  await options.evaluate(async (reflectionId) => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const record = {
      schemaVersion: 2,
      id: reflectionId,
      createdAt: '2026-10-01T10:00:00.000Z',
      updatedAt: '2026-10-01T10:00:00.000Z',
      occurredOn: '2026-10-01',
      title: 'Agenda set before the patient panel saw it',
      what: 'We fixed the outpatients agenda before asking the patient panel.',
      soWhat: 'People shape a plan best before it is fixed.',
      nowWhat: 'Send the next draft agenda to the panel chair first.',
      context: 'agenda',
      commitment: { due: yesterday, involves: 'the panel chair', followUps: [] },
      tags: [],
      nmc: { themes: ['prioritise-people'], activities: ['experience'] },
      gmc: { domains: [] },
      discussed: { withColleague: false },
      pii: [],
    };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('power-of-many');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('reflections', 'readwrite');
        tx.objectStore('reflections').put(record);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, id);

  const page = await context.newPage();
  await page.goto(`${server.origin}/agenda.html`);
  const card = await openCard(page);
  const check = card.getByRole('group', {
    name: /^How did it go: Send the next draft agenda to the panel chair first/,
  });
  await expect(check).toBeVisible();
  await check.getByRole('button', { name: 'Done', exact: true }).click();
  await check.getByLabel('A short note (optional)').fill('The chair added two items and the panel came.');
  await check.getByRole('button', { name: 'Add to my reflection' }).click();
  await expect(card.getByText('Thank you. Your answer is now part of that reflection.')).toBeVisible();

  const [saved] = (
    await readStore<{ id: string; changed?: string; commitment?: { followUps: { outcome: string }[] } }>(
      options,
      'reflections',
    )
  ).filter((r) => r.id === id);
  expect(saved?.commitment?.followUps.map((f) => f.outcome)).toEqual(['done']);
  expect(saved?.changed).toContain('The chair added two items and the panel came.');

  await options.bringToFront();
  await options.reload();
  await options
    .getByRole('navigation', { name: 'Reflection log sections' })
    .getByRole('link', { name: 'Export and backup', exact: true })
    .click();
  await options
    .getByLabel('Format', { exact: true })
    .selectOption({ label: 'NMC reflective accounts (Word)' });
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await downloading;
  const savedPath = path.join(testInfo.outputDir, file.suggestedFilename());
  await file.saveAs(savedPath);
  const paragraphs = docxParagraphs(fs.readFileSync(savedPath));
  const q3 = paragraphs.findIndex(
    (p) => p.text === 'How did you change or improve your practice as a result?',
  );
  expect(paragraphs[q3 + 1]?.text).toContain('The chair added two items and the panel came.');
});
