import type { PromptOffer } from '../../src/messaging/protocol';
import { localDate } from '../../src/reflections/local-date';
import { sendFromPage as sendToBackground } from '../../src/shell/page-runtime';
import { chipButton } from '../../src/ui/card-chip';
import { focusedEditor } from '../../src/ui/card-measure';
import type { CardAction, CardPorts } from '../../src/ui/card-ports';
import { type CardView, cardViewKey } from '../../src/ui/card-view';
import { type MessageLookup, t } from '../../src/ui/i18n';
import { promptCardCss } from '../../src/ui/prompt-card-css';
import { hostCss, placementCss } from './placement';
import { createShadowHost } from './shadow-host';

export type MountedCard = { promptId: string; host: HTMLElement; remove: () => void };

/**
 * Production pages cannot reach into the card (closed shadow root) or tell it apart from their own
 * elements. Test builds open it and mark its host so Playwright and axe can find it, unless a test page
 * asks for the production behaviour to prove that it keeps pages out.
 */
function wantsProductionCard(): boolean {
  return document.documentElement.hasAttribute('data-pom-test-closed-card');
}

const openView = () => (globalThis as typeof globalThis & { [cardViewKey]?: CardView })[cardViewKey];

// One closure over the card's state (open, placed, gone, where focus returns), which its listeners share.
export function mountCard(
  offer: NonNullable<PromptOffer>,
  opts: { visitId: string; lookup: MessageLookup; onGone: () => void },
): MountedCard {
  const { prompt } = offer;
  let gone = false;
  // Written out in full each time so production builds drop the test branches, strings and all.
  const ui = createShadowHost(
    `${promptCardCss}${hostCss}`,
    import.meta.env.WXT_POM_TEST === '1' && !wantsProductionCard() ? 'open' : 'closed',
  );
  if (import.meta.env.WXT_POM_TEST === '1' && !wantsProductionCard())
    ui.host.setAttribute('data-pom-card', '');
  const live = document.createElement('div');
  live.className = 'live';
  live.setAttribute('aria-live', 'polite');
  const app = document.createElement('div');
  ui.container.append(live, app);
  const act = (action: CardAction) => void handle(action).catch(() => announce(live, t('cardFailed')));
  const ports: CardPorts = {
    copy: (text) => navigator.clipboard.writeText(text),
    answerCommitment: async (outcome, note) => {
      const ask = offer.commitmentAsk;
      if (!ask) return;
      const reply = (await sendToBackground({
        type: 'commitment:answer',
        visitId: opts.visitId,
        reflectionId: ask.reflectionId,
        outcome,
        note,
      })) as { ok?: boolean } | undefined;
      if (!reply?.ok) throw new Error(t('commitmentCheckFailed'));
    },
    today: localDate(),
  };
  let open = false;
  // The editor the user was last typing in: opening the card moves focus into it, but the caret line
  // to keep clear is still the editor's.
  let lastEditor = focusedEditor(document, ui.host);
  const place = () => ui.setStyle(placementCss(ui.host, lastEditor));
  const drawChip = () =>
    app.replaceChildren(chipButton(document, prompt.text, t('cardChipLabel', prompt.text), () => openCard()));

  /** Opens the card, fetching its code the first time; the chip itself goes, so focus moves into the card. */
  const openCard = () => {
    if (open || gone) return;
    open = true;
    const ready = openView()
      ? Promise.resolve({ ok: true })
      : sendToBackground({ type: 'card:open', visitId: opts.visitId, promptId: prompt.id });
    ready
      .then(() => {
        const view = openView();
        if (!view) throw new Error('card-open.js did not start');
        if (gone || !open) return;
        app.replaceChildren();
        view.show(app, { offer, ports, lookup: opts.lookup, onAction: act, onCollapse: collapse });
        ui.shadow.querySelector<HTMLElement>('button')?.focus();
      })
      .catch(() => {
        open = false;
        announce(live, t('cardFailed'));
      });
  };
  const collapse = () => {
    if (!open) return;
    open = false;
    openView()?.clear(app);
    drawChip();
  };
  drawChip();
  // Announced politely after mount, so screen readers hear it without focus moving.
  setTimeout(() => announce(live, t('cardAnnounce', prompt.text)), 50);

  // Where the user was before the shortcut brought them into the card, so closing it takes them back.
  let returnFocus: HTMLElement | null = null;
  const remove = () => {
    if (gone) return;
    gone = true;
    const focusWasInCard = document.activeElement === ui.host;
    document.removeEventListener('keydown', onShortcut, true);
    document.removeEventListener('focusin', onFocus, true);
    document.removeEventListener('keyup', onFocus, true);
    resized.disconnect();
    if (open) openView()?.clear(app);
    ui.remove();
    if (focusWasInCard && returnFocus?.isConnected) returnFocus.focus();
    opts.onGone();
  };

  const handle = async (action: CardAction) => {
    if (action.kind === 'close') {
      remove();
      await sendToBackground({ type: 'prompt:close', visitId: opts.visitId, promptId: prompt.id });
      return;
    }
    if (action.kind === 'passed-on') {
      await sendToBackground({ type: 'prompt:passed-on', visitId: opts.visitId, promptId: prompt.id });
      return;
    }
    if (action.kind === 'reflect') {
      await sendToBackground({
        type: 'prompt:reflect',
        visitId: opts.visitId,
        promptId: prompt.id,
        pageTitle: document.title.slice(0, 500),
      });
      return remove();
    }
    await sendToBackground({
      type: 'prompt:action',
      visitId: opts.visitId,
      promptId: prompt.id,
      action: action.kind,
      ...(action.kind === 'snooze' && { snoozeFor: action.snoozeFor }),
    });
    const done = { snooze: 'cardSnoozed', never: 'cardNeverDone', 'not-here': 'cardNotHereDone' } as const;
    announce(live, t(done[action.kind]));
    setTimeout(remove, 1500);
  };

  // A shortcut opens the card and moves focus into it, only when the user asks for it.
  const onShortcut = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
      e.preventDefault();
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== ui.host) returnFocus = active;
      if (open) ui.shadow.querySelector<HTMLElement>('button')?.focus();
      else openCard();
    } else if (e.key === 'Escape' && open) {
      // Esc closes the open card from anywhere; the page still gets its own Esc.
      const focusWasInCard = document.activeElement === ui.host;
      collapse();
      const back = returnFocus ?? lastEditor;
      if (focusWasInCard && back?.isConnected) back.focus();
    }
  };
  // At most one placement a frame, however fast the user types near the card.
  let pendingPlace = 0;
  const placeSoon = () => {
    if (pendingPlace) return;
    pendingPlace = requestAnimationFrame(() => {
      pendingPlace = 0;
      if (!gone) place();
    });
  };
  const onFocus = () => {
    lastEditor = focusedEditor(document, ui.host) ?? lastEditor;
    if (document.activeElement !== ui.host) placeSoon();
  };
  document.addEventListener('keydown', onShortcut, true);
  document.addEventListener('focusin', onFocus, true);
  document.addEventListener('keyup', onFocus, true);
  // Placed when the browser has laid the card out (the observer's first call, then whenever it grows as
  // it opens), so reading its size never forces a layout of the page.
  const resized = new ResizeObserver(() => {
    if (!gone) place();
  });
  resized.observe(app);

  return { promptId: prompt.id, host: ui.host, remove };
}

function announce(live: HTMLElement, text: string) {
  live.textContent = text;
}
