import { useEffect, useState } from 'preact/hooks';
import { localDate } from '../../src/reflections/local-date';
import type { Reflection } from '../../src/reflections/model';
import { listReflections, type PomDb } from '../../src/reflections/store';
import { overdueCommitments } from '../../src/together/commitments';
import { t } from '../../src/ui/i18n';

/** Commitments past their date that nobody has looked back on yet; nothing at all when there are none. */
export function Overdue({ db, version }: { db: PomDb | null; version: unknown }) {
  const [overdue, setOverdue] = useState<Reflection[]>([]);
  useEffect(() => {
    if (!db) return;
    listReflections(db).then(
      (all) => setOverdue(overdueCommitments(all, localDate(new Date())).slice(0, 3)),
      () => setOverdue([]),
    );
  }, [db, version]);
  if (overdue.length === 0) return null;
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{t('overdueHeading')}</h2>
      <ul class="recent">
        {overdue.map((r) => (
          <li key={r.id}>
            <a href={`/options.html#edit/${r.id}`} target="_blank" rel="noopener">
              {t('overdueItem', [r.nowWhat.slice(0, 80) || r.title, r.commitment?.due ?? ''])}
            </a>
          </li>
        ))}
      </ul>
      <p class="pom-hint">{t('overdueHint')}</p>
    </section>
  );
}
