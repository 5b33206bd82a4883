import { localDate } from '../../src/reflections/local-date';
import type { Reflection } from '../../src/reflections/model';
import { Button } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';
import { formatMonthYear } from './format';
import { hashOf } from './route';
import { TableHead } from './TableHead';
import { TogetherNotes } from './TogetherNotes';

type Props = {
  reflections: readonly Reflection[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  onDelete: (reflection: Reflection) => void;
};

/** One page of the log: select, open to edit, or delete each reflection. */
export function LogTable({ reflections, selected, onSelect, onDelete }: Props) {
  const today = localDate(new Date());
  return (
    <table class="log-table">
      <TableHead
        caption="logCaption"
        columns={[
          { key: 'colSelect', hidden: true, class: 'col-select' },
          { key: 'colTitle' },
          { key: 'colWhen' },
          { key: 'colTags' },
          { key: 'colCheck' },
          { key: 'colActions', hidden: true },
        ]}
      />
      <tbody>
        {reflections.map((r) => (
          <tr key={r.id}>
            <td class="col-select">
              <input
                type="checkbox"
                checked={selected.has(r.id)}
                aria-label={t('selectReflection', r.title)}
                onChange={(e) => onSelect(r.id, e.currentTarget.checked)}
              />
            </td>
            <th scope="row">
              <a href={hashOf({ name: 'edit', id: r.id })}>{r.title}</a>
              <TogetherNotes reflection={r} today={today} />
            </th>
            <td class="col-when">{formatMonthYear(r.occurredOn)}</td>
            <td>
              {r.tags.length > 0 && (
                <ul class="tag-list">
                  {r.tags.map((tag) => (
                    <li key={tag} class="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>{r.pii.length > 0 && <span class="badge-pii">{t('piiBadge')}</span>}</td>
            <td>
              <Button
                variant="quiet"
                aria-label={t('deleteReflectionLabel', r.title)}
                onClick={() => onDelete(r)}
              >
                {t('delete')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
