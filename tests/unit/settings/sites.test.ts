import { describe, expect, it } from 'vitest';
import { normaliseSiteInput, patternCovers, sitePatternFor } from '../../../src/settings/sites';

describe('sitePatternFor', () => {
  it('drops the path and port, keeping the scheme and host', () => {
    expect(sitePatternFor('https://nhs.sharepoint.com/sites/RX1_Oncology/SitePages/Plan.aspx')).toBe(
      'https://nhs.sharepoint.com/*',
    );
    expect(sitePatternFor('http://127.0.0.1:4173/agenda.html')).toBe('http://127.0.0.1/*');
  });
  it('refuses non-web addresses', () => {
    expect(sitePatternFor('chrome://extensions')).toBeNull();
    expect(sitePatternFor('not a url')).toBeNull();
  });
});

describe('normaliseSiteInput', () => {
  it('accepts what administrators type', () => {
    expect(normaliseSiteInput('intranet.northbrook.nhs.uk')).toBe('https://intranet.northbrook.nhs.uk/*');
    expect(normaliseSiteInput(' http://127.0.0.1 ')).toBe('http://127.0.0.1/*');
    expect(normaliseSiteInput('https://*.sharepoint.com')).toBe('https://*.sharepoint.com/*');
    expect(normaliseSiteInput('https://*.sharepoint.com/*')).toBe('https://*.sharepoint.com/*');
  });
  it('refuses empty or broken input', () => {
    expect(normaliseSiteInput('   ')).toBeNull();
    expect(normaliseSiteInput('http://')).toBeNull();
  });
});

describe('patternCovers', () => {
  it('matches exact, wildcard-subdomain and any-host grants', () => {
    expect(patternCovers('https://nhs.sharepoint.com/*', 'https://nhs.sharepoint.com/*')).toBe(true);
    expect(patternCovers('https://*.sharepoint.com/*', 'https://nhs.sharepoint.com/*')).toBe(true);
    expect(patternCovers('*://*/*', 'http://127.0.0.1/*')).toBe(true);
    expect(patternCovers('<all_urls>', 'http://127.0.0.1/*')).toBe(true);
  });
  it('does not confuse look-alike hosts or schemes', () => {
    expect(patternCovers('https://*.sharepoint.com/*', 'https://evilsharepoint.com/*')).toBe(false);
    expect(patternCovers('https://nhs.sharepoint.com/*', 'http://nhs.sharepoint.com/*')).toBe(false);
    expect(patternCovers('http://127.0.0.1/*', 'http://localhost/*')).toBe(false);
  });
});
