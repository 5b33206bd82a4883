import { useState } from 'preact/hooks';
import type { PromptOffer } from '../messaging/protocol';
import { Button } from './components';
import { t } from './i18n';

export type CardAction =
  | { kind: 'reflect' }
  | { kind: 'snooze'; snoozeFor: 'hour' | 'day' | 'week' }
  | { kind: 'not-here' }
  | { kind: 'never' }
  | { kind: 'close' };

type Props = { offer: NonNullable<PromptOffer>; onAction: (action: CardAction) => void };

export const CARD_SHORTCUT = 'Alt+Shift+P';

/** The in-page prompt: one question, why it appeared, and four ways to respond. */
export function PromptCard({ offer, onAction }: Props) {
  const [why, setWhy] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const { prompt, context, signals } = offer;
  const evidence = signals.filter((s) => s.weight > 0).slice(0, 6);
  return (
    <aside
      class="pom pom-card prompt"
      aria-labelledby="pom-prompt-text"
      aria-describedby="pom-prompt-try"
      aria-keyshortcuts={CARD_SHORTCUT}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onAction({ kind: 'close' });
      }}
    >
      <div class="prompt-head">
        <p class="eyebrow">{t('cardEyebrow', t(`context_${context}`))}</p>
        <Button
          variant="quiet"
          class="close"
          aria-label={t('cardClose')}
          onClick={() => onAction({ kind: 'close' })}
        >
          ×
        </Button>
      </div>
      <p id="pom-prompt-text" class="prompt-text">
        {prompt.text}
      </p>
      <p id="pom-prompt-try" class="prompt-try">
        <strong>{t('cardTry')}</strong> {prompt.try}
      </p>
      <Button variant="quiet" aria-expanded={why} aria-controls="pom-why" onClick={() => setWhy(!why)}>
        {t('cardWhy')}
      </Button>
      {why && (
        <div id="pom-why" class="why">
          <p>{prompt.why}</p>
          <p class="pom-hint">
            {t('cardSource')} {prompt.source} · {prompt.shift}
          </p>
          {evidence.length > 0 && (
            <>
              <p class="pom-hint">{t('cardNoticed')}</p>
              <ul>
                {evidence.map((s) => (
                  <li key={`${s.source}:${s.term}`}>{s.term}</li>
                ))}
              </ul>
            </>
          )}
          <p class="pom-hint">{t('cardPrivacy')}</p>
        </div>
      )}
      <div class="pom-row actions">
        <Button variant="primary" onClick={() => onAction({ kind: 'reflect' })}>
          {t('cardReflect')}
        </Button>
        <Button aria-expanded={snoozing} aria-controls="pom-snooze" onClick={() => setSnoozing(!snoozing)}>
          {t('cardSnooze')}
        </Button>
        <Button onClick={() => onAction({ kind: 'not-here' })}>{t('cardNotHere')}</Button>
        <Button variant="quiet" onClick={() => onAction({ kind: 'never' })}>
          {t('cardNever')}
        </Button>
      </div>
      {snoozing && (
        <fieldset id="pom-snooze" class="snooze">
          <legend class="pom-legend">{t('cardSnoozeFor')}</legend>
          <div class="pom-row">
            <Button onClick={() => onAction({ kind: 'snooze', snoozeFor: 'hour' })}>{t('snoozeHour')}</Button>
            <Button onClick={() => onAction({ kind: 'snooze', snoozeFor: 'day' })}>{t('snoozeDay')}</Button>
            <Button onClick={() => onAction({ kind: 'snooze', snoozeFor: 'week' })}>{t('snoozeWeek')}</Button>
          </div>
        </fieldset>
      )}
    </aside>
  );
}
