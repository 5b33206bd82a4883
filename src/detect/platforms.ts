import type { PlanningContext } from './detection';

/**
 * Where planning happens online (domain brief §6). Recognising the platform is weak evidence on its
 * own (a SharePoint news page is not planning); it mainly tells us whether the user is in an editor.
 */

export interface Platform {
  /** Short human name for "why am I seeing this?". */
  label: string;
  /** A place where people draft and work together, as opposed to a published site. */
  collaborative: boolean;
  /** The address itself says the user is in an editor. */
  editorUrl: boolean;
  /** A place where the user answers or reads rather than writes (a form response, a file list). */
  consuming: boolean;
  /** A place where the public takes part in shaping a plan (a consultation hub): taking part. */
  participation: boolean;
  /** Every page here is a shared working surface (a board, a form being designed), not a published page. */
  surface: boolean;
  /** What people usually do here, as a nudge for the context (forms are surveys, Miro boards workshops). */
  contextHint: PlanningContext | null;
}

export interface PageAddress {
  host: string;
  path: string;
  query: string;
}

interface RuleExtras {
  consuming?: (a: PageAddress) => boolean;
  participation?: boolean;
  surface?: boolean;
  contextHint?: PlanningContext;
}

type PlatformRule = readonly [
  label: string,
  matches: (a: PageAddress) => boolean,
  collaborative: boolean,
  editorUrl: (a: PageAddress) => boolean,
  extras?: RuleExtras,
];

const hostIs = (a: PageAddress, domain: string): boolean =>
  a.host === domain || a.host.endsWith(`.${domain}`);
const never = (): boolean => false;

