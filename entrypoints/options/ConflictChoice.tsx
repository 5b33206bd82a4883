import type { Reflection } from '../../src/reflections/model';
import { Button } from '../../src/ui/components';
import { type MessageKey, t } from '../../src/ui/i18n';

type Props = {
  mine: Reflection;
  /** The version saved elsewhere, or null if it was deleted there. */
  stored: Reflection | null;
  busy: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  onBack: () => void;
};

const fields: { key: 'title' | 'what' | 'soWhat' | 'nowWhat' | 'tags'; label: MessageKey }[] = [
  { key: 'title', label: 'field_title' },
  { key: 'what', label: 'field_what' },
  { key: 'soWhat', label: 'field_soWhat' },
  { key: 'nowWhat', label: 'field_nowWhat' },
  { key: 'tags', label: 'field_tags' },
];

const textOf = (r: Reflection, key: (typeof fields)[number]['key']) =>
  key === 'tags' ? r.tags.join(', ') : r[key];

/** Another tab saved (or deleted) this reflection first: both texts side by side, and the user chooses. */
export function ConflictChoice({ mine, stored, busy, onKeepMine, onKeepTheirs, onBack }: Props) {
  return (
    <section class="conflict" role="alert" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading">{t('conflictHeading')}</h3>
      <p>{stored ? t('conflictIntro') : t('conflictDeletedIntro')}</p>
      <table class="conflict-table">
        <thead>
          <tr>
            <td />
            {stored && <th scope="col">{t('conflictTheirs')}</th>}
            <th scope="col">{t('conflictMine')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{t(label)}</th>
              {stored && <td class="conflict-text">{textOf(stored, key)}</td>}
              <td class="conflict-text">
                {stored && textOf(stored, key) === textOf(mine, key) ? t('conflictSame') : textOf(mine, key)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="pom-row">
        <Button variant="primary" onClick={onKeepMine} disabled={busy}>
          {t('conflictKeepMine')}
        </Button>
        <Button onClick={onKeepTheirs} disabled={busy}>
          {stored ? t('conflictKeepTheirs') : t('conflictDiscardMine')}
        </Button>
        <Button variant="quiet" onClick={onBack} disabled={busy}>
          {t('conflictBackToEditing')}
        </Button>
      </div>
    </section>
  );
}
