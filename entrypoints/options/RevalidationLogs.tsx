import { useState } from 'preact/hooks';
import type { Reflection } from '../../src/reflections/model';
import { type FeedbackSource, feedbackSources } from '../../src/reflections/revalidation';
import { Button, Check, Field, SelectField } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatLongDate } from './format';
import { reflectionName } from './NmcAccounts';
import type { RevalidationState } from './use-revalidation';

type Props = { reval: RevalidationState; reflections: readonly Reflection[] };

const newId = () => crypto.randomUUID();

/** An optional link from a log entry to one of the user's reflections. */
function ReflectionLink(props: {
  value: string;
  onChange: (id: string) => void;
  reflections: readonly Reflection[];
}) {
  return (
    <SelectField
      label={t('revalLinkLabel')}
      value={props.value}
      empty={t('revalLinkNone')}
      options={props.reflections.map((r) => ({ value: r.id, label: reflectionName(r) }))}
      onChange={props.onChange}
    />
  );
}

type InputProps = {
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'date' | 'number';
  maxLength?: number;
  min?: string;
  step?: string;
};

/** A labelled, required input for one field of a new log entry. */
function EntryInput({ label, value, onValue, type, maxLength, min, step }: InputProps) {
  return (
    <Field label={label}>
      {(id) => {
        const onChange = (e: { currentTarget: HTMLInputElement }) => onValue(e.currentTarget.value);
        if (type === 'number')
          return (
            <input id={id} required type="number" min={min} step={step} value={value} onChange={onChange} />
          );
        if (type === 'date') return <input id={id} required type="date" value={value} onChange={onChange} />;
        return <input id={id} required maxLength={maxLength} value={value} onChange={onChange} />;
      }}
    </Field>
  );
}

/** The entries so far, each with its own remove button. */
function EntryList<T extends { id: string }>(props: {
  entries: readonly T[];
  describe: (entry: T) => string;
  name: (entry: T) => string;
  onRemove: (rest: T[]) => void;
}) {
  return (
    <ul>
      {props.entries.map((entry) => (
        <li key={entry.id}>
          {props.describe(entry)}{' '}
          <Button
            variant="quiet"
            onClick={() => props.onRemove(props.entries.filter((x) => x.id !== entry.id))}
          >
            {t('revalRemoveNamed', props.name(entry))}
          </Button>
        </li>
      ))}
    </ul>
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
      <EntryList
        entries={reval.record.cpd}
        describe={(c) =>
          t(c.participatory ? 'cpdEntryParticipatory' : 'cpdEntry', [
            formatLongDate(c.date),
            c.topic,
            String(c.hours),
          ])
        }
        name={(c) => c.topic}
        onRemove={(cpd) => void reval.update({ cpd })}
      />
      <EntryInput
        label={t('cpdDate')}
        type="date"
        value={draft.date}
        onValue={(date) => setDraft({ ...draft, date })}
      />
      <EntryInput
        label={t('cpdTopic')}
        maxLength={200}
        value={draft.topic}
        onValue={(topic) => setDraft({ ...draft, topic })}
      />
      <EntryInput
        label={t('cpdHours')}
        type="number"
        min="0"
        step="0.5"
        value={draft.hours}
        onValue={(hours) => setDraft({ ...draft, hours })}
      />
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
      <EntryList
        entries={reval.record.feedback}
        describe={(f) => t('feedbackEntry', [formatLongDate(f.date), t(`feedbackSource_${f.source}`)])}
        name={(f) => formatLongDate(f.date)}
        onRemove={(feedback) => void reval.update({ feedback })}
      />
      <EntryInput
        label={t('feedbackDate')}
        type="date"
        value={draft.date}
        onValue={(date) => setDraft({ ...draft, date })}
      />
      <SelectField
        label={t('feedbackSource')}
        value={draft.source}
        options={feedbackSources.map((s) => ({ value: s, label: t(`feedbackSource_${s}`) }))}
        onChange={(source) => source && setDraft({ ...draft, source })}
      />
      <ReflectionLink
        value={draft.link}
        onChange={(link) => setDraft({ ...draft, link })}
        reflections={reflections}
      />
      <Button type="submit">{t('feedbackAdd')}</Button>
    </form>
  );
}
