import { Button } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatCount } from './format';

type Props = { page: number; pageCount: number; onPage: (page: number) => void };

/** Previous and next, with where you are. Hidden when everything fits on one page. */
export function Pager({ page, pageCount, onPage }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pager" aria-label={t('pagerLabel')}>
      <Button onClick={() => onPage(1)} disabled={page <= 1}>
        {t('pagerFirst')}
      </Button>
      <Button onClick={() => onPage(page - 1)} disabled={page <= 1}>
        {t('pagerPrevious')}
      </Button>
      <span>{t('pagerPosition', [formatCount(page), formatCount(pageCount)])}</span>
      <Button onClick={() => onPage(page + 1)} disabled={page >= pageCount}>
        {t('pagerNext')}
      </Button>
      <Button onClick={() => onPage(pageCount)} disabled={page >= pageCount}>
        {t('pagerLast')}
      </Button>
    </nav>
  );
}
