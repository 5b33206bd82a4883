import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

type Manifest = {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: unknown[];
  key?: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
};
const read = (dir: string): Manifest =>
  JSON.parse(fs.readFileSync(path.resolve(dir, 'manifest.json'), 'utf8')) as Manifest;
const broad = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

for (const build of ['.output/chrome-mv3', '.output/firefox-mv3']) {
  test(`production ${build} asks for no site up front`, () => {
    const m = read(build);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.permissions ?? []).not.toEqual(expect.arrayContaining(broad));
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*']));
    expect(m.permissions).toEqual(
      expect.arrayContaining(['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus']),
    );
    expect(m.content_security_policy?.extension_pages).toContain("script-src 'self'");
    expect(m.content_security_policy?.extension_pages).toContain("object-src 'none'");
    expect(m.key).toBeUndefined();
  });

  test(`production ${build} carries no test hooks`, () => {
    const files = fs
      .readdirSync(build, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'));
    for (const f of files) expect(fs.readFileSync(path.join(build, f), 'utf8')).not.toContain('pomTestHooks');
  });
}

test('the Firefox build names its add-on id and minimum version', () => {
  const gecko = read('.output/firefox-mv3').browser_specific_settings?.gecko;
  expect(gecko?.id).toMatch(/@/);
  expect(gecko?.strict_min_version).toBeTruthy();
});

test('only the test builds pre-grant 127.0.0.1', () => {
  expect(read('.output-test/chrome-mv3').host_permissions).toEqual(['http://127.0.0.1/*']);
  expect(read('.output-test/firefox-mv3').host_permissions).toEqual(['http://127.0.0.1/*']);
});
