import type { MessageKey } from '../../src/ui/i18n';
import { t } from '../../src/ui/i18n';

/** A column heading; a hidden one is read out but not shown (a checkbox or buttons column). */
export type Column = { key: MessageKey; hidden?: boolean; class?: string };

/** The caption and header row the log's tables share, so each names its columns for screen readers. */
export function TableHead({ caption, columns }: { caption: MessageKey; columns: readonly Column[] }) {
  return (
    <>
      <caption class="pom-visually-hidden">{t(caption)}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" class={c.class}>
              {c.hidden ? <span class="pom-visually-hidden">{t(c.key)}</span> : t(c.key)}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
