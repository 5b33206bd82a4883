import type { DiscussionStatus, NmcReadiness } from '../../src/reflections/nmc-readiness';
import type { ReflectiveDiscussion } from '../../src/reflections/revalidation';
import { Check, Field } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import type { RevalidationState } from './use-revalidation';

const statusKeys = {
  none: 'nmcDiscussion_none',
  'not-nmc-registrant': 'nmcDiscussion_notNmc',
  date: 'nmcDiscussion_date',
  'not-all-five': 'nmcDiscussion_notAllFive',
  done: 'nmcDiscussion_done',
} as const satisfies Record<DiscussionStatus, string>;

/** One reflective discussion with another NMC registrant that covers all five accounts; no names kept. */
export function NmcDiscussion({ r, reval }: { r: NmcReadiness; reval: RevalidationState }) {
  const d: ReflectiveDiscussion = reval.record.discussion ?? {
    date: null,
    withNmcRegistrant: false,
    accountIds: [],
  };
  const covered = r.chosen.length > 0 && r.chosen.every((id) => d.accountIds.includes(id));
  const save = (patch: Partial<ReflectiveDiscussion>) =>
    void reval.update({ discussion: { ...d, ...patch } });
  return (
    <fieldset>
      <legend class="pom-legend">{t('nmcDiscussionLegend')}</legend>
      <p class="pom-hint">{t('nmcDiscussedHint')}</p>
      <Field label={t('nmcDiscussionDate')}>
        {(id) => (
          <input
            id={id}
            type="date"
            value={d.date ?? ''}
            onChange={(e) => save({ date: e.currentTarget.value || null })}
          />
        )}
      </Field>
      <Check
        label={t('nmcDiscussionWithNmc')}
        checked={d.withNmcRegistrant}
        onChange={(withNmcRegistrant) => save({ withNmcRegistrant })}
      />
      <Check
        label={t('nmcDiscussionCovered')}
        checked={covered}
        onChange={(on) => save({ accountIds: on ? [...r.chosen] : [] })}
      />
      <p role="status" data-status={r.discussion}>
        {t(statusKeys[r.discussion])}
      </p>
    </fieldset>
  );
}
