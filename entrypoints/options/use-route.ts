import { useEffect, useState } from 'preact/hooks';
import { hashOf, parseRoute, type Route } from './route';

/** The current route, following location.hash (links, back and forward, reloads). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  location.hash = hashOf(route);
}
