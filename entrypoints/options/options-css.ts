import { chartCss } from '../../src/ui/charts';
import { journeyCss, togetherCss } from '../../src/ui/journey-chart';
import { printViewCss } from '../../src/ui/print-view';

/** Layout for the reflection log page, on top of the shared component styles. */
const layoutCss = `
.options { max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; }
.options-head { display: flex; justify-content: space-between; align-items: baseline; flex-wrap: wrap; gap: 8px; }
.tabs ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; padding: 0; margin: 0 0 16px;
  border-bottom: 2px solid var(--pom-border); }
.tabs a { display: inline-block; padding: 8px 14px; text-decoration: none; font-weight: 600; border-radius: 6px 6px 0 0; }
.tabs a[aria-current='page'] { background: var(--pom-primary); color: var(--pom-onPrimary); }
.tabs a:not([aria-current='page']):hover { background: var(--pom-surface); }
.view-heading:focus { outline: none; }
.view-heading:focus-visible { outline: 3px solid var(--pom-focus); }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0 16px; align-items: end; }
.filters .pom-field { margin-bottom: 8px; }
.filters-search { grid-column: 1 / -1; }
.log-summary { font-weight: 600; margin: 8px 0; }
.bulk { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; padding: 8px 0; }
.bulk .pom-check { margin: 0; }
.log-table { width: 100%; border-collapse: collapse; }
.log-table th, .log-table td { text-align: left; padding: 8px; border-bottom: 1px solid var(--pom-border); vertical-align: top; }
.log-table thead th { font-size: 13px; color: var(--pom-muted); }
.log-table .col-select { width: 2.5em; }
.log-table .col-when { white-space: nowrap; }
.tag-list { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
.tag { background: var(--pom-surface); border: 1px solid var(--pom-border); border-radius: 999px; padding: 0 8px; font-size: 13px; }
.badge-pii { display: inline-block; border: 2px solid var(--pom-warning); color: var(--pom-warning); border-radius: 4px;
  padding: 0 6px; font-size: 12px; font-weight: 700; white-space: nowrap; }
.pager { display: flex; gap: 12px; align-items: center; margin: 12px 0; flex-wrap: wrap; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; list-style: none; padding: 0; }
.tile { border: 2px solid var(--pom-border); border-radius: 8px; padding: 12px; display: flex; gap: 8px; align-items: flex-start; }
.tile[data-covered='true'] { border-color: var(--pom-success); }
.tile svg { flex: none; }
.tile-covered { stroke: var(--pom-success); }
.tile-missing { stroke: var(--pom-muted); }
.report-list li { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
.report-list { max-height: 240px; overflow: auto; border: 1px solid var(--pom-border); border-radius: 4px; padding: 4px 24px; }
.danger-zone { border: 2px solid var(--pom-danger); border-radius: 8px; padding: 12px 16px; margin-top: 24px; }
.danger-zone h3 { margin-top: 0; }
.prompt-table { border-collapse: collapse; width: 100%; }
.prompt-table th, .prompt-table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--pom-border); vertical-align: top; }
.print-toolbar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 16px; }
`;

export function applyOptionsStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = `${layoutCss}${chartCss}${printViewCss}${journeyCss}${togetherCss}`;
  doc.head.append(style);
}
