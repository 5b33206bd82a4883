import type { Reflection } from '../../src/reflections/model';
import { overdueCommitments } from '../../src/together/commitments';
import { describeParticipants } from '../../src/together/group-file';
import { t } from '../../src/ui/i18n';
import { GroupFileButton } from './GroupFileButton';

/** Under a log entry: that it was made together (and with whom, by role), and a commitment now overdue. */
export function TogetherNotes({ reflection: r, today }: { reflection: Reflection; today: string }) {
  const overdue = r.commitment && overdueCommitments([r], today).length > 0;
  if (!r.group && !overdue) return null;
  return (
    <div class="together-notes">
      {r.group && (
        <p>
          <span class="badge-group">{t('groupBadge')}</span>{' '}
          <span class="pom-hint">{t('groupWith', describeParticipants(r.group.participants))}</span>{' '}
          <GroupFileButton reflection={r} />
        </p>
      )}
      {overdue && r.commitment && <p class="badge-overdue">{t('overdueLogItem', r.commitment.due)}</p>}
    </div>
  );
}
