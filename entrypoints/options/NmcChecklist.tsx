import type { Reflection } from '../../src/reflections/model';
import type { NmcReadiness, Requirement, RequirementId } from '../../src/reflections/nmc-readiness';
import { type NmcDeclaration, nmcDeclarations } from '../../src/reflections/revalidation';
import { Check, Field } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatCount } from './format';
import { CpdLog, FeedbackLog } from './RevalidationLogs';
import type { RevalidationState } from './use-revalidation';

type Props = { r: NmcReadiness; reval: RevalidationState; reflections: readonly Reflection[] };

const requirementKeys = {
  'practice-hours': 'nmcReq_practiceHours',
  'cpd-hours': 'nmcReq_cpdHours',
  'participatory-hours': 'nmcReq_participatory',
  feedback: 'nmcReq_feedback',
  'health-character': 'nmcReq_healthCharacter',
  indemnity: 'nmcReq_indemnity',
  confirmation: 'nmcReq_confirmation',
} as const satisfies Record<RequirementId, string>;

function statusOf(req: Requirement): string {
  if (req.need === null) return req.met ? t('nmcReqConfirmed') : t('nmcReqToConfirm');
  if (req.have === null) return t('nmcReqNotTracked', formatCount(req.need));
  return t(req.met ? 'nmcReqMet' : 'nmcReqProgress', [formatCount(req.have), formatCount(req.need)]);
}

/** Every other NMC requirement, with optional tracking; declarations are ticked by the user. */
export function NmcChecklist({ r, reval, reflections }: Props) {
  const declared = new Set(reval.record.declarations);
  const toggle = (d: NmcDeclaration, on: boolean) =>
    void reval.update({ declarations: nmcDeclarations.filter((x) => (x === d ? on : declared.has(x))) });
  return (
    <>
      <h4>{t('nmcChecklistHeading')}</h4>
      <ul class="checklist">
        {r.requirements.map((req) => (
          <li key={req.id} data-met={String(req.met)}>
            <strong>{t(requirementKeys[req.id])}</strong>: {statusOf(req)}
          </li>
        ))}
      </ul>
      <Field label={t('nmcPracticeHoursLabel')} hint={t('nmcPracticeHoursHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            type="number"
            min="0"
            inputMode="numeric"
            aria-describedby={describedBy}
            value={reval.record.practiceHours ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value.trim();
              void reval.update({ practiceHours: value === '' ? null : Number(value) });
            }}
          />
        )}
      </Field>
      {nmcDeclarations.map((d) => (
        <Check
          key={d}
          label={t(requirementKeys[d])}
          checked={declared.has(d)}
          onChange={(on) => toggle(d, on)}
        />
      ))}
      <CpdLog reval={reval} reflections={reflections} />
      <FeedbackLog reval={reval} reflections={reflections} />
    </>
  );
}
