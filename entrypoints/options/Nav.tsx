import { type MessageKey, t } from '../../src/ui/i18n';
import { type Tab, tabs } from './route';

export const tabLabelKeys = {
  log: 'tabLog',
  readiness: 'tabReadiness',
  journey: 'tabJourney',
  export: 'tabExport',
  trash: 'tabTrash',
  settings: 'tabSettings',
} as const satisfies Record<Tab, MessageKey>;

/** The page's sections as plain links, so each has an address and works with back and forward. */
export function Nav({ current }: { current: Tab }) {
  return (
    <nav class="tabs no-print" aria-label={t('navLabel')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab}>
            <a href={`#${tab}`} aria-current={tab === current ? 'page' : undefined}>
              {t(tabLabelKeys[tab])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
