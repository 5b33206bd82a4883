import { componentCss } from './styles';
import { paletteCss } from './tokens';

/**
 * The card's own stylesheet, scoped to its shadow root; px only, so page font sizes cannot distort it.
 * Its box counts padding and border, so its height never passes the window's edge; the width keeps 360px
 * for the text inside (16px padding and a 1px border each side).
 */
export const promptCardCss = `${paletteCss(':host')}
${componentCss}
.prompt { box-sizing: border-box; width: 394px; max-width: calc(100vw - 32px); max-height: calc(100vh - 32px); overflow: auto; font-size: 14px; }
.prompt-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.eyebrow { margin: 0; font-size: 12px; font-weight: 600; color: var(--pom-muted); text-transform: uppercase; letter-spacing: .04em; }
.close { font-size: 20px; line-height: 1; min-width: 32px; }
.prompt-text { font-size: 16px; font-weight: 600; margin: 8px 0; }
.prompt-try { color: var(--pom-text); }
.why { border-top: 1px solid var(--pom-border); margin-top: 8px; padding-top: 8px; }
.why ul { margin: 0 0 8px; padding-left: 20px; }
.actions { margin-top: 12px; }
.snooze { margin-top: 8px; }
.chip { display: inline-flex; align-items: center; gap: 6px; max-width: 240px; padding: 6px 12px; border: 1px solid var(--pom-border);
  border-radius: 18px; background: var(--pom-bg); color: var(--pom-text); font-weight: 600; font-size: 13px; line-height: 1.4; cursor: pointer;
  box-shadow: 0 1px 4px rgba(0,0,0,.18); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.chip:hover { border-color: var(--pom-primary); }
.chip-mark { color: var(--pom-accent, var(--pom-focus)); font-size: 10px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
