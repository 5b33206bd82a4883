import { useEffect, useMemo } from 'preact/hooks';
import { hcpcProfilePrintModel } from '../../src/export/hcpc';
import { appraisalPrintModelOf, nmcPrintModelOf } from '../../src/export/print';
import { appraisalYearRange, revalidationWindow } from '../../src/reflections/appraisal-year';
import { HCPC_PERIOD_YEARS } from '../../src/reflections/hcpc-readiness';
import { localDate } from '../../src/reflections/local-date';
import type { Reflection } from '../../src/reflections/model';
import type { RevalidationProfile } from '../../src/reflections/revalidation';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { PrintView } from '../../src/ui/print-view';
import { markPrinted, readPrintSelection } from './print-selection';
import type { PrintKind } from './route';
import { useRevalidationRecord } from './use-revalidation';

type Props = { kind: PrintKind; reflections: readonly Reflection[]; profile: RevalidationProfile };

/** The chosen reflections laid out for paper or "Save as PDF", with the page's controls hidden in print. */
export function PrintPage({ kind, reflections, profile }: Props) {
  const selection = useMemo(() => readPrintSelection(), []);
  const { record, loaded } = useRevalidationRecord();
  const doc = useMemo(() => {
    if (!selection || selection.kind !== kind || !loaded) return null;
    const ids = new Set(selection.ids);
    const chosen = reflections.filter((r) => ids.has(r.id));
    const opts =
      selection.appraisalYear === undefined ? {} : { period: appraisalYearRange(selection.appraisalYear) };
    if (kind === 'hcpc') {
      const period = revalidationWindow(profile.hcpcRenewalDate ?? localDate(), HCPC_PERIOD_YEARS);
      return hcpcProfilePrintModel(chosen, { period, summary: record.hcpcSummary });
    }
    if (kind === 'nmc')
      return nmcPrintModelOf(chosen, { ...opts, ...(selection.ordered ? { chosen: selection.ids } : {}) });
    return appraisalPrintModelOf(chosen, opts);
  }, [kind, reflections, selection, profile, record, loaded]);

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
