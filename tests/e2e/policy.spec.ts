import fs from 'node:fs';
import path from 'node:path';
import { expect, openCard, test } from './support/fixtures';

// Chromium reads organisation policy from this folder at start-up; 3rdparty policy reaches storage.managed.
const policyDir = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const policyFile = path.join(policyDir, 'power-of-many-e2e.json');
const testExtensionId = 'aeogjoofgifjkefgikfflojdlglfeppf';
const orgPromptText = 'Which local community groups could co-host the next one of these meetings with you?';

const policy = {
  '3rdparty': {
    extensions: {
      [testExtensionId]: {
        sites: ['http://127.0.0.1/*'],
        defaultProfession: 'nurse-midwife',
        maxDailyCap: 5,
        // Leave one category on, and give it the organisation's own agenda prompt.
        disabledCategories: [
          'what-matters',
          'who-is-missing',
          'sharing-power',
          'organising',
          'peer-support',
          'story',
          'collective-action',
          'access-and-equality',
          'strengths-and-assets',
          'recognition-and-momentum',
        ],
        promptPack: {
          name: 'Northbrook Community Health',
          prompts: [
            {
              id: 'northbrook-community-cohost',
              text: orgPromptText,
              why: 'Meetings co-hosted with community groups start from what matters locally, not from our agenda.',
              source: 'Northbrook engagement strategy',
              category: 'relationships',
              contexts: ['agenda', 'engagement'],
              // Built-in relationship prompts fit agendas too; a condition the demo agenda meets puts this first.
              when: { missingVoices: ['carers'] },
              shift: 'From consulting to co-producing',
              try: 'Ask the Healthwatch lead which group to invite first.',
            },
          ],
        },
      },
    },
  },
};

test.beforeAll(() => {
  try {
    fs.mkdirSync(policyDir, { recursive: true });
    fs.writeFileSync(policyFile, JSON.stringify(policy));
  } catch (error) {
    throw new Error(
      `Could not write the Chromium policy file ${policyFile} (${(error as Error).message}). Run the tests as root, as CI does, or set CHROMIUM_POLICY_DIR.`,
    );
  }
});
test.afterAll(() => fs.rmSync(policyFile, { force: true }));

test('an organisation policy presets a site and its own prompt, shown as set by the organisation', async ({
  context,
  server,
  worker,
  openExtensionPage,
}) => {
  const managed = await worker.evaluate(() => chrome.storage.managed.get(null));
  expect(managed).toMatchObject({ sites: ['http://127.0.0.1/*'] });

  const page = await context.newPage();
  await page.goto(`${server.origin}/agenda.html`);
  const card = await openCard(page);
  await expect(card).toBeVisible();
  await expect(card.getByText(orgPromptText)).toBeVisible();

  const settings = await openExtensionPage('options.html#settings');
  await expect(settings.getByText('Your organisation allows between 0 and 5.')).toBeVisible();
  await expect(
    settings.getByText(/Your organisation's pack “Northbrook Community Health” adds 1 prompts/),
  ).toBeVisible();
  await expect(
    settings
      .getByRole('listitem')
      .filter({ hasText: 'http://127.0.0.1/*' })
      .getByText('Set by your organisation'),
  ).toBeVisible();
});
