import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; command: string; manifestVersion: number; mode: string }) => {
  content_security_policy?: { extension_pages?: string };
};

/** The extension pages' policy as directive → sources, parsed apart from how wxt.config writes it. */
function cspOf(browser: string): Map<string, string[]> {
  const manifest = (config.manifest as unknown as ManifestFn)({
    browser,
    command: 'build',
    manifestVersion: 3,
    mode: 'production',
  });
  const policy = manifest.content_security_policy?.extension_pages ?? '';
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('extension pages CSP (issue #11, point 14)', () => {
  it.each(['chrome', 'firefox'])(
    '%s: the browser, not a promise, keeps extension pages off the network',
    (b) => {
      const csp = cspOf(b);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('form-action')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      // Nothing may widen fetching beyond the extension itself.
      for (const [directive, sources] of csp) {
        if (directive === 'style-src') expect(sources).toEqual(["'self'", "'unsafe-inline'"]);
        for (const source of sources) expect(source).toMatch(/^'(?:self|none|unsafe-inline)'$/);
      }
    },
  );
});
