import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { DraftFields } from '../reflections/draft';
import { findPii, type PiiFinding, redact } from '../reflections/pii';
import { emptyTogetherDraft } from '../together/draft';
import {
  gmcDomains,
  movementRoles,
  nmcActivities,
  nmcThemes,
  type Profession,
  supportingInfoTypes,
} from '../vocabulary';
import { Button, Check, Field, SelectField } from './components';
import { t } from './i18n';
import { label } from './labels';
import { CommitmentFields, GroupFields } from './together-fields';

type Props = {
  fields: DraftFields;
  onChange: (fields: DraftFields) => void;
  profession: Profession | null;
  errors?: Partial<Record<keyof DraftFields | `together.${string}`, string>>;
  /** The options page's editor asks for any combination of activities instead (RevalidationFields). */
  hideNmcActivity?: boolean;
};

type TextKey = 'title' | 'what' | 'soWhat' | 'nowWhat';
type Set = <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => void;
type PartProps = { fields: DraftFields; set: Set };

const toggle = <T extends string>(list: readonly T[], item: T, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((x) => x !== item);

/** The reflection form: three questions first, frameworks after, with the PII guard beside every text. */
export function CaptureForm({ fields, onChange, profession, errors = {}, hideNmcActivity = false }: Props) {
  const set: Set = (key, value) => onChange({ ...fields, [key]: value });
  const showNmc = profession === 'nurse-midwife' || profession === null;
  const together = fields.together ?? emptyTogetherDraft();
  const togetherErrors = togetherErrorsOf(errors);
  const showGmc = profession === 'doctor' || profession === null;

  const text = (key: TextKey, multiline: boolean, hint?: string) => (
    <Field label={t(`field_${key}`)} hint={hint} error={errors[key]}>
      {(id, describedBy) => (
        <>
          {multiline ? (
            <textarea
              id={id}
              aria-describedby={describedBy}
              value={fields[key]}
              onInput={(e) => set(key, e.currentTarget.value)}
            />
          ) : (
            <input
              id={id}
              type="text"
              aria-describedby={describedBy}
              value={fields[key]}
              maxLength={200}
              onInput={(e) => set(key, e.currentTarget.value)}
            />
          )}
          <PiiWarnings text={fields[key]} onRedact={(f) => set(key, redact(fields[key], f))} />
        </>
      )}
    </Field>
  );

  return (
    <div class="capture">
      {text('title', false)}
      <Field label={t('field_occurredOn')} hint={t('field_occurredOnHint')} error={errors.occurredOn}>
        {(id, describedBy) => (
          <input
            id={id}
            type="date"
            aria-describedby={describedBy}
            value={fields.occurredOn}
            onInput={(e) => set('occurredOn', e.currentTarget.value)}
          />
        )}
      </Field>
      {text('what', true, t('field_whatHint'))}
      {text('soWhat', true, t('field_soWhatHint'))}
      {text('nowWhat', true, t('field_nowWhatHint'))}
      <CommitmentFields value={together} onChange={(v) => set('together', v)} errors={togetherErrors} />
      <TagsField fields={fields} set={set} />

      {showNmc && <NmcGroup fields={fields} set={set} hideActivity={hideNmcActivity} />}
      {showGmc && <GmcGroup fields={fields} set={set} onChange={onChange} />}
      <Field label={t('field_otherFramework')} hint={t('field_otherFrameworkHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            type="text"
            aria-describedby={describedBy}
            value={fields.otherFramework}
            onInput={(e) => set('otherFramework', e.currentTarget.value)}
          />
        )}
      </Field>
      <PiiWarnings
        text={fields.otherFramework}
        onRedact={(f) => set('otherFramework', redact(fields.otherFramework, f))}
      />
      <MovementGroup fields={fields} set={set} />
      <GroupFields value={together} onChange={(v) => set('together', v)} errors={togetherErrors} />
      {(fields.pageTitle !== undefined || fields.pageUrl !== undefined) && (
        <PageOrigin fields={fields} onChange={onChange} />
      )}
    </div>
  );
}

function TagsField({ fields, set }: PartProps) {
  return (
    <>
      <Field label={t('field_tags')} hint={t('field_tagsHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            type="text"
            aria-describedby={describedBy}
            value={fields.tags.join(', ')}
            onInput={(e) =>
              set(
                'tags',
                e.currentTarget.value
                  .split(',')
                  .map((s) => s.trimStart())
                  .slice(0, 30),
              )
            }
          />
        )}
      </Field>
      <PiiWarnings
        text={fields.tags.join(', ')}
        onRedact={(f) =>
          set(
            'tags',
            redact(fields.tags.join(', '), f)
              .split(',')
              .map((s) => s.trimStart()),
          )
        }
      />
    </>
  );
}

function NmcGroup({ fields, set, hideActivity }: PartProps & { hideActivity: boolean }) {
  return (
    <Group legend={t('group_nmc')}>
      {!hideActivity && (
        <Choice
          name="nmc-activity"
          legend={t('field_nmcActivity')}
          options={nmcActivities.map((id) => ({ id, label: label('activity', id) }))}
          value={fields.nmcActivity}
          onChange={(v) => set('nmcActivity', v)}
        />
      )}
      <p class="pom-legend">{t('field_nmcThemes')}</p>
      {nmcThemes.map((id) => (
        <Check
          key={id}
          label={label('nmc', id)}
          checked={fields.nmcThemes.includes(id)}
          onChange={(on) => set('nmcThemes', toggle(fields.nmcThemes, id, on))}
        />
      ))}
    </Group>
  );
}

function GmcGroup({ fields, set, onChange }: PartProps & Pick<Props, 'onChange'>) {
  return (
    <Group legend={t('group_gmc')}>
      <p class="pom-legend">{t('field_gmcDomains')}</p>
      {gmcDomains.map((id) => (
        <Check
          key={id}
          label={label('gmc', id)}
          checked={fields.gmcDomains.includes(id)}
          onChange={(on) => set('gmcDomains', toggle(fields.gmcDomains, id, on))}
        />
      ))}
      <SelectField
        label={t('field_supportingInfo')}
        value={fields.supportingInfo ?? ''}
        empty={t('choose')}
        options={supportingInfoTypes.map((id) => ({ value: id, label: label('si', id) }))}
        onChange={(v) => {
          // "Choose" takes the key away rather than storing it empty.
          const { supportingInfo: _drop, ...rest } = fields;
          onChange(v ? { ...rest, supportingInfo: v } : rest);
        }}
      />
    </Group>
  );
}

function MovementGroup({ fields, set }: PartProps) {
  return (
    <Group legend={t('group_movement')}>
      <Choice
        name="movement-role"
        legend={t('field_movementRole')}
        options={movementRoles.map((id) => ({ id, label: label('role', id) }))}
        value={fields.movementRole}
        onChange={(v) => set('movementRole', v)}
      />
      <Check
        label={t('field_discussed')}
        checked={fields.discussed}
        onChange={(on) => set('discussed', on)}
      />
      {fields.discussed && (
        <Field label={t('field_discussedRole')} hint={t('field_discussedRoleHint')}>
          {(id, describedBy) => (
            <input
              id={id}
              type="text"
              aria-describedby={describedBy}
              value={fields.discussedRole}
              onInput={(e) => set('discussedRole', e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      {fields.discussed && (
        <PiiWarnings
          text={fields.discussedRole}
          onRedact={(f) => set('discussedRole', redact(fields.discussedRole, f))}
        />
      )}
    </Group>
  );
}

/**
 * The page a reflection started from: its title and address are offered, editable, checked by the guard,
 * and kept only when the user ticks to keep each one.
 */
function PageOrigin({ fields, onChange }: Pick<Props, 'fields' | 'onChange'>) {
  const set = <K extends keyof DraftFields>(key: K, value: DraftFields[K]) =>
    onChange({ ...fields, [key]: value });
  const text = (key: 'pageTitle' | 'pageUrl', keep: 'keepPageTitle' | 'keepPageUrl') => (
    <>
      <Check
        label={t(`field_${keep}`)}
        hint={t(`field_${keep}Hint`)}
        checked={fields[keep] === true}
        onChange={(on) => set(keep, on)}
      />
      <Field label={t(`field_${key}`)}>
        {(id) => (
          <input
            id={id}
            type="text"
            value={fields[key] ?? ''}
            maxLength={key === 'pageUrl' ? 2048 : 500}
            onInput={(e) => set(key, e.currentTarget.value)}
          />
        )}
      </Field>
      <PiiWarnings text={fields[key] ?? ''} onRedact={(f) => set(key, redact(fields[key] ?? '', f))} />
    </>
  );
  return (
    <Group legend={t('group_page')}>
      {fields.pageTitle !== undefined && text('pageTitle', 'keepPageTitle')}
      {fields.pageUrl !== undefined && text('pageUrl', 'keepPageUrl')}
    </Group>
  );
}

function Group({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset>
      <legend class="pom-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

function Choice<T extends string>(props: {
  name: string;
  legend: string;
  options: { id: T; label: string }[];
  value: T | undefined;
  onChange: (v: T) => void;
}) {
  return (
    <div role="radiogroup" aria-label={props.legend}>
      <p class="pom-legend">{props.legend}</p>
      {props.options.map((o) => (
        <label key={o.id} class="pom-check">
          <input
            type="radio"
            name={props.name}
            value={o.id}
            checked={props.value === o.id}
            onChange={() => props.onChange(o.id)}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/** Warns and offers a one-click fix; never blocks saving. */
export function PiiWarnings({ text, onRedact }: { text: string; onRedact: (f: PiiFinding) => void }) {
  const findings = useMemo(() => (text ? findPii(text) : []), [text]);
  if (findings.length === 0) return null;
  return (
    <div class="pom-notice" data-tone="warning" role="status">
      <p>{t('piiIntro')}</p>
      <ul class="pii-list">
        {findings.map((f) => (
          <li key={`${f.start}-${f.kind}`}>
            <span>
              <strong>{label('pii', f.kind)}</strong> “{f.text}”: {f.explanation}{' '}
            </span>
            <Button variant="quiet" onClick={() => onRedact(f)} aria-label={t('piiRemoveLabel', f.text)}>
              {t('piiRemove')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The form's errors for the "power of many" fields, named as those fields name them. */
function togetherErrorsOf(errors: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors))
    if (key.startsWith('together.') && message) out[key.slice('together.'.length)] = message;
  return out;
}
