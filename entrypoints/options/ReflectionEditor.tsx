import { useEffect, useRef, useState } from 'preact/hooks';
import { draftFromReflection, keptDraftFields, reflectionFromDraft } from '../../src/reflections/create';
import type { DraftFields } from '../../src/reflections/draft';
import type { Profession, Reflection } from '../../src/reflections/model';
import { registrationBodyOf } from '../../src/reflections/revalidation';
import {
  clearDraft,
  getDraft,
  type PomDb,
  saveDraft,
  saveReflectionAndClearDraft,
} from '../../src/reflections/store';
import { CaptureForm } from '../../src/ui/capture-form';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { useAutosave } from '../../src/ui/use-autosave';
import { RevalidationFields } from './RevalidationFields';
import { storeMessage } from './store-message';

type Props = {
  db: PomDb;
  reflection: Reflection;
  profession: Profession | null;
  onSaved: (reflection: Reflection) => void;
  onClose: () => void;
};

type Status = { tone: 'info' | 'error'; text: string } | null;

const same = (a: DraftFields, b: DraftFields) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edits a saved reflection in the same form as the popup. Changes autosave to a draft under the
 * reflection's own id, so closing the tab loses nothing; "Cancel" throws the draft away.
 */
export function ReflectionEditor({ db, reflection, profession, onSaved, onClose }: Props) {
  const original = useRef(draftFromReflection(reflection));
  const [fields, setFields] = useState<DraftFields | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof DraftFields, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // Once saving or discarding starts, a late autosave must not bring the draft back.
  const finished = useRef(false);

  useEffect(() => {
    let live = true;
    getDraft(db, reflection.id).then(
      (draft) => {
        if (!live) return;
        if (draft && !same(draft.fields, original.current)) {
          setFields(draft.fields);
          setStatus({ tone: 'info', text: t('editDraftRestored') });
        } else setFields(original.current);
      },
      (error: unknown) => {
        if (!live) return;
        setFields(original.current);
        setStatus({ tone: 'error', text: t('editDraftReadFailed', storeMessage(error)) });
      },
    );
    return () => {
      live = false;
    };
  }, [db, reflection.id]);

  useAutosave(
    fields,
    async (value) => {
      if (!value || finished.current) return;
      try {
        if (same(value, original.current)) await clearDraft(db, reflection.id);
        else
          await saveDraft(db, {
            id: reflection.id,
            savedAt: new Date().toISOString(),
            fields: keptDraftFields(value),
          });
      } catch (error) {
        setStatus({ tone: 'error', text: t('draftSaveFailed', storeMessage(error)) });
      }
    },
    { enabled: fields !== null },
  );

  const save = async (e: Event) => {
    e.preventDefault();
    if (!fields || busy) return;
    const result = reflectionFromDraft(fields, {
      now: new Date(),
      uuid: () => crypto.randomUUID(),
      existing: reflection,
    });
    if (!result.ok) {
      setErrors(Object.fromEntries(result.errors.map((er) => [er.field, er.message])));
      setStatus({ tone: 'error', text: t('saveInvalid') });
      return;
    }
    setBusy(true);
    finished.current = true;
    try {
      await saveReflectionAndClearDraft(db, result.reflection, reflection.id);
      onSaved(result.reflection);
    } catch (error) {
      finished.current = false;
      setStatus({ tone: 'error', text: t('saveFailed', storeMessage(error)) });
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    finished.current = true;
    try {
      await clearDraft(db, reflection.id);
      onClose();
    } catch (error) {
      finished.current = false;
      setStatus({ tone: 'error', text: t('editDiscardFailed', storeMessage(error)) });
    }
  };

  return (
    <form onSubmit={save} aria-describedby="edit-hint">
      <p id="edit-hint" class="pom-hint">
        {t('editHint')}
      </p>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
      {fields ? (
        <>
          <CaptureForm
            fields={fields}
            onChange={setFields}
            profession={profession}
            errors={errors}
            hideNmcActivity
          />
          <RevalidationFields
            fields={fields}
            onChange={setFields}
            body={registrationBodyOf(undefined, profession)}
          />
        </>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
      <div class="pom-row">
        <Button type="submit" variant="primary" disabled={!fields || busy}>
          {t('saveChanges')}
        </Button>
        <Button onClick={() => void cancel()} disabled={busy}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