/** First match wins, so specific rules (Word's editor frame) come before general ones (SharePoint). */
const platformRules: readonly PlatformRule[] = [
  ['Word for the web', (a) => a.host.endsWith('word-edit.officeapps.live.com'), true, () => true],
  [
    'Office for the web',
    (a) => a.host.endsWith('.officeapps.live.com') || a.path.includes('/_layouts/15/doc.aspx'),
    true,
    (a) => a.host.includes('-edit.') || /(^|&)action=edit/.test(a.query),
  ],
  ['OneDrive', (a) => a.host.endsWith('-my.sharepoint.com'), true, never],
  [
    'SharePoint document library',
    (a) => hostIs(a, 'sharepoint.com') && /\/forms\/[^/]*\.aspx$/.test(a.path),
    false,
    never,
    { consuming: () => true },
  ],
  [
    'SharePoint page',
    (a) => hostIs(a, 'sharepoint.com') && a.path.includes('/sitepages/'),
    true,
    (a) => /(^|&)mode=edit/.test(a.query),
  ],
  ['SharePoint site', (a) => hostIs(a, 'sharepoint.com'), true, (a) => /(^|&)mode=edit/.test(a.query)],
  [
    'Microsoft Loop',
    (a) => hostIs(a, 'loop.cloud.microsoft') || hostIs(a, 'loop.microsoft.com'),
    true,
    () => true,
    { surface: true },
  ],
  [
    'Microsoft Teams',
    (a) =>
      hostIs(a, 'teams.microsoft.com') || hostIs(a, 'teams.cloud.microsoft') || hostIs(a, 'teams.live.com'),
    true,
    never,
  ],
  [
    'Microsoft Forms',
    (a) =>
      hostIs(a, 'forms.office.com') || hostIs(a, 'forms.cloud.microsoft') || hostIs(a, 'forms.microsoft.com'),
    true,
    (a) => a.path.includes('designpage'),
    { consuming: (a) => a.path.includes('responsepage'), contextHint: 'engagement' },
  ],
  [
    'Google Docs',
    (a) => hostIs(a, 'docs.google.com') && /^\/(document|spreadsheets|presentation|forms)\/d\//.test(a.path),
    true,
    (a) => /\/edit\b/.test(a.path),
    { consuming: (a) => /\/viewform\b/.test(a.path) },
  ],
  [
    'Confluence',
    (a) =>
      (hostIs(a, 'atlassian.net') && a.path.startsWith('/wiki/')) ||
      a.path.includes('/display/') ||
      a.path.includes('viewpage.action') ||
      a.path.includes('editpage.action'),
    true,
    (a) => /\/edit-v2\/|resumedraft|editpage\.action|\/pages\/edit\b/.test(a.path),
  ],
  ['FutureNHS workspace', (a) => hostIs(a, 'future.nhs.uk'), true, never],
  [
    'Padlet',
    (a) => hostIs(a, 'padlet.com') || hostIs(a, 'padlet.org'),
    true,
    never,
    { surface: true, contextHint: 'engagement' },
  ],
  [
    'Miro board',
    (a) => hostIs(a, 'miro.com') && a.path.startsWith('/app/board/'),
    true,
    () => true,
    { surface: true, contextHint: 'workshop' },
  ],
  [
    'Mentimeter',
    (a) => hostIs(a, 'mentimeter.com') && a.path.startsWith('/app/'),
    true,
    (a) => /\/edit\b/.test(a.path),
    { surface: true, contextHint: 'workshop' },
  ],
  ['Mentimeter (voting)', (a) => hostIs(a, 'menti.com'), false, never, { consuming: () => true }],
  [
    'Slido',
    (a) => hostIs(a, 'sli.do'),
    true,
    (a) => a.host.startsWith('admin.'),
    { contextHint: 'workshop' },
  ],
  [
    // Citizen Space, EngagementHQ, Commonplace and councils' own "have your say" hubs: the public responds.
    'Public consultation site',
    (a) =>
      hostIs(a, 'citizenspace.com') ||
      hostIs(a, 'engagementhq.com') ||
      hostIs(a, 'commonplace.is') ||
      /^(?:haveyoursay|yoursay|consult|consultations?|letstalk|engage)\./.test(a.host),
    false,
    never,
    { participation: true, contextHint: 'engagement' },
  ],
  ['Jira', (a) => hostIs(a, 'atlassian.net') && a.path.startsWith('/jira/'), true, never],
  [
    'Committee management system',
    (a) => /^\/mg[a-z]*\.aspx/.test(a.path) || a.host.startsWith('democracy.'),
    true,
    (a) => /edit/.test(a.path),
  ],
];

/** Intranets have no fixed address; these first labels are common enough to count as a weak hint. */
const intranetHostPrefixes = [
  'intranet',
  'staffnet',
  'staffzone',
  'staffroom',
  'connect',
  'thehub',
  'hub',
  'nexus',
];

export function recognisePlatform(address: PageAddress): Platform | null {
  for (const [label, matches, collaborative, editorUrl, extras] of platformRules) {
    if (matches(address)) {
      return {
        label,
        collaborative,
        editorUrl: editorUrl(address),
        consuming: extras?.consuming?.(address) ?? false,
        participation: extras?.participation ?? false,
        surface: extras?.surface ?? false,
        contextHint: extras?.contextHint ?? null,
      };
    }
  }
  const firstLabel = address.host.split('.')[0] ?? '';
  if (intranetHostPrefixes.includes(firstLabel)) {
    return {
      label: 'staff intranet',
      collaborative: true,
      editorUrl: false,
      consuming: false,
      participation: false,
      surface: false,
      contextHint: null,
    };
  }
  return null;
}

/** Lower-cased host, decoded lower-cased path and query; never throws on a malformed address. */
export function parseAddress(url: string): PageAddress {
  try {
    const parsed = new URL(url);
    return {
      host: parsed.hostname.toLowerCase(),
      path: safeDecode(parsed.pathname),
      query: safeDecode(parsed.search.slice(1)),
    };
  } catch {
    return { host: '', path: '', query: '' };
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part).toLowerCase();
  } catch {
    return part.toLowerCase();
  }
}
