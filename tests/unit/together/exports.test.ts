import { describe, expect, it } from 'vitest';
import { toAppraisalNotes } from '../../../src/export/appraisal';
import { csvColumns, toCsv } from '../../../src/export/csv';
import { toMarkdown } from '../../../src/export/markdown';
import { toNmcAccounts } from '../../../src/export/nmc';
import { makeReflection } from '../../support/factory';
import { parseCsv } from '../export/csv-parse';

const together = makeReflection({
  what: 'We went through the discharge letters with the people who receive them.',
  group: {
    groupId: '6f1d3a2e-8b4c-4d5e-9f60-7a8b9c0d1e2f',
    participants: [
      { role: 'patient partners', count: 2 },
      { role: 'the ward team', count: 1 },
    ],
    decided: 'Rewrite the letter template with them.',
  },
  commitment: {
    due: '2026-12-12',
    involves: 'the PPG chair',
    followUps: [{ at: '2026-12-13T09:00:00Z', outcome: 'partly', note: '' }],
  },
});
const alone = makeReflection({ what: 'A handover on a busy shift.' });

describe('exports show reflections made together as such', () => {
  it('NMC: question 1 says it was a group reflection, with whom by role, and what the group decided', () => {
    const [first, second] = toNmcAccounts([together, alone]).sort((a, b) => a.title.localeCompare(b.title));
    const q1 = [first, second].find((a) => a?.reflectionId === together.id)?.answers[0].answer;
    expect(q1).toBe(
      'Group reflection with 2 patient partners, the ward team.\nWhat the group decided: Rewrite the letter template with them.\n\nWe went through the discharge letters with the people who receive them.',
    );
    expect(toNmcAccounts([alone])[0]?.answers[0].answer).toBe('A handover on a busy shift.');
  });

  it('appraisal: the activity says it was a group reflection', () => {
    const note = toAppraisalNotes([together])[0];
    expect(JSON.stringify(note)).toContain('Group reflection with 2 patient partners, the ward team.');
  });

  it('CSV: columns for the group and the commitment, empty for a reflection made alone', () => {
    const rows = parseCsv(toCsv([together, alone]));
    const col = (name: string) => csvColumns.indexOf(name as (typeof csvColumns)[number]);
    const [, withGroup, without] = rows;
    expect(withGroup?.[col('group reflection with')]).toBe('2 patient partners, the ward team');
    expect(withGroup?.[col('what the group decided')]).toBe('Rewrite the letter template with them.');
    expect(withGroup?.[col('commitment')]).toBe('By 12 December 2026, with the PPG chair (partly done)');
    expect(without?.[col('group reflection with')]).toBe('');
  });

  it('Markdown: a "Made together" line and the commitment', () => {
    const md = toMarkdown([together]);
    expect(md).toContain('- **Made together:** Group reflection with 2 patient partners, the ward team');
    expect(md).toContain('- **What the group decided:** Rewrite the letter template with them.');
    expect(md).toContain('- **Commitment:** By 12 December 2026, with the PPG chair (partly done)');
    expect(toMarkdown([alone])).not.toContain('Made together');
  });
});

describe('a commitment\'s follow-up reaches "What I changed"', () => {
  it("lands in the NMC account's question 3", async () => {
    const { answerCommitment } = await import('../../../src/together/commitment-ask');
    const { installMessages, lookupFromMessages } = await import('../../../src/ui/i18n');
    const messages = (await import('../../../public/_locales/en_GB/messages.json')).default;
    installMessages(lookupFromMessages(messages));
    const due = makeReflection({
      commitment: { due: '2026-11-20', involves: 'the PPG chair', followUps: [] },
    });
    const answered = answerCommitment(
      due,
      { reflectionId: due.id, outcome: 'partly', note: 'The chair agreed; the board has not seen it yet.' },
      { now: new Date('2026-11-29T10:00:00Z'), today: '2026-11-29' },
    );
    expect(answered).not.toBeNull();
    const q3 = toNmcAccounts([answered as typeof due])[0]?.answers[2];
    expect(q3?.answer).toBe('29 November 2026, partly: The chair agreed; the board has not seen it yet.');
  });
});
