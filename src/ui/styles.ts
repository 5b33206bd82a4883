import { fontStack, paletteCss, radius, space } from './tokens';

/** Styles every surface shares, the in-page card included, so they look like one product. */
export const componentCss = `
.pom { font: 14px/1.5 ${fontStack}; color: var(--pom-text); background: var(--pom-bg); }
.pom *, .pom *::before, .pom *::after { box-sizing: border-box; }
.pom :focus-visible { outline: 3px solid var(--pom-focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--pom-focusInner); }
.pom input[type='date']:focus-within, .pom input[type='time']:focus-within { outline: 3px solid var(--pom-focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--pom-focusInner); }
.pom p { margin: 0 0 ${space.s}px; }
.pom a { color: var(--pom-primary); }
.pom-btn { font: inherit; font-weight: 600; min-height: 32px; padding: ${space.xs}px ${space.m}px; border-radius: ${radius}px;
  border: 2px solid var(--pom-primary); background: var(--pom-bg); color: var(--pom-primary); cursor: pointer; }
.pom-btn:hover { background: var(--pom-surface); }
.pom-btn[data-variant='primary'] { background: var(--pom-primary); color: var(--pom-onPrimary); }
.pom-btn[data-variant='quiet'] { border-color: transparent; text-decoration: underline; }
.pom-btn[data-variant='danger'] { border-color: var(--pom-danger); color: var(--pom-danger); }
.pom-btn:disabled { opacity: 0.6; cursor: not-allowed; }
.pom-hint { color: var(--pom-muted); font-size: 13px; }
.pom-legend { font-weight: 600; }
.pom fieldset { border: 1px solid var(--pom-border); border-radius: ${radius}px; padding: ${space.s}px ${space.m}px; margin: 0 0 ${space.m}px; }
.pom-card { background: var(--pom-bg); color: var(--pom-text); border: 1px solid var(--pom-border); border-radius: ${radius * 1.5}px;
  padding: ${space.l}px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.pom-row { display: flex; gap: ${space.s}px; flex-wrap: wrap; align-items: center; }
@media (prefers-reduced-motion: reduce) { .pom * { animation: none !important; transition: none !important; } }
@media (forced-colors: active) { .pom-btn, .pom-card, .pom-notice { border: 2px solid CanvasText; } .pom :focus-visible, .pom input[type='date']:focus-within, .pom input[type='time']:focus-within { outline: 3px solid Highlight; } }
`;

/** Headings, forms and notices: only the extension's own pages need these. */
export const pageComponentCss = `
.pom h1 { font-size: 20px; margin: 0 0 ${space.m}px; }
.pom h2 { font-size: 16px; margin: ${space.l}px 0 ${space.s}px; }
.pom h3 { font-size: 14px; margin: ${space.m}px 0 ${space.xs}px; }
.pom-field { display: flex; flex-direction: column; gap: ${space.xs}px; margin-bottom: ${space.m}px; }
.pom-field label { font-weight: 600; }
.pom-error { color: var(--pom-danger); font-size: 13px; font-weight: 600; }
.pom input[type='text'], .pom input[type='date'], .pom input[type='search'], .pom input[type='number'], .pom input[type='time'], .pom input[type='url'], .pom select, .pom textarea {
  font: inherit; color: var(--pom-text); background: var(--pom-bg); border: 1px solid var(--pom-border);
  border-radius: ${radius / 2}px; padding: ${space.xs + 2}px ${space.s}px; width: 100%; }
.pom textarea { min-height: 72px; resize: vertical; }
.pom-check { display: flex; gap: ${space.s}px; align-items: flex-start; margin: ${space.xs}px 0; }
.pom-notice { border-left: 4px solid var(--pom-info); background: var(--pom-surface); padding: ${space.s}px ${space.m}px; margin: ${space.s}px 0; border-radius: ${radius / 2}px; }
.pom-notice[data-tone='success'] { border-color: var(--pom-success); }
.pom-notice[data-tone='warning'] { border-color: var(--pom-warning); }
.pom-notice[data-tone='error'] { border-color: var(--pom-danger); }
.platforms, .site-list { list-style: none; padding: 0; margin: 0 0 ${space.m}px; max-width: 640px; }
.platforms li, .site-list li { justify-content: space-between; padding: ${space.xs}px 0; border-bottom: 1px solid var(--pom-surface); }
.settings section { margin-bottom: ${space.xl}px; padding-bottom: ${space.s}px; border-bottom: 1px solid var(--pom-surface); }
.settings h3 { font-size: 16px; }
.settings select, .settings input[type='number'], .settings input[type='time'], .settings input[type='text'] { max-width: 360px; }
.pom-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Styles for an extension page. */
export const pageCss = `${paletteCss(':root')}
html, body { margin: 0; background: var(--pom-bg); }
${componentCss}${pageComponentCss}`;

export function applyPageStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = pageCss;
  doc.head.append(style);
  doc.body.classList.add('pom');
}
