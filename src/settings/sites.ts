/** A host permission pattern for the site a URL belongs to; ports are not part of match patterns. */
export function sitePatternFor(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Turns what an administrator or user typed ("intranet.trust.nhs.uk", "https://x/*") into a pattern. */
export function normaliseSiteInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  if (/^\*:\/\/|^https?:\/\/\*\./.test(trimmed))
    return /\/\*$/.test(trimmed) ? trimmed : `${trimmed.replace(/\/+$/, '')}/*`;
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (/^https?:\/\/\*\./i.test(withScheme)) return `${withScheme.replace(/\/.*$/, '')}/*`;
  return sitePatternFor(withScheme.replace(/\*$/, ''));
}

/** The known planning platforms offered during onboarding, one click each. */
export const knownPlatforms = [
  { id: 'sharepoint', patterns: ['https://*.sharepoint.com/*'] },
  {
    id: 'office',
    patterns: ['https://*.officeapps.live.com/*', 'https://*.office.com/*', 'https://*.cloud.microsoft/*'],
  },
  { id: 'teams', patterns: ['https://teams.microsoft.com/*'] },
  { id: 'confluence', patterns: ['https://*.atlassian.net/*'] },
  { id: 'google', patterns: ['https://docs.google.com/*'] },
  { id: 'futurenhs', patterns: ['https://future.nhs.uk/*'] },
  {
    id: 'whiteboards',
    patterns: [
      'https://miro.com/*',
      'https://padlet.com/*',
      'https://*.padlet.com/*',
      'https://www.mentimeter.com/*',
    ],
  },
] as const;
export type KnownPlatformId = (typeof knownPlatforms)[number]['id'];

/** Does a granted origin pattern cover a site pattern? Enough for the patterns this extension asks for. */
export function patternCovers(granted: string, site: string): boolean {
  if (granted === '<all_urls>' || granted === site) return true;
  const g = /^(\*|https?):\/\/([^/]+)\//.exec(granted);
  const s = /^(https?|\*):\/\/([^/]+)\//.exec(site);
  if (!g || !s) return false;
  const [, gScheme, gHost] = g as unknown as [string, string, string];
  const [, sScheme, sHost] = s as unknown as [string, string, string];
  if (gScheme !== '*' && gScheme !== sScheme) return false;
  if (gHost === '*') return true;
  if (gHost.startsWith('*.')) {
    const base = gHost.slice(2);
    return sHost === base || sHost.endsWith(`.${base}`) || sHost === gHost;
  }
  return gHost === sHost;
}
