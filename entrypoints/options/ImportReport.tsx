import type { ImportPlan } from '../../src/export/import-plan';
import type { Reflection } from '../../src/reflections/model';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatCount, formatLongDate, formatMonthYear } from './format';

type Props = {
  fileName: string;
  plan: ImportPlan;
  keepsSettingsAndPacks: boolean;
  /** What the file held that is not imported (unknown fields, unreadable settings or packs). */
  notes: readonly string[];
  /** When the file's revalidation record last changed, or null if it holds none. */
  revalidationUpdatedAt: string | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Long lists stay readable: the first few, then how many more. */
const SHOWN = 50;

function Titles({ reflections }: { reflections: readonly Reflection[] }) {
  if (reflections.length === 0) return null;
  const more = reflections.length - SHOWN;
  return (
    <ul class="report-list">
      {reflections.slice(0, SHOWN).map((r) => (
        <li key={r.id}>{t('importItem', [r.title, formatMonthYear(r.occurredOn)])}</li>
      ))}
      {more > 0 && <li>{t('importMore', formatCount(more))}</li>}
    </ul>
  );
}

/** What importing this file would do, before anything is written. */
export function ImportReport(props: Props) {
  const { fileName, plan, keepsSettingsAndPacks, notes, revalidationUpdatedAt, busy, onConfirm, onCancel } =
    props;
  const changes =
    plan.add.length + plan.update.length + plan.promptEvents.length + (revalidationUpdatedAt ? 1 : 0);
  return (
    <section aria-labelledby="import-report-heading">
      <h4 id="import-report-heading">{t('importReportHeading', fileName)}</h4>
      <p>
        <strong>{t('importWillAdd', formatCount(plan.add.length))}</strong>
      </p>
      <Titles reflections={plan.add} />
      <p>
        <strong>{t('importWillUpdate', formatCount(plan.update.length))}</strong>
      </p>
      <Titles reflections={plan.update} />
      <p>{t('importUnchanged', formatCount(plan.unchanged))}</p>
      <p>{t('importEvents', formatCount(plan.promptEvents.length))}</p>
      {plan.rejected.length > 0 && (
        <Notice tone="warning">
          <p>
            <strong>{t('importRejected', formatCount(plan.rejected.length))}</strong>
          </p>
          <ul class="report-list">
            {plan.rejected.slice(0, SHOWN).map((r, i) => (
              <li key={r.id ?? i}>{r.id ? t('importRejectedItem', [r.id, r.reason]) : r.reason}</li>
            ))}
          </ul>
        </Notice>
      )}
      {revalidationUpdatedAt && (
        <p>
          {Date.parse(revalidationUpdatedAt) > 0
            ? t('importRevalidation', formatLongDate(revalidationUpdatedAt))
            : t('importRevalidationUndated')}
        </p>
      )}
      {keepsSettingsAndPacks && <p class="pom-hint">{t('importSettingsNotChanged')}</p>}
      {notes.length > 0 && (
        <div class="pom-hint">
          <p>{t('importNotesHeading')}</p>
          <ul>
            {notes.slice(0, SHOWN).map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      {changes === 0 && <p>{t('importNothingNew')}</p>}
      <div class="pom-row">
        <Button variant="primary" onClick={onConfirm} disabled={busy || changes === 0}>
          {t('importConfirm')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('importCancel')}
        </Button>
      </div>
      {busy && <p role="status">{t('importing')}</p>}
    </section>
  );
}
