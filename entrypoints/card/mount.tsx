import { render } from 'preact';
import type { PromptOffer } from '../../src/messaging/protocol';
import { sendFromPage as sendToBackground } from '../../src/shell/page-runtime';
import { t } from '../../src/ui/i18n';
import { type CardAction, PromptCard } from '../../src/ui/prompt-card';
import { promptCardCss } from '../../src/ui/prompt-card-css';
import { cardCorner, cornerCss, hostCss } from './placement';
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
  ui.setStyle(cornerCss(cardCorner(document.activeElement)));
  const live = document.createElement('div');
  live.className = 'live';
  live.setAttribute('aria-live', 'polite');
  const app = document.createElement('div');
  ui.container.append(live, app);
  const act = (action: CardAction) => void handle(action, live).catch(() => announce(live, t('cardFailed')));
  render(<PromptCard offer={offer} onAction={act} />, app);
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

  // A shortcut moves focus into the card only when the user asks for it.
  const onShortcut = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
      e.preventDefault();
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== ui.host) returnFocus = active;
      ui.shadow.querySelector<HTMLElement>('button')?.focus();
    }
  };
  const onFocus = () => {
    if (document.activeElement === ui.host) return;
    ui.setStyle(cornerCss(cardCorner(document.activeElement)));
  };
  document.addEventListener('keydown', onShortcut, true);
  document.addEventListener('focusin', onFocus, true);

  return { promptId: prompt.id, host: ui.host, remove };
}

function announce(live: HTMLElement, text: string) {
  live.textContent = text;
}
