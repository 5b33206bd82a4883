import { startWatcher } from '../../src/shell/watch-page';

/**
 * Injected by the background once a page on an enabled site has loaded (site-watching.ts); what
 * startWatcher resolves to is the injection's result. An unlisted script rather than a WXT content
 * script, because WXT's content-script context posts window messages that pages can see and send; this
 * one has no channel to the page at all.
 */
export default defineUnlistedScript(startWatcher);
