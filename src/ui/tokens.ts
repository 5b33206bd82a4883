/**
 * Design tokens shared by the extension pages and the in-page card.
 * Pixels only: inside a page's shadow root, rem follows the page's own root font size.
 * Colour pairs are chosen for WCAG AA (4.5:1 for text) in both schemes.
 */
export const light = {
  bg: '#ffffff',
  surface: '#f3f6f8',
  text: '#1d2a33',
  muted: '#44545f',
  border: '#8a9aa5',
  primary: '#005e6e',
  onPrimary: '#ffffff',
  accent: '#7a3e8e',
  focus: '#ffb81c',
  focusInner: '#1d2a33',
  info: '#0b4f8a',
  success: '#1e6b34',
  warning: '#7a4a00',
  danger: '#a4262c',
} as const;

export const dark = {
  bg: '#14202a',
  surface: '#1c2b36',
  text: '#e8eef2',
  muted: '#b5c3cc',
  border: '#6f8290',
  primary: '#6fd0dc',
  onPrimary: '#0b1a22',
  accent: '#d7a6e6',
  focus: '#ffcc4d',
  focusInner: '#0b1a22',
  info: '#8cc4f5',
  success: '#8fd6a3',
  warning: '#f3c46b',
  danger: '#ff9b9b',
} as const;

export type Palette = { readonly [K in keyof typeof light]: string };

export const space = { xs: 4, s: 8, m: 12, l: 16, xl: 24 } as const;
export const radius = 8;
export const fontStack =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

function vars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--pom-${k}: ${v};`)
    .join(' ');
}

/** Custom properties for a scope (":root" for pages, ":host" for the card), light and dark. */
export function paletteCss(scope: string): string {
  return `${scope} { ${vars(light)} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { ${scope} { ${vars(dark)} } }`;
}
