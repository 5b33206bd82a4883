import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../unit/export/docx-text';
import {
  byLabel,
  byRole,
  clickSteady,
  decided,
  downloaded,
  type FirefoxSession,
  fieldValue,
  fill,
  launchFirefox,
  openCard,
  putRecords,
  readStore,
  seeText,
  selectByLabel,
  until,
} from './support';

type Stored = {
  id: string;
  title: string;
  soWhat: string;
  changed?: string;
  group?: { participants: unknown[]; decided: string };
  commitment?: { followUps: { outcome: string }[] };
};

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
  // The card shows on the same demo page in two tests: no cool-down, no daily cap in the way.
  await session.enableLocalSite({ siteCooldownMinutes: 0, dailyCap: 20 });
});

afterAll(async () => {
  await session?.close();
});

async function fillGroupReflection(popup: Page) {
  await fill(await byLabel(popup, 'Title'), 'Discharge letters debrief');
  await fill(
    await byLabel(popup, 'What happened?'),
    'We read our discharge letters aloud with the people who receive them.',
  );
  await fill(await byLabel(popup, 'So what? What did you learn?'), 'Plain words matter more than I thought.');
  await (await byRole(popup, 'checkbox', 'We reflected on this as a group')).click();
  await fill(await byLabel(popup, 'Role of group 1'), 'patient partners');
  await fill(await byLabel(popup, 'How many in group 1'), '2');
  await (await byRole(popup, 'button', 'Add another role')).click();
  await fill(await byLabel(popup, 'Role of group 2'), 'the ward team');
  await fill(await byLabel(popup, 'What the group decided'), 'Rewrite the letter template together.');
  await (await byRole(popup, 'button', 'Save reflection')).click();
  await seeText(popup, 'Saved');
}

