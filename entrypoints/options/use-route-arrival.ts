import { useEffect, useRef } from 'preact/hooks';
import { type MessageKey, t } from '../../src/ui/i18n';
import type { Route } from './route';

export const headingKeys = {
  log: 'logHeading',
  readiness: 'readinessHeading',
  journey: 'journeyHeading',
  export: 'exportBackupHeading',
  trash: 'trashHeading',
  edit: 'editHeading',
} as const satisfies Record<string, MessageKey>;

/**
 * On each new view: the tab's title, focus on its heading (so keyboard and screen reader users start
 * there), and where editing returns to (the log, or the export check for identifying details).
 */
export function useRouteArrival(route: Route, onArrive: (route: Route) => void) {
  const returnTo = useRef<Route>({ name: 'log' });
  const firstRoute = useRef(true);
  useEffect(() => {
    if (route.name !== 'edit' && route.name !== 'print') returnTo.current = route;
    onArrive(route);
    const key = route.name === 'print' || route.name === 'settings' ? null : headingKeys[route.name];
    document.title = key ? t('pageTitle', t(key)) : t('extName');
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('#view h2, #view h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    }
  }, [route]);
  return returnTo;
}
