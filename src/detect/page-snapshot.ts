import { parseHTML } from 'linkedom';
import type { PageSample, SignalBudget } from './page-signals';
import { samplePage } from './sample-page';
import { FIELD_SELECTOR, isTextField, type PageSnapshot } from './snapshot-shape';

/**
 * The walk's sample of a page's snapshot, read in the background with the same walk the CLI uses: the
 * markup parsed apart from any page, the typed values put back where they were.
 */
export function sampleSnapshot(snapshot: PageSnapshot, budget: SignalBudget): PageSample {
  const { document } = parseHTML(snapshot.html);
  const fields = document.querySelectorAll(FIELD_SELECTOR);
  snapshot.fields.forEach((value, i) => {
    const field = fields[i];
    if (!value || !field || !isTextField(field.localName, field.getAttribute('type'))) return;
    if (field.localName === 'textarea') field.textContent = value;
    else field.setAttribute('value', value);
  });
  return samplePage(document as unknown as Document, budget);
}
