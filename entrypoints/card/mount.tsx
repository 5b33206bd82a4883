import { render } from 'preact';
import type { PromptOffer } from '../../src/messaging/protocol';
import { localDate } from '../../src/reflections/local-date';
import { sendFromPage as sendToBackground } from '../../src/shell/page-runtime';
import { focusedEditor } from '../../src/ui/card-measure';
import { t } from '../../src/ui/i18n';
import { type CardAction, type CardPorts, PromptPresence } from '../../src/ui/prompt-card';
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

export function mountCard(
  offer: NonNullable<PromptOffer>,
  opts: { visitId: string; onGone: () => void },
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
  const act = (action: CardAction) => void handle(action, live).catch(() => announce(live, t('cardFailed')));
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
  const draw = () => {
    render(
      <PromptPresence offer={offer} ports={ports} open={open} onOpenChange={setOpen} onAction={act} />,
      app,
    );
  };
  const setOpen = (next: boolean) => {
    open = next;
    draw();
  };
  draw();
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
    render(null, app);
    ui.remove();
    if (focusWasInCard && returnFocus?.isConnected) returnFocus.focus();
    opts.onGone();
  };

  const handle = async (action: CardAction, live: HTMLElement) => {
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
    announce(
      live,
      t(
        action.kind === 'snooze'
          ? 'cardSnoozed'
          : action.kind === 'never'
            ? 'cardNeverDone'
            : 'cardNotHereDone',
      ),
    );
    setTimeout(remove, 1500);
  };

  // A shortcut opens the card and moves focus into it, only when the user asks for it.
  const onShortcut = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
      e.preventDefault();
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== ui.host) returnFocus = active;
      setOpen(true);
      ui.shadow.querySelector<HTMLElement>('button')?.focus();
    } else if (e.key === 'Escape' && open) {
      // Esc closes the open card from anywhere; the page still gets its own Esc.
      const focusWasInCard = document.activeElement === ui.host;
      setOpen(false);
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
  // "Try this, and why" opens), so reading its size never forces a layout of the page.
  const resized = new ResizeObserver(() => {
    if (!gone) place();
  });
  resized.observe(app);

  return { promptId: prompt.id, host: ui.host, remove };
}

function announce(live: HTMLElement, text: string) {
  live.textContent = text;
}