describe('The power of many in Firefox ESR (#17)', () => {
  it('passes a prompt on from the card: the invitation is written, editable and copied; nothing is sent', async () => {
    const page = await session.openSitePage('agenda.html');
    const card = await openCard(page);
    await clickSteady(await byRole(card, 'button', 'Ask others'));
    await clickSteady(await byRole(card, 'radio', 'A patient partner'));
    await fill(await byLabel(card, 'What it is about (optional)'), 'the ward meeting agenda');
    const invitation = await byLabel(card, 'Invitation');
    const written = await fieldValue(invitation);
    expect(written).toMatch(/^Hello,\n/);
    expect(written).toContain('the ward meeting agenda');
    expect(written).toContain('Could you reply by ');
    await invitation.focus();
    await invitation.evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      area.setSelectionRange(area.value.length, area.value.length);
    });
    await invitation.type('\nSister on Ward 7');
    const edited = await fieldValue(invitation);
    expect(edited).toBe(`${written}\nSister on Ward 7`);
    const email = await byRole(card, 'link', 'Open in e-mail');
    expect(await email.evaluate((a) => a.getAttribute('href'))).toMatch(
      /^mailto:\?subject=.*Sister%20on%20Ward%207/,
    );

    await clickSteady(await byRole(card, 'button', 'Copy the invitation'));
    await seeText(card, 'Copied. Paste it into an e-mail or a Teams message.');
    // What was copied, read back the way a user would: pasted into the page's own notes field.
    const notes = await byLabel(page, 'Notes for the chair');
    await notes.focus();
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyV');
    await page.keyboard.up('Control');
    expect(
      await until(
        () => fieldValue(notes),
        (v) => v !== '',
        'the pasted invitation',
      ),
    ).toBe(edited);

    // Recorded that it was passed on, with no text; nothing was sent (the user sends it themselves).
    const extension = await session.anExtensionPage();
    const passed = await until(
      async () =>
        (await readStore<{ kind: string }>(extension, 'promptEvents')).filter((e) => e.kind === 'passed-on'),
      (events) => events.length > 0,
      'a passed-on event',
    );
    expect(passed).toHaveLength(1);
    expect(JSON.stringify(passed)).not.toContain('Ward 7');
    await page.close();
  });

  it('exports a group reflection, imports it in a second profile, and the importer adds their own learning', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await fillGroupReflection(popup);

    const log = await session.openExtensionPage('options.html#log');
    await seeText(log, 'Group reflection');
    await seeText(log, 'With 2 patient partners, the ward team');
    await (await byRole(log, 'button', 'Share “Discharge letters debrief” as a group file')).click();
    const file = path.join(os.tmpdir(), `pom-firefox-group-${Date.now()}.json`);
    fs.writeFileSync(file, await downloaded(session, /^power-of-many-group-reflection-.*\.json$/));

    const second = await launchFirefox();
    try {
      const options = await second.openExtensionPage('options.html#export');
      const input = (await byLabel(options, 'Group reflection file')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
      await seeText(options, 'The group reflection is in your log');
      // The same file again: refused as a duplicate, nothing added.
      const again = (await byLabel(options, 'Group reflection file')) as ElementHandle<HTMLInputElement>;
      await again.uploadFile(file);
      await seeText(options, 'This group reflection is already in your log, so nothing was added.');
      const [imported] = await readStore<Stored>(options, 'reflections');
      expect(imported?.soWhat).toBe('');

      await options.evaluate((id) => {
        location.hash = `#edit/${id}`;
      }, imported?.id ?? '');
      await fill(
        await byLabel(options, 'So what? What did you learn?'),
        'As the ward pharmacist, I will check the medicines section with them.',
      );
      await (await byRole(options, 'button', 'Save changes')).click();
      await seeText(options, 'Changes saved.');
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
      fs.rmSync(file, { force: true });
    }
  });

  it('a commitment past its date makes the next planning page ask how it went; the answer reaches the reflection and NMC Q3', async () => {
    const options = await session.openExtensionPage('options.html#log');
    await byRole(options, 'navigation', 'Reflection log sections');
    const id = '5b0c8a52-3f6e-4c1d-9a7e-2d4f6b8c0e13';
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await putRecords(options, 'reflections', [
      {
        schemaVersion: 2,
        id,
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
      },
    ]);

    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/agenda.html`);
    expect(await decided(page)).toBe('planning shown');
    const card = await openCard(page);
    const groups = await card.$$('::-p-aria([role="group"])');
    const names = await Promise.all(groups.map((g) => g.evaluate((el) => el.textContent ?? '')));
    const check = groups[names.findIndex((n) => n.startsWith('How did it go: Send the next draft agenda'))];
    if (!check) throw new Error(`No "How did it go" question on the card; groups: ${names.join(' | ')}`);
    await clickSteady(await byRole(check, 'button', 'Done'));
    await fill(
      await byLabel(check, 'A short note (optional)'),
      'The chair added two items and the panel came.',
    );
    await clickSteady(await byRole(check, 'button', 'Add to my reflection'));
    await seeText(card, 'Thank you. Your answer is now part of that reflection.');

    const saved = (await readStore<Stored>(options, 'reflections')).find((r) => r.id === id);
    expect(saved?.commitment?.followUps.map((f) => f.outcome)).toEqual(['done']);
    expect(saved?.changed).toContain('The chair added two items and the panel came.');

    // A fresh options page reads the log as the answer left it.
    const exportPage = await session.openExtensionPage('options.html#export');
    await selectByLabel(await byRole(exportPage, 'combobox', 'Format'), 'NMC reflective accounts (Word)');
    await (await byRole(exportPage, 'button', 'Export')).click();
    const paragraphs = docxParagraphs(await downloaded(session, /\.docx$/));
    const answers = paragraphs.flatMap((p, i) =>
      p.text === 'How did you change or improve your practice as a result?'
        ? [paragraphs[i + 1]?.text ?? '']
        : [],
    );
    expect(answers.some((a) => a.includes('The chair added two items and the panel came.'))).toBe(true);
  });
});
