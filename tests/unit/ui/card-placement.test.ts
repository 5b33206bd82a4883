import { describe, expect, it } from 'vitest';
import {
  type Box,
  caretBand,
  overlapArea,
  type PlacementInput,
  placeCard,
} from '../../../src/ui/card-placement';

const viewport = { width: 1280, height: 720 };
const card = { width: 360, height: 300 };
/** An editor that fills the width under a 100 px page header, as SharePoint and Confluence draw them. */
const wideEditor: Box = { left: 0, top: 100, width: 1280, height: 620 };
const caretAt = (top: number): Box => ({ left: 300, top, width: 1, height: 20 });

function floatBox(input: PlacementInput): Box {
  const placement = placeCard(input);
  if (placement.kind !== 'float')
    throw new Error(`expected a floating card, got ${JSON.stringify(placement)}`);
  return placement.box;
}

describe('placeCard', () => {
  it('sits bottom right when nothing is being edited', () => {
    expect(floatBox({ viewport, card, editor: null, caret: null })).toEqual({
      left: 1280 - 360 - 16,
      top: 720 - 300 - 16,
      width: 360,
      height: 300,
    });
  });

  it.each([120, 250, 400, 560, 690])(
    'never covers the caret line (caret at %i px) in a full-width editor',
    (top) => {
      const input = { viewport, card, editor: wideEditor, caret: caretAt(top) };
      const placement = placeCard(input);
      if (placement.kind === 'float') {
        expect(overlapArea(placement.box, caretBand(input) as Box)).toBe(0);
        expect(overlapArea(placement.box, { left: 0, top, width: 1280, height: 20 })).toBe(0);
      } else {
        expect(placement.kind).toBe('dock');
      }
    },
  );

  it('moves to the top when the caret is near the bottom', () => {
    expect(floatBox({ viewport, card, editor: wideEditor, caret: caretAt(600) }).top).toBeLessThan(600 - 300);
  });

  it('prefers a spot outside the editor when there is one', () => {
    const narrowEditor: Box = { left: 0, top: 0, width: 800, height: 720 };
    const box = floatBox({ viewport, card, editor: narrowEditor, caret: caretAt(650) });
    expect(overlapArea(box, narrowEditor)).toBe(0);
  });

  it('docks to the side with room when no spot leaves the caret line clear', () => {
    const small = { width: 1024, height: 400 };
    const editor: Box = { left: 0, top: 0, width: 700, height: 400 };
    const placement = placeCard({
      viewport: small,
      card: { width: 360, height: 380 },
      editor,
      caret: caretAt(190),
    });
    expect(placement).toEqual({ kind: 'dock', side: 'right' });
  });
});
