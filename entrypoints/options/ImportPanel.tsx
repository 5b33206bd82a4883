import { useState } from 'preact/hooks';
import type { Backup } from '../../src/export/backup';
import { backupSizeError } from '../../src/export/backup';
import { parseBackupFiles } from '../../src/export/backup-parts';
import { type ImportPlan, planImport } from '../../src/export/import-plan';
import {
  type ImportOutcome,
  importRecords,
  listPromptEvents,
  listReflections,
  type PomDb,
} from '../../src/reflections/store';
import { restoreRevalidationBackup } from '../../src/shell/revalidation-store';
import { Field, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatCount } from './format';
import { ImportReport } from './ImportReport';
import { storeMessage } from './store-message';

type Props = { db: PomDb | null; onImported(): Promise<void> };

type State =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'invalid'; fileName: string; errors: string[] }
  | {
      step: 'planned' | 'importing';
      fileName: string;
      plan: ImportPlan;
      keepsSettingsAndPacks: boolean;
      notes: string[];
      revalidation: Backup['revalidation'];
    }
  | { step: 'failed'; text: string }
  | { step: 'done'; outcome: ImportOutcome; revalidation: RevalidationOutcome };

type RevalidationOutcome = 'restored' | 'kept' | 'failed' | null;

const revalidationKeys = {
  restored: 'importRevalidationRestored',
  kept: 'importRevalidationKept',
  failed: 'importRevalidationFailed',
} as const;

/** The record and dates in a backup replace this browser's only when newer; a failure never undoes the rest. */
async function restoreRevalidation(incoming: Backup['revalidation']): Promise<RevalidationOutcome> {
  if (!incoming) return null;
  try {
    return await restoreRevalidationBackup(incoming);
  } catch {
    return 'failed';
  }
}

/**
 * Restoring a backup: the whole file is checked first, then the user sees what would change, and only then
 * is anything written, in one transaction. A bad file changes nothing.
 */
export function ImportPanel({ db, onImported }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [inputKey, setInputKey] = useState(0);

  const check = async (chosen: File[]) => {
    if (!db) {
      setState({ step: 'failed', text: t('importNotReady') });
      return;
    }
    const fileName = chosen.map((f) => f.name).join(', ');
    const tooBig = chosen.map((f) => backupSizeError(f.size)).find((e) => e !== null);
    if (tooBig) {
      setState({ step: 'invalid', fileName, errors: [tooBig] });
      return;
    }
    setState({ step: 'checking' });
    let files: { name: string; text: string }[];
    try {
      files = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() })));
    } catch {
      setState({ step: 'failed', text: t('importReadFailed') });
      return;
    }
    const parsed = parseBackupFiles(files);
    if (!parsed.ok) {
      setState({ step: 'invalid', fileName, errors: parsed.errors });
      return;
    }
    try {
      const [existing, events] = await Promise.all([listReflections(db), listPromptEvents(db)]);
      const plan = planImport(existing, parsed.backup, new Set(events.map((e) => e.id)), new Date());
      const keepsSettingsAndPacks =
        parsed.backup.settings !== undefined || (parsed.backup.packs?.length ?? 0) > 0;
      setState({
        step: 'planned',
        fileName,
        plan,
        keepsSettingsAndPacks,
        notes: parsed.notes,
        revalidation: parsed.backup.revalidation,
      });
    } catch (error) {
      setState({ step: 'failed', text: storeMessage(error) });
    }
  };

  const confirm = async () => {
    if (!db || state.step !== 'planned') return;
    const { plan } = state;
    setState({ ...state, step: 'importing' });
    try {
      // The plan was made when the file was chosen; the store checks each reflection again as it writes.
      const outcome = await importRecords(db, {
        reflections: [...plan.add, ...plan.update],
        promptEvents: plan.promptEvents,
      });
      setState({ step: 'done', outcome, revalidation: await restoreRevalidation(state.revalidation) });
      setInputKey((k) => k + 1);
      await onImported();
    } catch (error) {
      setState({ step: 'failed', text: storeMessage(error) });
    }
  };

  const reset = () => {
    setState({ step: 'idle' });
    setInputKey((k) => k + 1);
  };

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">{t('importHeading')}</h3>
      <p>{t('importIntro')}</p>
      <Field label={t('importFileLabel')} hint={t('importFileHint')}>
        {(id, describedBy) => (
          <input
            key={inputKey}
            id={id}
            type="file"
            accept=".json,application/json"
            multiple
            aria-describedby={describedBy}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              if (files.length > 0) void check(files);
            }}
          />
        )}
      </Field>
      {state.step === 'checking' && <p role="status">{t('importChecking')}</p>}
      {state.step === 'invalid' && (
        <Notice tone="error">
          <p>{t('importInvalid', state.fileName)}</p>
          <ul>
            {state.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </Notice>
      )}
      {state.step === 'failed' && <Notice tone="error">{state.text}</Notice>}
      {(state.step === 'planned' || state.step === 'importing') && (
        <ImportReport
          fileName={state.fileName}
          plan={state.plan}
          keepsSettingsAndPacks={state.keepsSettingsAndPacks}
          notes={state.notes}
          revalidationUpdatedAt={state.revalidation?.updatedAt ?? null}
          busy={state.step === 'importing'}
          onConfirm={() => void confirm()}
          onCancel={reset}
        />
      )}
      {state.step === 'done' && (
        <Notice tone="success">
          {t('importDone', [
            formatCount(state.outcome.added),
            formatCount(state.outcome.updated),
            formatCount(state.outcome.events),
          ])}
          {state.outcome.keptNewer.length > 0 &&
            ` ${t('importKeptNewer', formatCount(state.outcome.keptNewer.length))}`}
          {state.revalidation && ` ${t(revalidationKeys[state.revalidation])}`}
        </Notice>
      )}
    </section>
  );
}
