import { detectPlanningPage, inPageBudget } from '../../src/detect';
import type { Detection } from '../../src/detect/detection';
import type { PromptOffer } from '../../src/messaging/protocol';
import { installBrowserMessages } from '../../src/shell/i18n';
import { sendToBackground } from '../../src/shell/messages';
import { watchPage } from '../../src/shell/watch-page';
import { type MountedCard, mountCard } from './card';

export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  cssInjectionMode: 'manual',
  async main(ctx) {
    installBrowserMessages();
    let visitId = crypto.randomUUID();
    let detection: Detection | null = null;
    let card: MountedCard | null = null;
    let dismissedThisVisit = false;
    let visit = new AbortController();
    document.documentElement.dataset.powerOfMany = 'ready';

    const refresh = async () => {
      const current = detectPlanningPage(document, location.href, inPageBudget);
      detection = current;
      if (dismissedThisVisit || !current.planning) {
        if (!current.planning) card = closeCard(card);
        return;
      }
      // The background validated and chose this offer; zod stays out of the page to keep this script small.
      const reply = (await sendToBackground({ type: 'page:detected', visitId, detection: current })) as
        | PromptOffer
        | { ok: false };
      if (ctx.isInvalid) return;
      const offer = reply && 'prompt' in reply ? reply : null;
      if (!offer) {
        card = closeCard(card);
        return;
      }
      if (card?.promptId === offer.prompt.id) return;
      card = closeCard(card);
      card = mountCard(ctx, offer, {
        visitId,
        onGone: (why) => {
          card = null;
          if (why !== 'replaced') dismissedThisVisit = true;
        },
      });
    };

    const startVisit = () => {
      visit.abort();
      visit = new AbortController();
      visitId = crypto.randomUUID();
      dismissedThisVisit = false;
      card = closeCard(card);
      void refresh().catch(reportError);
      if (document.body)
        watchPage(document.body, () => void refresh().catch(reportError), {
          signal: visit.signal,
          isOwn: (node) => node === card?.host,
        });
    };
    ctx.onInvalidated(() => visit.abort());

    ctx.addEventListener(window, 'wxt:locationchange', startVisit);
    // Settings and history live in extension storage; a change there (say, a new daily cap) applies here at once.
    browser.storage.onChanged.addListener(onStorageChange);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChange));
    function onStorageChange() {
      if (!ctx.isInvalid) void refresh().catch(reportError);
    }

    browser.runtime.onMessage.addListener(onQuery);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onQuery));
    function onQuery(message: unknown, sender: { id?: string }) {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'detection:get')
        return undefined;
      if (window !== window.top) return undefined;
      return Promise.resolve({ detection, promptId: card?.promptId ?? null });
    }

    // Wait until the page has loaded and the browser is idle, so reading it never delays the page itself.
    await afterLoadAndIdle();
    if (!ctx.isInvalid) startVisit();
  },
});

function afterLoadAndIdle(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1500 });
        else setTimeout(resolve, 50);
      }),
  );
}

function closeCard(card: MountedCard | null): null {
  card?.remove('replaced');
  return null;
}

function reportError(error: unknown) {
  // The page must never see our failures; the popup shows detection state instead.
  console.debug('[Power of Many]', error);
}
