import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/detect/classify';
import { decideMode } from '../../../src/detect/mode';
import { emptyPageSignals, type PageSignals } from '../../../src/detect/page-signals';
import { parseAddress } from '../../../src/detect/platforms';

function signalsFor(url: string, parts: Partial<Omit<PageSignals, 'url'>> = {}): PageSignals {
  return { ...emptyPageSignals(), ...parts, url: parseAddress(url) };
}

describe('decideMode', () => {
  const none = { editing: false, drafting: 0, reviewing: 0, takingPart: 0 } as const;

  it('calls anything in an editor drafting, whatever the page invites', () => {
    expect(decideMode({ ...none, editing: true, takingPart: 6, context: 'engagement' })).toBe('drafting');
  });

  it('lets the strongest of the page’s own cues decide', () => {
    expect(decideMode({ ...none, drafting: 6, reviewing: 2, context: 'strategy' })).toBe('drafting');
    expect(decideMode({ ...none, drafting: 4, reviewing: 3, context: 'project' })).toBe('reviewing');
    expect(decideMode({ ...none, reviewing: 2, takingPart: 3, context: 'board' })).toBe('taking-part');
  });

  it('meets a page with no cues as its kind usually is', () => {
    expect(decideMode({ ...none, context: 'coproduction' })).toBe('taking-part');
    expect(decideMode({ ...none, context: 'board' })).toBe('reviewing');
    expect(decideMode({ ...none, context: 'project' })).toBe('drafting');
  });
});

describe('mode on whole pages', () => {
  const view = 'https://northbrook.atlassian.net/wiki/spaces/QI/pages/40101/page';

  it('is null exactly when the page is not planning', () => {
    const recipe = classify(signalsFor(view, { title: 'Chickpea curry', text: 'Ingredients\nServes 4' }));
    expect(recipe.planning).toBe(false);
    expect(recipe.mode).toBeNull();
  });

  it('reads a patient participation group’s page as taking part', () => {
    const detection = classify(
      signalsFor(view, {
        title: 'Patient participation group',
        headings: ['Patient participation group', 'Terms of reference', 'How to get involved'],
        text: 'Our patient participation group meets every quarter. New members are welcome: register your interest at reception.\nMembership\nThe group works with the practice to co-produce improvements.',
      }),
    );
    expect(detection.planning).toBe(true);
    expect(detection.context).toBe('coproduction');
    expect(detection.mode).toBe('taking-part');
  });

  it('reads a draft strategy put out for comment as reviewing', () => {
    const detection = classify(
      signalsFor(view, {
        title: 'Draft nursing strategy 2026–2029 for comment',
        headings: ['Our priorities', 'Strategic objectives', 'How to comment'],
        text: 'This draft is for comment. Please review the priorities and send your comments by 12 January.',
      }),
    );
    expect(detection.planning).toBe(true);
    expect(detection.mode).toBe('reviewing');
  });

  it('reads a template with placeholders in an editor as drafting', () => {
    const detection = classify(
      signalsFor('https://docs.google.com/document/d/1abc/edit', {
        title: 'PDSA worksheet',
        headings: ['Plan', 'Do', 'Study', 'Act'],
        text: 'Aim statement: [what are you trying to accomplish?]\nChange idea: [describe]\nPredictions: TBC',
      }),
    );
    expect(detection.planning).toBe(true);
    expect(detection.mode).toBe('drafting');
  });
});
