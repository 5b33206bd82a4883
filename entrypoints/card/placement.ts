export type Corner = 'bottom-right' | 'bottom-left' | 'top-right';

const CARD_W = 392;
const CARD_H = 320;

/** Picks a corner the card can sit in without covering what the user is editing. */
export function cardCorner(active: Element | null): Corner {
  if (!active || active === document.body || active === document.documentElement) return 'bottom-right';
  const r = active.getBoundingClientRect();
  const w = window.innerWidth;
  const h = window.innerHeight;
  const overlaps = (x: number, y: number) =>
    r.left < x + CARD_W && r.right > x && r.top < y + CARD_H && r.bottom > y;
  if (!overlaps(w - CARD_W, h - CARD_H)) return 'bottom-right';
  if (!overlaps(0, h - CARD_H)) return 'bottom-left';
  return 'top-right';
}

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
 * The chosen corner as a rule inside the shadow root, rather than an attribute on the host: the page
 * sees the host element and nothing on it.
 */
export function cornerCss(corner: Corner): string {
  if (corner === 'bottom-left') return ':host { right: auto !important; left: 16px !important; }';
  if (corner === 'top-right') return ':host { bottom: auto !important; top: 16px !important; }';
  return '';
}
