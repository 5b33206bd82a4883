import { browser } from 'wxt/browser';
import type { PageState, PromptOffer } from '../messaging/protocol';
import type { FrameRef } from '../messaging/router';
import { type CardWords, cardWords } from '../ui/card-words';
import type { MessageLookup } from '../ui/i18n';

/*
 * The card's code reaches a page only when a card will show there: the background injects card.js into
 * that one frame, then calls the function it left in the extension's isolated world. The page never
 * sees either: isolated-world globals are not the page's, and nothing is posted to the window.
 */

export const CARD_FILE = '/card.js';
/** The open card (Preact and its panels): injected only when the user opens the chip. */
export const OPEN_CARD_FILE = '/card-open.js';

type CardApi = { show: (offer: unknown, visitId: string, words: CardWords) => void; remove: () => void };
type WithCard = typeof globalThis & { pomCard?: CardApi };

const target = (f: FrameRef) => ({ tabId: f.tabId, frameIds: [f.frameId] });

let words: CardWords | undefined;
/** Read once a background lifetime: the language cannot change while the extension runs. */
const wordsForCard = () => {
  words ??= cardWords(browser.i18n.getMessage as MessageLookup);
  return words;
};

/** Shows the offer in that frame, injecting the card's code first if this frame has not had it yet. */
export async function showCard(frame: FrameRef, offer: NonNullable<PromptOffer>, visitId: string) {
  const tell = async () => {
    const [result] = await browser.scripting.executeScript({
      target: target(frame),
      func: (o: unknown, v: string, w: CardWords) => {
        const card = (globalThis as WithCard).pomCard;
        card?.show(o, v, w);
        return card !== undefined;
      },
      args: [offer, visitId, wordsForCard()],
    });
    return result?.result === true;
  };
  if (await tell()) return;
  await browser.scripting.executeScript({ target: target(frame), files: [CARD_FILE] });
  if (!(await tell())) throw new Error(browser.i18n.getMessage('err_card_notStarted'));
}

export async function openCard(frame: FrameRef): Promise<void> {
  await browser.scripting.executeScript({ target: target(frame), files: [OPEN_CARD_FILE] });
}

export async function removeCard(frame: FrameRef): Promise<void> {
  await browser.scripting.executeScript({
    target: target(frame),
    func: () => (globalThis as WithCard).pomCard?.remove(),
  });
}

/**
 * Test builds only: the background's decision, stamped on the frame's root element, so end-to-end tests
 * wait for detection to finish rather than for a timer. Production builds never call this.
 */
export async function stampDecision(frame: FrameRef, state: PageState): Promise<void> {
  await stamp(frame, `${state.detection.planning ? 'planning' : 'not-planning'} ${state.decision}`);
}

/** Test builds only: the page was left unread, why (no card could have shown there) and at which address. */
export async function stampUnread(frame: FrameRef, silence: string, address: string): Promise<void> {
  await stamp(frame, `unread ${silence}`, address).catch(() => undefined);
}

async function stamp(frame: FrameRef, value: string, unreadAt = ''): Promise<void> {
  await browser.scripting.executeScript({
    target: target(frame),
    func: (v: string, at: string) => {
      const root = document.documentElement;
      if (at) root.setAttribute('data-pom-test-unread-at', at);
      root.setAttribute('data-pom-test-decision', v);
      root.setAttribute(
        'data-pom-test-decisions',
        String(Number(root.getAttribute('data-pom-test-decisions') ?? 0) + 1),
      );
    },
    args: [value, unreadAt],
  });
}
