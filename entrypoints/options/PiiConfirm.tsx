import type { Reflection } from '../../src/reflections/model';
import { Button } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { label } from '../../src/ui/labels';
import { formatCount, formatList } from './format';
import { hashOf } from './route';

type Props = {
  flagged: readonly Reflection[];
  total: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Before anything leaves the log with possible identifying details in it, the user looks again. */
export function PiiConfirm({ flagged, total, busy, onConfirm, onCancel }: Props) {
  return (
    <section class="pom-notice" data-tone="warning" aria-labelledby="pii-confirm-heading">
      <h4 id="pii-confirm-heading">{t('piiConfirmHeading')}</h4>
      <p>{t('piiConfirmIntro', [formatCount(flagged.length), formatCount(total)])}</p>
      <ul class="report-list">
        {flagged.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong>
            <span class="pom-hint">
              {t(
                'piiConfirmKinds',
                formatList([...new Set(r.pii.map((f) => f.kind))].map((k) => label('pii', k))),
              )}
            </span>
            <a href={hashOf({ name: 'edit', id: r.id })} aria-label={t('reviewLabel', r.title)}>
              {t('reviewLink')}
            </a>
          </li>
        ))}
      </ul>
      <div class="pom-row">
        <Button variant="primary" onClick={onConfirm} disabled={busy}>
          {t('exportAnyway')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('exportCancel')}
        </Button>
      </div>
    </section>
  );
}
