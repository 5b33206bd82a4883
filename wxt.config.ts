import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Test builds pre-grant 127.0.0.1 so end-to-end tests can skip the permission dialog
// that nothing answers in headless browsers. Production builds never contain it.
const testBuild = process.env.WXT_POM_TEST === '1';

// A fixed public key gives the Chromium test build a stable id (aeogjoofgifjkefgikfflojdlglfeppf),
// so a managed policy file can name it. The private half was discarded: it signs nothing.
const testKey =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArBdKX4oh4XAMrmFmgP59sz1yUlK4Ug4FVFLd1mHWvXc7LdJPdhG7CfqEPvfdwmCtcGB8rkZmryDansLtQCBjJTxq5ueCqVJzORShGTbcw7f9Y5x8lXuEbSy93wGym2ro43IipN96VaGTv2E7RczVrx96Sbph5epTcmgZy5e2KgH6yQ2eyYlVhunyntZlL3HSF6iX9EdaLthirkncKUXU3WySlPmSi65dwXbm3m9BZpSXqfbaLT7chJeNmzPdEBZp9Xm9L8m7pcex2NzmuaV/ajN4Ce8XHWUiEh4BCDJebdEEnVJXIR41NKFkfYmF75C/8XeeCWj/DA25oKCBStDLAQIDAQAB';

/**
 * zod probes for `new Function` to speed up parsing; under our CSP the probe fails anyway, but the text
 * alone earns an AMO "eval" warning. Swap it for a function that refuses, so zod takes its plain path.
 * If zod renames this, `npm run lint:amo` reports DANGEROUS_EVAL again.
 */
const zodWithoutEval = {
  name: 'power-of-many:zod-without-eval',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/.test(id)) return null;
    return code.replaceAll(
      'const F = Function;',
      "const F = function () { throw new EvalError('Power of Many does not evaluate strings'); };",
    );
  },
};

export default defineConfig({
  outDir: testBuild ? '.output-test' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // AMO reviewers rebuild from the sources zip; local run output has no place in it.
  zip: { excludeSources: ['demo-output/**', 'bench-results/**', 'test-results/**', 'playwright-report/**'] },
  vite: () => ({ plugins: [preact(), zodWithoutEval] }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_actionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      // Test builds hold it from the start, as they do 127.0.0.1: a headless browser cannot answer the prompt.
      ...(testBuild ? ['downloads'] : []),
    ],
    // Asked for only when the user backs up before "delete all", to check the file was really written.
    optional_permissions: testBuild ? [] : ['downloads'],
    host_permissions: testBuild ? ['http://127.0.0.1/*'] : [],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandRecord__',
      },
    },
    // Built pages only: the dev server needs its own origin for reloading. default-src and connect-src
    // make "no network requests" something the browser enforces; both Chromium and Firefox read 'self' as
    // the extension's own origin. Inline <style> elements carry the design tokens, hence style-src.
    ...(command === 'build' && {
      content_security_policy: {
        extension_pages: [
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
          "frame-ancestors 'none'",
        ].join('; '),
      },
    }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'power-of-many@powerofmany.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          minimum_chrome_version: '121',
          storage: { managed_schema: 'managed_schema.json' },
          ...(testBuild && { key: testKey }),
        }),
  }),
});
