import { useId, useState } from 'preact/hooks';
import { type CommitmentOutcome, commitmentOutcomes } from '../together/vocabulary';
import { Button, Notice } from './components';
import { t } from './i18n';

/** Settles once the work is done; rejects with a message for the user. */
type Done = Promise<void>;

export type CommitmentCheckProps = {
  /** What the user said they would do, shortened by the caller if long. */
  commitment: string;
  /** Records the answer; rejects with a message the user can act on. */
  onAnswer: (outcome: CommitmentOutcome, note: string) => Done;
};

export const outcomeKeys = {
  done: 'outcome_done',
  partly: 'outcome_partly',
  'not-yet': 'outcome_not_yet',
  'no-longer-relevant': 'outcome_no_longer_relevant',
} as const;

/** One line on a planning page: "How did it go: …?", four answers and an optional short note. */
export function CommitmentCheck({ commitment, onAnswer }: CommitmentCheckProps) {
  const [outcome, setOutcome] = useState<CommitmentOutcome | null>(null);
  const [note, setNote] = useState('');
  const [state, setState] = useState<'asking' | 'saving' | 'saved' | { error: string }>('asking');
  const noteId = useId();
  const headingId = useId();
  if (state === 'saved') return <Notice tone="success">{t('commitmentCheckSaved')}</Notice>;
  const save = async () => {
    if (!outcome) return;
    setState('saving');
    try {
      await onAnswer(outcome, note.trim());
      setState('saved');
    } catch (error) {
      setState({
        error: error instanceof Error && error.message ? error.message : t('commitmentCheckFailed'),
      });
    }
  };
  return (
    <fieldset class="commitment-check">
      <legend id={headingId}>{t('commitmentCheckQuestion', commitment)}</legend>
      <div class="pom-row">
        {commitmentOutcomes.map((o) => (
          <Button key={o} aria-pressed={outcome === o} onClick={() => setOutcome(o)}>
            {t(outcomeKeys[o])}
          </Button>
        ))}
      </div>
      {outcome && (
        <div class="pom-row">
          <label for={noteId}>{t('commitmentCheckNote')}</label>
          <input
            id={noteId}
            type="text"
            maxLength={280}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <Button variant="primary" disabled={state === 'saving'} onClick={() => void save()}>
            {t('commitmentCheckSave')}
          </Button>
        </div>
      )}
      {typeof state === 'object' && <Notice tone="error">{state.error}</Notice>}
    </fieldset>
  );
}
