import { useEffect, useRef, useState } from 'preact/hooks';
import { draftFromReflection, keptDraftFields, reflectionFromDraft } from '../../src/reflections/create';
import { type DraftFields, editDraftId } from '../../src/reflections/draft';
import { type Reflection, revisionOf } from '../../src/reflections/model';
import {
  ConflictError,
  clearDraft,
  getReflection,
  listEditDrafts,
  type PomDb,
  restoreFromTrash,
  saveDraft,
  saveReflectionAndClearDraft,
} from '../../src/reflections/store';
import { t } from '../../src/ui/i18n';
import { useAutosave } from '../../src/ui/use-autosave';
import { storeMessage } from './store-message';

export type EditStatus = { tone: 'info' | 'error'; text: string } | null;
export type Conflict = { mine: Reflection; stored: Reflection | null };

const same = (a: DraftFields, b: DraftFields) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Editing one saved reflection. This editor keeps its own draft (two tabs never overwrite each other's) and
 * remembers the revision it started from, so a save after another tab's is refused and shown as a conflict.
 */
export function useReflectionEdit(db: PomDb, reflection: Reflection, onSaved: (r: Reflection) => void) {
  const original = useRef(draftFromReflection(reflection));
  const ownDraft = useRef(editDraftId(reflection.id, crypto.randomUUID().slice(0, 8)));
  const adopted = useRef<string[]>([]);
  const base = useRef(revisionOf(reflection));
  const [fields, setFields] = useState<DraftFields | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof DraftFields, string>>>({});
  const [status, setStatus] = useState<EditStatus>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  // Once saving or discarding starts, a late autosave must not bring the draft back.
  const finished = useRef(false);

  useEffect(() => {
    let live = true;
    listEditDrafts(db, reflection.id).then(
      (drafts) => {
        if (!live) return;
        // An edit left unsaved (a closed tab, or another open editor) comes back here, newest first.
        const draft = drafts.find((d) => !same(d.fields, original.current));
        if (!draft) return setFields(original.current);
        adopted.current = [draft.id];
        if (draft.baseRevision !== undefined) base.current = draft.baseRevision;
        setFields(draft.fields);
        setStatus({ tone: 'info', text: t('editDraftRestored') });
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
        if (same(value, original.current)) await clearDraft(db, ownDraft.current);
        else {
          const savedAt = new Date().toISOString();
          // Unticked page details are never written down, not even in a draft.
          const fields = keptDraftFields(value);
          const where = await saveDraft(db, {
            id: ownDraft.current,
            savedAt,
            fields,
            baseRevision: base.current,
          });
          if (where === 'trashed') setStatus({ tone: 'info', text: t('editDraftWithDeleted') });
        }
      } catch (error) {
        setStatus({ tone: 'error', text: t('draftSaveFailed', storeMessage(error)) });
      }
    },
    { enabled: fields !== null },
  );

  const write = async (next: Reflection) => {
    setBusy(true);
    finished.current = true;
    try {
      const saved = await saveReflectionAndClearDraft(db, next, ownDraft.current, ...adopted.current);
      onSaved(saved);
    } catch (error) {
      finished.current = false;
      if (error instanceof ConflictError) setConflict({ mine: next, stored: error.stored });
      else setStatus({ tone: 'error', text: t('saveFailed', storeMessage(error)) });
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (!fields || busy) return;
    const existing = { ...reflection, revision: base.current };
    const result = reflectionFromDraft(fields, {
      now: new Date(),
      uuid: () => crypto.randomUUID(),
      existing,
    });
    if (result.ok) return write(result.reflection);
    setErrors(Object.fromEntries(result.errors.map((er) => [er.field, er.message])));
    setStatus({ tone: 'error', text: t('saveInvalid') });
  };

  /** Saves this editor's version on top of the one saved elsewhere, now that the user has seen both. */
  const keepMine = async () => {
    if (!conflict) return;
    const { mine, stored } = conflict;
    setConflict(null);
    try {
      if (!stored) await restoreFromTrash(db, [mine.id]);
      const current = stored ?? (await getReflection(db, mine.id));
      base.current = current ? revisionOf(current) : revisionOf(mine);
      await write({ ...mine, revision: base.current });
    } catch (error) {
      setStatus({ tone: 'error', text: t('saveFailed', storeMessage(error)) });
    }
  };

  /** Throws this editor's changes (and the draft it adopted) away. */
  const discard = async (): Promise<boolean> => {
    finished.current = true;
    try {
      for (const id of [ownDraft.current, ...adopted.current]) await clearDraft(db, id);
      return true;
    } catch (error) {
      finished.current = false;
      setStatus({ tone: 'error', text: t('editDiscardFailed', storeMessage(error)) });
      return false;
    }
  };

  return { fields, setFields, errors, status, busy, conflict, setConflict, save, keepMine, discard };
}
