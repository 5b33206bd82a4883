import { useState } from 'preact/hooks';
import type { PomDb } from '../../src/reflections/store';
import { requestDownloadCheck, saveAndVerify } from '../../src/shell/verified-download';
import { t } from '../../src/ui/i18n';
import { backupFiles } from './backup-data';
import { storeMessage } from './store-message';

export type BackupState =
  | { step: 'none' }
  | { step: 'saving' }
  | { step: 'saved'; names: string[] }
  | { step: 'failed'; text: string };

/**
 * A backup that counts as made only once the browser reports every file written (the downloads API's
 * own state, with the size checked), never merely because a download was started.
 */
export function useVerifiedBackup(db: PomDb | null) {
  const [state, setState] = useState<BackupState>({ step: 'none' });

  const save = () => {
    // Asked before any await: the permission prompt needs the click's user gesture.
    const allowed = requestDownloadCheck();
    void (async () => {
      if (!db) return;
      setState({ step: 'saving' });
      if (!(await allowed)) return setState({ step: 'failed', text: t('deleteAllNeedsPermission') });
      try {
        const names: string[] = [];
        for (const file of await backupFiles(db)) {
          const result = await saveAndVerify(file);
          if (!result.ok) return setState({ step: 'failed', text: t('deleteAllNotSaved', result.reason) });
          // The browser reports a full path; the file's own name is what the user looks for.
          names.push(result.filename.split(/[\\/]/).pop() || file.filename);
        }
        setState({ step: 'saved', names });
      } catch (error) {
        setState({ step: 'failed', text: t('deleteAllBackupFailed', storeMessage(error)) });
      }
    })();
  };

  return { state, save, reset: () => setState({ step: 'none' }) };
}
