import type { Profession } from '../../src/reflections/model';
import {
  type RegistrationBody,
  type RevalidationProfile,
  registrationBodies,
  registrationBodyOf,
} from '../../src/reflections/revalidation';
import { markRevalidationChanged } from '../../src/shell/revalidation-store';
import { Field, SelectField } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';

type Props = {
  profile: RevalidationProfile;
  profession: Profession | null;
  onChange: (profile: RevalidationProfile) => void;
};

type DateKey = 'nmcRenewalDate' | 'gmcRevalidationDate' | 'gmcAppraisalDate' | 'hcpcRenewalDate';

const datesFor: Record<RegistrationBody, DateKey[]> = {
  nmc: ['nmcRenewalDate'],
  gmc: ['gmcAppraisalDate', 'gmcRevalidationDate'],
  hcpc: ['hcpcRenewalDate'],
};

/** Registration body and the dates revalidation runs to, so readiness counts the user's own period. */
export function RevalidationProfileSection({ profile, profession, onChange: save }: Props) {
  // Stamped so a backup of the profile replaces another browser's only when it is newer.
  const onChange = (next: RevalidationProfile) => {
    save(next);
    void markRevalidationChanged();
  };
  const body = registrationBodyOf(profile, profession);
  return (
    <section aria-labelledby="set-revalidation">
      <h3 id="set-revalidation">{t('settingsRevalidation')}</h3>
      <SelectField<RegistrationBody>
        label={t('revalBodyLabel')}
        hint={t('revalBodyHint')}
        value={profile.body ?? ''}
        empty={t('revalBodyFromProfession')}
        options={registrationBodies.map((b) => ({ value: b, label: t(`revalBody_${b}`) }))}
        onChange={(v) => onChange({ ...profile, body: v || null })}
      />
      {body &&
        datesFor[body].map((key) => (
          <Field key={key} label={t(`revalDate_${key}`)} hint={t(`revalDateHint_${key}`)}>
            {(id, describedBy) => (
              <input
                id={id}
                type="date"
                aria-describedby={describedBy}
                value={profile[key] ?? ''}
                onChange={(e) => onChange({ ...profile, [key]: e.currentTarget.value || null })}
              />
            )}
          </Field>
        ))}
    </section>
  );
}
