import type { TogetherDraft } from '../together/draft';
import { Button, Check, Field } from './components';
import { t } from './i18n';

type Props = {
  value: TogetherDraft;
  onChange: (value: TogetherDraft) => void;
  errors?: Record<string, string>;
};

/** "What I'll do next" with a date and who it involves. */
export function CommitmentFields({ value, onChange, errors = {} }: Props) {
  return (
    <fieldset>
      <legend class="pom-legend">{t('commitmentLegend')}</legend>
      <Field label={t('commitmentDue')} hint={t('commitmentDueHint')} error={errors.commitmentDue}>
        {(id, describedBy) => (
          <input
            id={id}
            type="date"
            aria-describedby={describedBy}
            value={value.commitmentDue}
            onInput={(e) => onChange({ ...value, commitmentDue: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t('commitmentInvolves')} hint={t('commitmentInvolvesHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            type="text"
            maxLength={200}
            aria-describedby={describedBy}
            value={value.commitmentInvolves}
            onInput={(e) => onChange({ ...value, commitmentInvolves: e.currentTarget.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}

/** A reflection made with others: who took part by role and number (never names), and what was decided. */
export function GroupFields({ value, onChange, errors = {} }: Props) {
  const setPart = (i: number, patch: Partial<TogetherDraft['participants'][number]>) =>
    onChange({
      ...value,
      participants: value.participants.map((p, j) => (j === i ? { ...p, ...patch } : p)),
    });
  return (
    <fieldset>
      <legend class="pom-legend">{t('groupLegend')}</legend>
      <Check
        label={t('groupIsGroup')}
        checked={value.isGroup}
        onChange={(isGroup) => onChange({ ...value, isGroup })}
      />
      {value.isGroup && (
        <>
          <p class="pom-hint">{t('groupParticipantsHint')}</p>
          {errors.participants && <p class="pom-error">{errors.participants}</p>}
          {value.participants.map((p, i) => (
            <div class="pom-row" key={i}>
              <Field label={t('groupParticipantRole', String(i + 1))} error={errors[`participants.${i}`]}>
                {(id) => (
                  <input
                    id={id}
                    type="text"
                    maxLength={80}
                    value={p.role}
                    onInput={(e) => setPart(i, { role: e.currentTarget.value })}
                  />
                )}
              </Field>
              <Field label={t('groupParticipantCount', String(i + 1))}>
                {(id) => (
                  <input
                    id={id}
                    type="number"
                    min={1}
                    max={500}
                    value={p.count}
                    onInput={(e) => setPart(i, { count: e.currentTarget.value })}
                  />
                )}
              </Field>
            </div>
          ))}
          {value.participants.length < 20 && (
            <Button
              onClick={() =>
                onChange({ ...value, participants: [...value.participants, { role: '', count: '1' }] })
              }
            >
              {t('groupAddParticipant')}
            </Button>
          )}
          <Field label={t('groupDecided')} hint={t('groupDecidedHint')}>
            {(id, describedBy) => (
              <textarea
                id={id}
                aria-describedby={describedBy}
                value={value.decided}
                onInput={(e) => onChange({ ...value, decided: e.currentTarget.value })}
              />
            )}
          </Field>
        </>
      )}
    </fieldset>
  );
}
