import { startWatcher } from '../../src/shell/watch-page';

/**
 * Registered at run time on the enabled, granted sites (site-registration.ts). An unlisted script
 * rather than a WXT content script, because WXT's content-script context posts window messages that
 * pages can see and send; this one has no channel to the page at all.
 */
export default defineUnlistedScript(startWatcher);
