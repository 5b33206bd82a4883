import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PromptEvent } from '../../src/prompts/events';
import { localDate } from '../../src/reflections/local-date';
import type { Reflection } from '../../src/reflections/model';
import { listPromptEvents, type PomDb } from '../../src/reflections/store';
import { journeyOf, journeySummary } from '../../src/together/journey-of';
import { Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { JourneyChart } from '../../src/ui/journey-chart';
import { storeMessage } from './store-message';

/** The movement journey: a picture of the months, its summary in words and the numbers in a table. */
export function Journey({ db, reflections }: { db: PomDb | null; reflections: readonly Reflection[] }) {
  const [events, setEvents] = useState<PromptEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!db) return;
    listPromptEvents(db).then(setEvents, (e: unknown) => {
      setError(storeMessage(e));
      setEvents([]);
    });
  }, [db]);
  const journey = useMemo(
    () => journeyOf(reflections, events ?? [], localDate(new Date()).slice(0, 7)),
    [reflections, events],
  );
  const summary = journeySummary(journey);
  return (
    <section aria-labelledby="journey-intro">
      <p id="journey-intro">{t('journeyIntro')}</p>
      {error && <Notice tone="error">{error}</Notice>}
      {events === null ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <p>{summary}</p>
          {journey.months.length > 0 && <JourneyChart months={journey.months} summary={summary} />}
        </>
      )}
    </section>
  );
}
