import { type MessageKey, t } from './i18n';

/** Message keys cannot contain hyphens, so ids like "prioritise-people" map to "nmc_prioritise_people". */
export function label(
  group:
    | 'nmc'
    | 'gmc'
    | 'si'
    | 'activity'
    | 'role'
    | 'profession'
    | 'context'
    | 'category'
    | 'pii'
    | 'format',
  id: string,
): string {
  return t(`${group}_${id.replaceAll('-', '_')}` as MessageKey);
}
