import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en_GB/messages.json';
import { installMessages, lookupFromMessages, t } from '../../../src/ui/i18n';

describe('lookupFromMessages', () => {
  const lookup = lookupFromMessages({
    greet: { message: 'Hello $NAME$, you have $2 new', placeholders: { name: { content: '$1' } } },
    plain: { message: 'Costs $$5' },
  });

  it('fills named placeholders and numbered substitutions as the browser does', () => {
    expect(lookup('greet', ['Sam', '3'])).toBe('Hello Sam, you have 3 new');
    expect(lookup('plain')).toBe('Costs $5');
  });

  it('answers an unknown key with an empty string, like getMessage', () => {
    expect(lookup('missing')).toBe('');
  });

  it('gives t the project words once installed, and the key when the lookup has none', () => {
    installMessages(() => '');
    expect(t('extName')).toBe('extName');
    installMessages(lookupFromMessages(messages));
    expect(t('extName')).toBe(messages.extName.message);
  });
});
