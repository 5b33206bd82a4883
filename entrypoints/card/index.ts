import type { PromptOffer } from '../../src/messaging/protocol';
import { pageMessages } from '../../src/shell/page-runtime';
import { type CardWords, lookupFromCardWords } from '../../src/ui/card-words';
import { installMessages } from '../../src/ui/i18n';
import { type MountedCard, mountCard } from './mount';

type CardApi = {
  host: HTMLElement | null;
  show: (offer: unknown, visitId: string, words: CardWords) => void;
  remove: () => void;
};

/**
 * Injected by the background (src/shell/page-card.ts) only into a frame where a card will show. It
 * leaves its API in the extension's isolated world, where the background's follow-up call and the
 * watcher find it; the page's window is a different global and never sees it.
 */
export default defineUnlistedScript(() => {
  const shared = globalThis as typeof globalThis & { pomCard?: CardApi };
  if (shared.pomCard) return;
  let card: MountedCard | null = null;
  const api: CardApi = {
    host: null,
    show(offer, visitId, words) {
      const lookup = lookupFromCardWords(words, pageMessages);
      installMessages(lookup);
      // The background validated and chose this offer; zod stays out of the page to keep this script small.
      const chosen = offer as NonNullable<PromptOffer>;
      if (card?.promptId === chosen.prompt.id) return;
      api.remove();
      const mounted = mountCard(chosen, {
        visitId,
        lookup,
        onGone: () => {
          if (card === mounted) card = null;
          api.host = card?.host ?? null;
        },
      });
      card = mounted;
      api.host = mounted.host;
    },
    remove() {
      card?.remove();
      card = null;
      api.host = null;
    },
  };
  shared.pomCard = api;
});
