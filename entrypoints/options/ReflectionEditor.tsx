import type { Profession, Reflection } from '../../src/reflections/model';
import { registrationBodyOf } from '../../src/reflections/revalidation';
import type { PomDb } from '../../src/reflections/store';
import { CaptureForm } from '../../src/ui/capture-form';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { ConflictChoice } from './ConflictChoice';
import { RevalidationFields } from './RevalidationFields';
import { useReflectionEdit } from './use-reflection-edit';

type Props = {
  db: PomDb;
  reflection: Reflection;
  profession: Profession | null;
  onSaved: (reflection: Reflection) => void;
  onClose: () => void;
};

/**
 * Edits a saved reflection in the same form as the popup. Changes autosave to this editor's own draft, so
 * closing the tab loses nothing; "Cancel" throws the draft away. A save that another tab beat is not lost:
 * both versions are shown and the user chooses.
 */
export function ReflectionEditor({ db, reflection, profession, onSaved, onClose }: Props) {
  const edit = useReflectionEdit(db, reflection, onSaved);
  const close = async () => {
    if (await edit.discard()) onClose();
  };
  if (edit.conflict) {
    return (
      <ConflictChoice
        mine={edit.conflict.mine}
        stored={edit.conflict.stored}
        busy={edit.busy}
        onKeepMine={() => void edit.keepMine()}
        onKeepTheirs={() => void close()}
        onBack={() => edit.setConflict(null)}
      />
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void edit.save();
      }}
      aria-describedby="edit-hint"
    >
      <p id="edit-hint" class="pom-hint">
        {t('editHint')}
      </p>
      {edit.status && <Notice tone={edit.status.tone}>{edit.status.text}</Notice>}
      {edit.fields ? (
        <>
          <CaptureForm
            fields={edit.fields}
            onChange={edit.setFields}
            profession={profession}
            errors={edit.errors}
            hideNmcActivity
          />
          <RevalidationFields
            fields={edit.fields}
            onChange={edit.setFields}
            body={registrationBodyOf(undefined, profession)}
          />
        </>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
      <div class="pom-row">
        <Button type="submit" variant="primary" disabled={!edit.fields || edit.busy}>
          {t('saveChanges')}
        </Button>
        <Button onClick={() => void close()} disabled={edit.busy}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
