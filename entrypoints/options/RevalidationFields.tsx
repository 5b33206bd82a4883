import type { DraftFields } from '../../src/reflections/draft';
import type { RegistrationBody } from '../../src/reflections/revalidation';
import { Check, Field, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { nmcActivities } from '../../src/vocabulary';
import { CodeSuggestions } from './CodeSuggestions';

type Props = { fields: DraftFields; onChange: (fields: DraftFields) => void; body: RegistrationBody | null };
type TextKey = 'changed' | 'codeRelation' | 'feelings' | 'roleScope' | 'pdpGoal';

/** The fields revalidation needs beyond "What? So what? Now what?", kept out of the quick capture form. */
export function RevalidationFields({ fields, onChange, body }: Props) {
  const set = (key: TextKey, value: string) => onChange({ ...fields, [key]: value });
  const area = (key: TextKey, text: string, hint: string) => (
    <Field label={text} hint={hint}>
      {(id, describedBy) => (
        <textarea
          id={id}
          rows={4}
          aria-describedby={describedBy}
          value={fields[key] ?? ''}
          onInput={(e) => set(key, e.currentTarget.value)}
        />
      )}
    </Field>
  );
  const line = (key: TextKey, text: string, hint?: string) => (
    <Field label={text} hint={hint}>
      {(id, describedBy) => (
        <input
          id={id}
          aria-describedby={describedBy}
          value={fields[key] ?? ''}
          onInput={(e) => set(key, e.currentTarget.value)}
        />
      )}
    </Field>
  );
  const activities = new Set([
    ...(fields.nmcActivities ?? []),
    ...(fields.nmcActivity ? [fields.nmcActivity] : []),
  ]);
  const toggle = (a: (typeof nmcActivities)[number], on: boolean) =>
    onChange({
      ...fields,
      nmcActivity: undefined,
      nmcActivities: nmcActivities.filter((x) => (x === a ? on : activities.has(x))),
    });
  const relationLabel = t(`field_codeRelation_${body ?? 'other'}`);
  return (
    <>
      {area('changed', t('field_changed'), t('field_changedHint'))}
      <fieldset>
        <legend class="pom-legend">{t('field_activities')}</legend>
        {nmcActivities.map((a) => (
          <Check
            key={a}
            label={label('activity', a)}
            checked={activities.has(a)}
            onChange={(on) => toggle(a, on)}
          />
        ))}
      </fieldset>
      {area('codeRelation', relationLabel, t('field_codeRelationHint'))}
      <CodeSuggestions
        fields={fields}
        body={body}
        onAdd={(s) => set('codeRelation', [fields.codeRelation?.trim(), s].filter(Boolean).join('\n'))}
      />
      {area('feelings', t('field_feelings'), t('field_feelingsHint'))}
      {line('roleScope', t('field_roleScope'), t('field_roleScopeHint'))}
      {line('pdpGoal', t('field_pdpGoal'))}
      {fields.supportingInfo === 'significant-event' && (
        <Notice tone="warning">{t('exp_app_incident')}</Notice>
      )}
    </>
  );
}
