import { Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import type { BackupState } from './use-verified-backup';

/** Where the backup before "delete all" stands, in words. */
export function BackupStatus({ state }: { state: BackupState }) {
  if (state.step === 'saving') return <p role="status">{t('deleteAllSaving')}</p>;
  if (state.step === 'saved')
    return <Notice tone="success">{t('deleteAllBackedUp', state.names.join(', '))}</Notice>;
  if (state.step === 'failed') return <Notice tone="error">{state.text}</Notice>;
  return null;
}
