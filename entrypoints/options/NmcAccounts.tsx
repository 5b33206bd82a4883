import type { AccountGap } from '../../src/reflections/fields';
import type { Reflection } from '../../src/reflections/model';
import type { IncompleteAccount, NmcReadiness } from '../../src/reflections/nmc-readiness';
import { t } from '../../src/ui/i18n';
import { formatCount, formatMonthYear } from './format';
import type { RevalidationState } from './use-revalidation';

type ById = ReadonlyMap<string, Reflection>;

const gapKeys = {
  q1: 'nmcGap_q1',
  q2: 'nmcGap_q2',
  q3: 'nmcGap_q3',
  theme: 'nmcGap_theme',
  codeRelation: 'nmcGap_codeRelation',
} as const satisfies Record<AccountGap, string>;

export function reflectionName(r: Reflection | undefined): string {
  return r ? t('reflectionWhen', [r.title, formatMonthYear(r.occurredOn)]) : '';
}

/** Reflections in the period that are started but cannot yet count, and what each one lacks. */
export function IncompleteAccounts({ incomplete, byId }: { incomplete: IncompleteAccount[]; byId: ById }) {
  if (incomplete.length === 0) return null;
  return (
    <>
      <h4>{t('nmcIncompleteHeading')}</h4>
      <ul>
        {incomplete.map((i) => (
          <li key={i.reflectionId}>
            <a href={`#edit/${encodeURIComponent(i.reflectionId)}`}>
              {reflectionName(byId.get(i.reflectionId))}
            </a>
            {': '}
            {t('nmcIncompleteNeeds', i.gaps.map((g) => t(gapKeys[g])).join(', '))}
          </li>
        ))}
      </ul>
    </>
  );
}

type ChooseProps = { r: NmcReadiness; byId: ById; reval: RevalidationState };

/** "Choose your five": the accounts that go to the confirmer, numbered 1 to 5 in the order ticked. */
export function ChooseFive({ r, byId, reval }: ChooseProps) {
  const chosen = r.chosen;
  const toggle = (id: string, on: boolean) =>
    void reval.update({ nmcChosen: on ? [...chosen, id] : chosen.filter((c) => c !== id) });
  return (
    <fieldset>
      <legend class="pom-legend">{t('nmcChooseLegend')}</legend>
      <p class="pom-hint">{t('nmcChooseHint', [formatCount(chosen.length), formatCount(r.needed)])}</p>
      {r.completeIds.length === 0 && <p>{t('nmcChooseNone')}</p>}
      {r.completeIds.map((id) => {
        const at = chosen.indexOf(id);
        return (
          <label key={id} class="pom-check">
            <input
              type="checkbox"
              checked={at >= 0}
              disabled={at < 0 && chosen.length >= r.needed}
              onChange={(e) => toggle(id, e.currentTarget.checked)}
            />
            {at >= 0
              ? t('nmcChosenAs', [String(at + 1), reflectionName(byId.get(id))])
              : reflectionName(byId.get(id))}
          </label>
        );
      })}
    </fieldset>
  );
}
