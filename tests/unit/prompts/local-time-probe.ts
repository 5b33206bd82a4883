/**
 * Run by local-time.test.ts in a child process with TZ set, because a TZ set inside Vitest's worker threads does
 * not change their clock. Prints, as JSON, how quiet hours and the daily count read fixed UTC instants.
 */
import { PromptEvent } from '../../../src/prompts/events';
import { isQuiet, visitsShownToday } from '../../../src/prompts/select';

const evening = { enabled: true, start: '18:30', end: '08:00' };

const shown = (at: string, visitId: string) =>
  PromptEvent.parse({
    id: `00000000-0000-4000-8000-${visitId.padStart(12, '0')}`,
    promptId: 'alpha',
    kind: 'shown',
    at,
    site: 'nhs.sharepoint.com',
    context: 'agenda',
    visitId,
  });

const history = [shown('2026-07-01T22:59:00Z', '1'), shown('2026-07-01T23:01:00Z', '2')];

process.stdout.write(
  JSON.stringify({
    quietAt1745ZInJuly: isQuiet(evening, new Date('2026-07-01T17:45:00Z')),
    quietAt1745ZInJanuary: isQuiet(evening, new Date('2026-01-15T17:45:00Z')),
    quietAt0730ZInJuly: isQuiet(evening, new Date('2026-07-02T07:30:00Z')),
    visitsTodayAt0800ZOn2July: visitsShownToday(history, new Date('2026-07-02T08:00:00Z')),
  }),
);
