import { describe, expect, it } from 'vitest';
import { classifySender, siteOf } from '../../../src/messaging/sender';

const id = 'aeogjoofgifjkefgikfflojdlglfeppf';
const origin = `chrome-extension://${id}/`;

describe('classifySender', () => {
  it('recognises this extension’s own pages', () => {
    expect(classifySender({ id, url: `${origin}options.html` }, id, origin)).toBe('extension-page');
  });
  it('recognises this extension’s content scripts in web pages', () => {
    expect(classifySender({ id, url: 'https://nhs.sharepoint.com/x', tab: { id: 3 } }, id, origin)).toBe(
      'content',
    );
  });
  it('rejects other extensions, missing urls and non-web frames', () => {
    expect(classifySender({ id: 'someone-else', url: `${origin}x.html` }, id, origin)).toBeNull();
    expect(classifySender({ id }, id, origin)).toBeNull();
    expect(classifySender({ id, url: 'file:///etc/passwd', tab: { id: 1 } }, id, origin)).toBeNull();
    expect(classifySender({ id, url: 'https://example.org/' }, id, origin)).toBeNull();
  });
  it('does not let another extension’s page pass as ours', () => {
    expect(classifySender({ id, url: 'chrome-extension://abcdefgh/options.html' }, id, origin)).toBeNull();
  });
});

describe('siteOf', () => {
  it('prefers the tab’s top-level address to the frame’s', () => {
    expect(
      siteOf({
        url: 'https://euc-word-edit.officeapps.live.com/we/x',
        tab: { url: 'https://nhs.sharepoint.com/a' },
      }),
    ).toBe('nhs.sharepoint.com');
  });
  it('returns null when there is nothing to go on', () => {
    expect(siteOf({})).toBeNull();
    expect(siteOf({ url: '::' })).toBeNull();
  });
});
