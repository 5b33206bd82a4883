/*
 * Where the prompt card sits, as pure geometry so it can be tested without a browser. The caret line is
 * the one place the card must never cover; the rest of the editor it covers as little as it can.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacementInput {
  viewport: { width: number; height: number };
  card: { width: number; height: number };
  /** The element being edited, if any, in viewport coordinates. */
  editor: Box | null;
  /** The line the caret is on (a zero-width caret rect is fine), in viewport coordinates. */
  caret: Box | null;
}

/** Gap kept from the viewport's edges and from the caret line. */
export const edgeGap = 16;
/** Room kept above and below the caret line, so the lines next to it stay readable too. */
export const caretMargin = 24;

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The band the card keeps clear: the caret line across the whole editor, with a margin above and below. */
export function caretBand(input: PlacementInput): Box | null {
  const { caret, editor } = input;
  if (!caret) return null;
  const left = editor ? Math.min(editor.left, caret.left) : 0;
  const right = editor
    ? Math.max(editor.left + editor.width, caret.left + caret.width)
    : input.viewport.width;
  return {
    left,
    top: caret.top - caretMargin,
    width: right - left,
    height: caret.height + 2 * caretMargin,
  };
}

/** Candidate spots, in the order a reader expects the card: bottom right first, then the other edges. */
function candidates(input: PlacementInput): Box[] {
  const { viewport: v, card: c } = input;
  const right = v.width - c.width - edgeGap;
  const bottom = v.height - c.height - edgeGap;
  const spots: Array<[number, number]> = [
    [right, bottom],
    [edgeGap, bottom],
    [right, edgeGap],
    [edgeGap, edgeGap],
  ];
  const band = caretBand(input);
  if (band) {
    // Just above and just below the caret band, at either side: the nearest room that leaves it clear.
    for (const top of [band.top - c.height - 4, band.top + band.height + 4]) {
      spots.push([right, top], [edgeGap, top]);
    }
  }
  return spots
    .map(([left, top]) => ({
      left: Math.max(0, left),
      top: Math.max(0, top),
      width: c.width,
      height: c.height,
    }))
    .filter((box) => box.top + box.height <= v.height && box.left + box.width <= v.width);
}

export type Placement = { kind: 'float'; box: Box } | { kind: 'dock'; side: 'right' | 'left' };

/**
 * The spot that leaves the caret line clear and covers least of the editor; when no spot leaves the caret
 * line clear (a small window, a tall card), dock to the side the editor leaves most room on.
 */
export function placeCard(input: PlacementInput): Placement {
  const band = caretBand(input);
  const clear = candidates(input).filter((box) => !band || overlapArea(box, band) === 0);
  if (clear.length > 0) {
    const cost = (box: Box) => (input.editor ? overlapArea(box, input.editor) : 0);
    // A stable sort keeps the preferred order among equally good spots.
    const best = [...clear].sort((a, b) => cost(a) - cost(b))[0] as Box;
    return { kind: 'float', box: best };
  }
  const editor = input.editor;
  if (!editor) return { kind: 'dock', side: 'right' };
  const roomRight = input.viewport.width - (editor.left + editor.width);
  return { kind: 'dock', side: roomRight >= editor.left ? 'right' : 'left' };
}
