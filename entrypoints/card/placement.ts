import { editingBoxes } from '../../src/ui/card-measure';
import { placeCard } from '../../src/ui/card-placement';

/**
 * Where the host sits. The card's own `:host` rules are marked !important, and inside a shadow tree those
 * beat even a page's !important rules, so a hostile stylesheet cannot hide or move the card.
 */
export const hostCss = `
:host { display: block !important; position: fixed !important; z-index: 2147483647 !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;
  pointer-events: auto !important; clip-path: none !important; margin: 0 !important; width: auto !important;
  height: auto !important; top: auto !important; left: auto !important; bottom: 16px !important; right: 16px !important; }
`;

/**
 * The spot that leaves the caret line clear, as a rule inside the shadow root (the page sees the host
 * element and nothing on it). Reads layout only when the card is placed, never while the page is idle.
 */
export function placementCss(host: HTMLElement, editor: HTMLElement | null): string {
  const size = host.getBoundingClientRect();
  const boxes = editingBoxes(document, editor?.isConnected ? editor : null);
  const placement = placeCard({
    viewport: { width: window.innerWidth, height: window.innerHeight },
    card: { width: size.width, height: size.height },
    editor: boxes.editor,
    caret: boxes.caret,
  });
  if (placement.kind === 'float') {
    const { left, top } = placement.box;
    return `:host { left: ${Math.round(left)}px !important; top: ${Math.round(top)}px !important; bottom: auto !important; right: auto !important; }`;
  }
  const other = placement.side === 'right' ? 'left' : 'right';
  return `:host { top: 0 !important; bottom: 0 !important; ${placement.side}: 0 !important; ${other}: auto !important; }
.prompt { height: 100vh; max-height: 100vh; border-radius: 0; }`;
}
