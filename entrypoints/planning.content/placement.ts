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

/** Inline !important beats any page stylesheet, so a hostile page cannot hide or move the host. */
export function hostStyle(corner: Corner): string {
  const [v, hz] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const props: Record<string, string> = {
    all: 'initial',
    position: 'fixed',
    [v]: '16px',
    [hz]: '16px',
    'z-index': '2147483647',
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    'pointer-events': 'auto',
  };
  return Object.entries(props)
    .map(([k, val]) => `${k}: ${val} !important;`)
    .join(' ');
}
