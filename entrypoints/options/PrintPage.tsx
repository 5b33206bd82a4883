import { useEffect, useMemo, useState } from 'preact/hooks';
import { hcpcProfilePrintModel } from '../../src/export/hcpc';
import { exportJourney, withJourney } from '../../src/export/journey-summary';
import { appraisalPrintModelOf, nmcPrintModelOf, type PrintDocument } from '../../src/export/print';
import type { PromptEvent } from '../../src/prompts/events';
import { appraisalYearRange, revalidationWindow } from '../../src/reflections/appraisal-year';
import { HCPC_PERIOD_YEARS } from '../../src/reflections/hcpc-readiness';
import { localDate } from '../../src/reflections/local-date';
import type { Reflection } from '../../src/reflections/model';
import type { RevalidationProfile } from '../../src/reflections/revalidation';
import { listPromptEvents } from '../../src/reflections/store';
import { getDb } from '../../src/shell/db';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { PrintView } from '../../src/ui/print-view';
import { markPrinted, type PrintSelection, readPrintSelection } from './print-selection';
import type { PrintKind } from './route';
import { useRevalidationRecord } from './use-revalidation';

type Props = { kind: PrintKind; reflections: readonly Reflection[]; profile: RevalidationProfile };

type PassedOn = Pick<PromptEvent, 'kind' | 'at'>[];

/** Prompt history for the journey page, loaded only when it was asked for; null while loading. */
function usePassedOn(wanted: boolean): PassedOn | null {
  const [events, setEvents] = useState<PassedOn | null>(wanted ? null : []);
  useEffect(() => {
    if (!wanted) return;
    getDb()
      .then(listPromptEvents)
      // Without the history the page still counts moves, voices and commitments.
      .then(setEvents, () => setEvents([]));
  }, [wanted]);
  return events;
}

function modelOf(
  kind: PrintKind,
  chosen: readonly Reflection[],
  selection: PrintSelection,
  profile: RevalidationProfile,
  hcpcSummary: string,
): PrintDocument {
  if (kind === 'hcpc') {
    const period = revalidationWindow(profile.hcpcRenewalDate ?? localDate(), HCPC_PERIOD_YEARS);
    return hcpcProfilePrintModel(chosen, { period, summary: hcpcSummary });
  }
  const opts =
    selection.appraisalYear === undefined ? {} : { period: appraisalYearRange(selection.appraisalYear) };
  if (kind === 'nmc')
    return nmcPrintModelOf(chosen, { ...opts, ...(selection.ordered ? { chosen: selection.ids } : {}) });
  return appraisalPrintModelOf(chosen, opts);
}

/** The chosen reflections laid out for paper or "Save as PDF", with the page's controls hidden in print. */
export function PrintPage({ kind, reflections, profile }: Props) {
  const selection = useMemo(() => readPrintSelection(), []);
  const { record, loaded } = useRevalidationRecord();
  const events = usePassedOn(selection?.journey === true);
  const doc = useMemo(() => {
    if (!selection || selection.kind !== kind || !loaded || events === null) return null;
    const ids = new Set(selection.ids);
    const chosen = reflections.filter((r) => ids.has(r.id));
    const journey = selection.journey ? exportJourney(chosen, events, new Date()) : undefined;
    return withJourney(modelOf(kind, chosen, selection, profile, record.hcpcSummary), journey);
  }, [kind, reflections, selection, profile, record, loaded, events]);

  useEffect(() => {
    if (!doc || !selection?.autoPrint) return;
    markPrinted(selection);
    // Let the document paint before the print dialogue takes over.
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [doc, selection]);

  return (
    <>
      <div class="print-toolbar no-print">
        <a href="#export">{t('printBack')}</a>
        {doc && (
          <Button variant="primary" onClick={() => window.print()}>
            {t('printButton')}
          </Button>
        )}
        <p class="pom-hint">{t('printHint')}</p>
      </div>
      {doc ? (
        <PrintView doc={doc} />
      ) : (
        <div class="no-print">
          <Notice tone="error">{t('printNothing')}</Notice>
        </div>
      )}
    </>
  );
}
