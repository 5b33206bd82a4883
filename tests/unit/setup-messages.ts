import messages from '../../public/_locales/en_GB/messages.json';
import { installMessages, lookupFromMessages } from '../../src/ui/i18n';

// The core says what went wrong through t(); every entry point installs a lookup first (the browser's
// in the extension, en-GB from _locales in the CLI), and so do the unit tests.
installMessages(lookupFromMessages(messages));
