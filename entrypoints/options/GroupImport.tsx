import { useState } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import { findGroupReflection, type PomDb, saveReflection } from '../../src/reflections/store';
import { importGroupFile, type GroupImport as Outcome } from '../../src/together/group-exchange';
import { Field, Notice } from '../../src/ui/components';
import { type MessageKey, t } from '../../src/ui/i18n';
import { storeMessage } from './store-message';
import { navigate } from './use-route';

type Props = { db: PomDb | null; all: readonly Reflection[]; onImported(): Promise<void> };
type State = { tone: 'success' | 'warning' | 'error'; text: string; details?: string[]; id?: string } | null;

const problemKeys: Record<Extract<Outcome, { kind: 'rejected' }>['problem'], MessageKey> = {
  'too-large': 'groupImportTooLarge',
  'not-json': 'groupImportNotJson',
  'not-a-group-file': 'groupImportNotGroup',
  invalid: 'groupImportInvalid',
  unusable: 'groupImportInvalid',
};

/** A colleague's group reflection joins this log; the importer then adds their own "so what". */
export function GroupImport({ db, all, onImported }: Props) {
  const [state, setState] = useState<State>(null);
  const [inputKey, setInputKey] = useState(0);
  const take = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ tone: 'error', text: t('groupImportUnreadable') });
      return;
    }
    const outcome = importGroupFile(text, all, { now: new Date(), uuid: () => crypto.randomUUID() });
    if (outcome.kind === 'rejected') {
      setState({ tone: 'error', text: t(problemKeys[outcome.problem]), details: outcome.details });
    } else if (outcome.kind === 'duplicate') {
      setState({ tone: 'warning', text: t('groupImportDuplicate'), id: outcome.existingId });
    } else if (db) {
      try {
        // Another tab may have imported the same file since this page loaded its log.
        const already = await findGroupReflection(db, outcome.file.group.groupId);
        if (already) {
          setState({ tone: 'warning', text: t('groupImportDuplicate'), id: already.id });
          setInputKey((k) => k + 1);
          return;
        }
        await saveReflection(db, outcome.reflection);
        await onImported();
        setState({ tone: 'success', text: t('groupImportDone'), id: outcome.reflection.id });
      } catch (error) {
        setState({ tone: 'error', text: storeMessage(error) });
      }
    }
    setInputKey((k) => k + 1);
  };
  return (
    <section aria-labelledby="group-import-heading">
      <h3 id="group-import-heading">{t('groupImportHeading')}</h3>
      <p>{t('groupImportIntro')}</p>
      <Field label={t('groupImportFile')}>
        {(id) => (
          <input
            key={inputKey}
            id={id}
            type="file"
            accept=".json,application/json"
            disabled={!db}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void take(file);
            }}
          />
        )}
      </Field>
      {state && (
        <Notice tone={state.tone}>
          {state.text}
          {state.details && state.details.length > 0 && (
            <ul>
              {state.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          {state.id && state.tone === 'success' && (
            <a
              href={`#edit/${state.id}`}
              onClick={() => state.id && navigate({ name: 'edit', id: state.id })}
            >
              {t('groupImportAddLearning')}
            </a>
          )}
        </Notice>
      )}
    </section>
  );
}
