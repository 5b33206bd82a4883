import { useState } from 'preact/hooks';
import { backupSizeError, parseBackup } from '../../src/export/backup';
import { type ImportPlan, planImport } from '../../src/export/import-plan';
import { importRecords, listPromptEvents, listReflections, type PomDb } from '../../src/reflections/store';
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
  | { step: 'planned'; fileName: string; plan: ImportPlan; keepsSettingsAndPacks: boolean }
  | { step: 'importing'; fileName: string; plan: ImportPlan; keepsSettingsAndPacks: boolean }
  | { step: 'failed'; text: string }
  | { step: 'done'; added: number; updated: number; events: number };

/**
 * Restoring a backup: the whole file is checked first, then the user sees what would change, and only then
 * is anything written, in one transaction. A bad file changes nothing.
 */
export function ImportPanel({ db, onImported }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [inputKey, setInputKey] = useState(0);

  const check = async (file: File) => {
    if (!db) {
      setState({ step: 'failed', text: t('importNotReady') });
      return;
    }
    const tooBig = backupSizeError(file.size);
    if (tooBig) {
      setState({ step: 'invalid', fileName: file.name, errors: [tooBig] });
      return;
    }
    setState({ step: 'checking' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'failed', text: t('importReadFailed') });
      return;
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setState({ step: 'invalid', fileName: file.name, errors: parsed.errors });
      return;
    }
    try {
      const [existing, events] = await Promise.all([listReflections(db), listPromptEvents(db)]);
      const plan = planImport(existing, parsed.backup, new Set(events.map((e) => e.id)));
      const keepsSettingsAndPacks =
        parsed.backup.settings !== undefined || (parsed.backup.packs?.length ?? 0) > 0;
      setState({ step: 'planned', fileName: file.name, plan, keepsSettingsAndPacks });
    } catch (error) {
      setState({ step: 'failed', text: storeMessage(error) });
    }
  };

  const confirm = async () => {
    if (!db || state.step !== 'planned') return;
    const { plan } = state;
    setState({ ...state, step: 'importing' });
    try {
      await importRecords(db, {
        reflections: [...plan.add, ...plan.update],
        promptEvents: plan.promptEvents,
      });
      setState({
        step: 'done',
        added: plan.add.length,
        updated: plan.update.length,
        events: plan.promptEvents.length,
      });
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
            aria-describedby={describedBy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void check(file);
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
          busy={state.step === 'importing'}
          onConfirm={() => void confirm()}
          onCancel={reset}
        />
      )}
      {state.step === 'done' && (
        <Notice tone="success">
          {t('importDone', [formatCount(state.added), formatCount(state.updated), formatCount(state.events)])}
        </Notice>
      )}
    </section>
  );
}
