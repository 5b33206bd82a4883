import { useEffect, useMemo } from 'preact/hooks';
import { appraisalPrintModelOf, nmcPrintModelOf } from '../../src/export/print';
import { appraisalYearRange } from '../../src/reflections/appraisal-year';
import type { Reflection } from '../../src/reflections/model';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { PrintView } from '../../src/ui/print-view';
import { markPrinted, readPrintSelection } from './print-selection';
import type { PrintKind } from './route';

type Props = { kind: PrintKind; reflections: readonly Reflection[] };

/** The chosen reflections laid out for paper or "Save as PDF", with the page's controls hidden in print. */
export function PrintPage({ kind, reflections }: Props) {
  const selection = useMemo(() => readPrintSelection(), []);
  const doc = useMemo(() => {
    if (!selection || selection.kind !== kind) return null;
    const ids = new Set(selection.ids);
    const chosen = reflections.filter((r) => ids.has(r.id));
    const opts =
      selection.appraisalYear === undefined ? {} : { period: appraisalYearRange(selection.appraisalYear) };
    return kind === 'nmc' ? nmcPrintModelOf(chosen, opts) : appraisalPrintModelOf(chosen, opts);
  }, [kind, reflections, selection]);

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
