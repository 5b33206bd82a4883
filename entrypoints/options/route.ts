/** The options page's views, addressed by location.hash so any view can be linked to or reloaded. */
export const tabs = ['log', 'readiness', 'journey', 'export', 'trash', 'settings'] as const;
export type Tab = (typeof tabs)[number];

export const printKinds = ['nmc', 'appraisal', 'hcpc'] as const;
export type PrintKind = (typeof printKinds)[number];

export type Route = { name: Tab } | { name: 'edit'; id: string } | { name: 'print'; kind: PrintKind };

/** "#edit/<id>", "#print/nmc", "#readiness"…; anything unknown shows the log. */
export function parseRoute(hash: string): Route {
  const [head = '', rest = ''] = hash.replace(/^#/, '').split(/\/(.*)/s);
  if (head === 'edit' && rest) return { name: 'edit', id: decodeURIComponent(rest) };
  if (head === 'print' && (printKinds as readonly string[]).includes(rest)) {
    return { name: 'print', kind: rest as PrintKind };
  }
  if ((tabs as readonly string[]).includes(head)) return { name: head as Tab };
  return { name: 'log' };
}

export function hashOf(route: Route): string {
  switch (route.name) {
    case 'edit':
      return `#edit/${encodeURIComponent(route.id)}`;
    case 'print':
      return `#print/${route.kind}`;
    default:
      return `#${route.name}`;
  }
}

/** Which tab a route belongs to, for the navigation's "current page". */
export function tabOf(route: Route): Tab {
  if (route.name === 'edit') return 'log';
  if (route.name === 'print') return 'export';
  return route.name;
}
