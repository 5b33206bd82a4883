import { useState } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import { type FeedbackSource, feedbackSources } from '../../src/reflections/revalidation';
import { Button, Check, Field } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatLongDate } from './format';
import { reflectionName } from './NmcAccounts';
import type { RevalidationState } from './use-revalidation';

type Props = { reval: RevalidationState; reflections: readonly Reflection[] };

const newId = () => crypto.randomUUID();

/** An optional link from a log entry to one of the user's reflections. */
function ReflectionLink({
  value,
  onChange,
  reflections,
}: {
  value: string;
  onChange: (id: string) => void;
  reflections: readonly Reflection[];
}) {
  return (
    <Field label={t('revalLinkLabel')}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">{t('revalLinkNone')}</option>
          {reflections.map((r) => (
            <option key={r.id} value={r.id}>
              {reflectionName(r)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** CPD hours, with the participatory part the NMC asks for, each entry linkable to a reflection. */
export function CpdLog({ reval, reflections }: Props) {
  const [draft, setDraft] = useState({ date: '', topic: '', hours: '', participatory: false, link: '' });
  const add = (e: Event) => {
    e.preventDefault();
    const { date, topic, hours, participatory, link } = draft;
    const entry = {
      id: newId(),
      date,
      topic: topic.trim(),
      hours: Number(hours),
      participatory,
      reflectionIds: link ? [link] : [],
    };
    void reval
      .update({ cpd: [...reval.record.cpd, entry] })
      .then(() => setDraft({ ...draft, topic: '', hours: '' }));
  };
  return (
    <form onSubmit={add} aria-labelledby="cpd-heading">
      <h4 id="cpd-heading">{t('cpdHeading')}</h4>
      <ul>
        {reval.record.cpd.map((c) => (
          <li key={c.id}>
            {t(c.participatory ? 'cpdEntryParticipatory' : 'cpdEntry', [
              formatLongDate(c.date),
              c.topic,
              String(c.hours),
            ])}{' '}
            <Button
              variant="quiet"
              onClick={() => void reval.update({ cpd: reval.record.cpd.filter((x) => x.id !== c.id) })}
            >
              {t('revalRemoveNamed', c.topic)}
            </Button>
          </li>
        ))}
      </ul>
      <Field label={t('cpdDate')}>
        {(id) => (
          <input
            id={id}
            type="date"
            required
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t('cpdTopic')}>
        {(id) => (
          <input
            id={id}
            required
            maxLength={200}
            value={draft.topic}
            onChange={(e) => setDraft({ ...draft, topic: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t('cpdHours')}>
        {(id) => (
          <input
            id={id}
            type="number"
            min="0"
            step="0.5"
            required
            value={draft.hours}
            onChange={(e) => setDraft({ ...draft, hours: e.currentTarget.value })}
          />
        )}
      </Field>
      <Check
        label={t('cpdParticipatory')}
        hint={t('cpdParticipatoryHint')}
        checked={draft.participatory}
        onChange={(participatory) => setDraft({ ...draft, participatory })}
      />
      <ReflectionLink
        value={draft.link}
        onChange={(link) => setDraft({ ...draft, link })}
        reflections={reflections}
      />
      <Button type="submit">{t('cpdAdd')}</Button>
    </form>
  );
}

/** Practice-related feedback: when and from whom (never who), each linkable to a reflection. */
export function FeedbackLog({ reval, reflections }: Props) {
  const [draft, setDraft] = useState<{ date: string; source: FeedbackSource; link: string }>({
    date: '',
    source: 'patients',
    link: '',
  });
  const add = (e: Event) => {
    e.preventDefault();
    const entry = {
      id: newId(),
      date: draft.date,
      source: draft.source,
      reflectionIds: draft.link ? [draft.link] : [],
    };
    void reval.update({ feedback: [...reval.record.feedback, entry] });
  };
  return (
    <form onSubmit={add} aria-labelledby="feedback-heading">
      <h4 id="feedback-heading">{t('feedbackHeading')}</h4>
      <ul>
        {reval.record.feedback.map((f) => (
          <li key={f.id}>
            {t('feedbackEntry', [formatLongDate(f.date), t(`feedbackSource_${f.source}`)])}{' '}
            <Button
              variant="quiet"
              onClick={() =>
                void reval.update({ feedback: reval.record.feedback.filter((x) => x.id !== f.id) })
              }
            >
              {t('revalRemoveNamed', formatLongDate(f.date))}
            </Button>
          </li>
        ))}
      </ul>
      <Field label={t('feedbackDate')}>
        {(id) => (
          <input
            id={id}
            type="date"
            required
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t('feedbackSource')}>
        {(id) => (
          <select
            id={id}
            value={draft.source}
            onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value as FeedbackSource })}
          >
            {feedbackSources.map((s) => (
              <option key={s} value={s}>
                {t(`feedbackSource_${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ReflectionLink
        value={draft.link}
        onChange={(link) => setDraft({ ...draft, link })}
        reflections={reflections}
      />
      <Button type="submit">{t('feedbackAdd')}</Button>
    </form>
  );
}
