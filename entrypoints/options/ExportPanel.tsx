import { useState } from 'preact/hooks';
import { type ExportFile, exportAs } from '../../src/export/formats';
import type { Reflection } from '../../src/reflections/model';
import type { ReflectionFilter } from '../../src/reflections/query';
import type { RevalidationProfile } from '../../src/reflections/revalidation';
import type { PomDb } from '../../src/reflections/store';
import { listPromptEvents, StoreError } from '../../src/reflections/store';
import type { ExportFormat } from '../../src/settings/schema';
import { Button, Check, Notice, SelectField } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { backupFiles } from './backup-data';
import { downloadFile } from './download';
import {
  choiceLabelKeys,
  choiceOf,
  type ExportChoice,
  type ExportScope,
  exportChoices,
  offersJourney,
  printKindOf,
  regulatorOf,
} from './export-choices';
import { formatCount } from './format';
import { PiiConfirm } from './PiiConfirm';
import { savePrintSelection } from './print-selection';
import { storeMessage } from './store-message';
import { useRevalidationRecord } from './use-revalidation';

type Props = {
  db: PomDb | null;
  all: readonly Reflection[];
  matching: readonly Reflection[];
  filter: ReflectionFilter;
  filterActive: boolean;
  selected: ReadonlySet<string>;
  defaultFormat: ExportFormat | undefined;
  profile: RevalidationProfile;
};

type Status = { tone: 'success' | 'error'; text: string } | null;

function exportedText(files: readonly ExportFile[]): string {
  const first = files[0];
  if (!first) return '';
  return files.length === 1
    ? t('exportDone', [formatCount(first.count), first.filename])
    : t('exportDoneParts', [formatCount(first.count), formatCount(files.length), first.filename]);
}

/** Export the selection, the log's current filter or everything, in the format the user needs. */
export function ExportPanel(props: Props) {
  const { db, all, matching, filter, filterActive, selected, defaultFormat, profile } = props;
  // Only the user's own pick is state; until they pick, the default follows settings as they load.
  const [picked, setPicked] = useState<ExportChoice | null>(null);
  const choice = picked ?? choiceOf(defaultFormat);
  const { record } = useRevalidationRecord();
  const five = choice.startsWith('nmc') ? record.nmcChosen.filter((id) => all.some((r) => r.id === id)) : [];
  const [pickedScope, setScope] = useState<ExportScope | null>(null);
  const fallbackScope: ExportScope = selected.size > 0 ? 'selection' : filterActive ? 'filter' : 'all';
  const scope =
    pickedScope === 'five' && five.length === 0
      ? fallbackScope
      : (pickedScope ?? (five.length > 0 ? 'five' : fallbackScope));
  // Off by default: the journey page goes in only when the user ticks it, each time.
  const [journey, setJourney] = useState(false);
  const withJourney = journey && offersJourney(choice);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  // Settings can arrive after the panel opens; follow them until the user picks a format here.

  const isBackup = choice === 'json';
  const chosen: readonly Reflection[] = isBackup
    ? all
    : scope === 'five'
      ? five.flatMap((id) => all.filter((r) => r.id === id))
      : scope === 'selection'
        ? all.filter((r) => selected.has(r.id))
        : scope === 'filter'
          ? matching
          : all;
  const flagged = chosen.filter((r) => r.pii.length > 0);
  // The year the filter chose becomes the document's period (and part of the file name).
  const appraisalYear = !isBackup && scope === 'filter' ? filter.appraisalYear : undefined;

  const run = async () => {
    setStatus(null);
    if (!db) {
      setStatus({ tone: 'error', text: t('exportNotReady') });
      return;
    }
    const printKind = printKindOf(choice);
    if (printKind) {
      savePrintSelection({
        kind: printKind,
        ids: chosen.map((r) => r.id),
        ...(scope === 'five' ? { ordered: true } : {}),
        ...(appraisalYear === undefined ? {} : { appraisalYear }),
        ...(withJourney ? { journey: true } : {}),
        autoPrint: true,
      });
      location.hash = `#print/${printKind}`;
      return;
    }
    setBusy(true);
    try {
      if (isBackup) {
        const files = await backupFiles(db);
        for (const file of files) downloadFile(file);
        setConfirming(false);
        setStatus({ tone: 'success', text: exportedText(files) });
        return;
      }
      const file = await exportAs(
        choice as Exclude<ExportChoice, 'nmc-print' | 'appraisal-print' | 'hcpc-print'>,
        { reflections: chosen, promptEvents: withJourney ? await listPromptEvents(db) : [] },
        {
          now: new Date(),
          ...(appraisalYear === undefined ? {} : { appraisalYear }),
          ...(scope === 'five' ? { chosen: five } : {}),
          hcpc: { renewalDate: profile.hcpcRenewalDate, summary: record.hcpcSummary },
          journey: withJourney,
        },
      );
      downloadFile(file);
      setConfirming(false);
      setStatus({ tone: 'success', text: exportedText([file]) });
    } catch (error) {
      setStatus({
        tone: 'error',
        text: error instanceof StoreError ? storeMessage(error) : t('exportFailed'),
      });
    } finally {
      setBusy(false);
    }
  };

  const start = (e: Event) => {
    e.preventDefault();
    if (chosen.length === 0 && !isBackup) {
      setStatus({ tone: 'error', text: t('exportNothing') });
      return;
    }
    if (flagged.length > 0) setConfirming(true);
    else void run();
  };

  const selectedCount = all.filter((r) => selected.has(r.id)).length;
  const scopes: { id: ExportScope; text: string; disabled: boolean }[] = [
    ...(regulatorOf(choice) === 'nmc'
      ? [{ id: 'five' as const, text: t('scopeFive', formatCount(five.length)), disabled: five.length === 0 }]
      : []),
    { id: 'selection', text: t('scopeSelection', formatCount(selectedCount)), disabled: selectedCount === 0 },
    { id: 'filter', text: t('scopeFilter', formatCount(matching.length)), disabled: false },
    { id: 'all', text: t('scopeAll', formatCount(all.length)), disabled: false },
  ];

  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">{t('exportHeading')}</h3>
      {confirming ? (
        <PiiConfirm
          flagged={flagged}
          total={chosen.length}
          busy={busy}
          onConfirm={() => void run()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <form onSubmit={start}>
          <SelectField<ExportChoice>
            label={t('exportFormatChoice')}
            hint={isBackup ? t('exportBackupHint') : undefined}
            value={choice}
            options={exportChoices.map((c) => ({ value: c, label: t(choiceLabelKeys[c]) }))}
            onChange={(v) => v && setPicked(v)}
          />
          <fieldset disabled={isBackup}>
            <legend class="pom-legend">{t('exportScopeLegend')}</legend>
            {scopes.map((s) => (
              <label key={s.id} class="pom-check">
                <input
                  type="radio"
                  name="export-scope"
                  value={s.id}
                  checked={scope === s.id}
                  disabled={s.disabled}
                  onChange={() => setScope(s.id)}
                />
                {s.text}
              </label>
            ))}
          </fieldset>
          {offersJourney(choice) && (
            <Check
              label={t('journeyInAppraisal')}
              hint={t('exportJourneyHint')}
              checked={journey}
              onChange={setJourney}
            />
          )}
          {printKindOf(choice) && <p class="pom-hint">{t('exportPrintHint')}</p>}
          <Button type="submit" variant="primary" disabled={busy}>
            {t('exportButton')}
          </Button>
        </form>
      )}
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </section>
  );
}
