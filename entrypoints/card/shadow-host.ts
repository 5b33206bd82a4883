/**
 * The card's isolated home: a plain element with its own shadow root and stylesheet. Not a custom
 * element: a page could define that name first and run its own code in our host.
 */
export type ShadowHost = {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  /** Replaces the rules that can change while the card shows (its corner), inside the shadow root. */
  setStyle: (css: string) => void;
  remove: () => void;
};

const isolatedEvents = ['keydown', 'keyup', 'keypress'] as const;

export function createShadowHost(css: string, mode: ShadowRootMode): ShadowHost {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode });
  const style = document.createElement('style');
  // Inherited page styles (fonts, colours, line height) stop at the host; rem still follows the page, so use px.
  style.textContent = `:host { all: initial; }\n${css}`;
  const container = document.createElement('div');
  // Keys typed in the card must not trigger the page's own shortcuts.
  for (const type of isolatedEvents) container.addEventListener(type, (e) => e.stopPropagation());
  const changing = document.createElement('style');
  shadow.append(style, changing, container);
  (document.body ?? document.documentElement).append(host);
  const setStyle = (rules: string) => {
    if (changing.textContent !== rules) changing.textContent = rules;
  };
  return { host, shadow, container, setStyle, remove: () => host.remove() };
}
