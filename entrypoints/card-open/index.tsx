import { render } from 'preact';
import { type CardView, cardViewKey } from '../../src/ui/card-view';
import { installMessages } from '../../src/ui/i18n';
import { PromptCard } from '../../src/ui/prompt-card';

/**
 * The open card, injected by the background only when the user opens a chip (card.js asks for it). It
 * leaves its renderer in the extension's isolated world, beside card.js; the page never sees either.
 */
export default defineUnlistedScript(() => {
  const shared = globalThis as typeof globalThis & { [cardViewKey]?: CardView };
  if (shared[cardViewKey]) return;
  shared[cardViewKey] = {
    show(container, props) {
      installMessages(props.lookup);
      render(
        <PromptCard
          offer={props.offer}
          ports={props.ports}
          onAction={props.onAction}
          onCollapse={props.onCollapse}
        />,
        container,
      );
    },
    clear: (container) => render(null, container),
  };
});
