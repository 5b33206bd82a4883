import { useState } from 'preact/hooks';
import type { PromptOffer } from '../messaging/protocol';
import { CARD_SHORTCUT } from './card-chip';
import type { CardAction, CardPorts } from './card-ports';
import { CommitmentCheck } from './commitment-check';

export type { CardAction, CardPorts };

import { Button } from './components';
import { t } from './i18n';
import { PassItOn } from './pass-it-on';

type Offer = NonNullable<PromptOffer>;

function WhyPanel({ offer }: { offer: Offer }) {
  const evidence = offer.signals.filter((s) => s.weight > 0).slice(0, 6);
  return (
    <div id="pom-why" class="why">
      <p>{offer.prompt.why}</p>
      <p class="pom-hint">
        {t('cardSource')} {offer.prompt.source} · {offer.prompt.shift}
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
  );
}

function SnoozeChoices({ onAction }: { onAction: (action: CardAction) => void }) {
  return (
    <fieldset id="pom-snooze" class="snooze">
      <legend class="pom-legend">{t('cardSnoozeFor')}</legend>
      <div class="pom-row">
        <Button onClick={() => onAction({ kind: 'snooze', snoozeFor: 'hour' })}>{t('snoozeHour')}</Button>
        <Button onClick={() => onAction({ kind: 'snooze', snoozeFor: 'day' })}>{t('snoozeDay')}</Button>
        <Button onClick={() => onAction({ kind: 'snooze', snoozeFor: 'week' })}>{t('snoozeWeek')}</Button>
      </div>
    </fieldset>
  );
}

function CardActions({ onAction }: { onAction: (action: CardAction) => void }) {
  const [snoozing, setSnoozing] = useState(false);
  return (
    <>
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
      {snoozing && <SnoozeChoices onAction={onAction} />}
    </>
  );
}

function addWeek(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7);
  return date.toISOString().slice(0, 10);
}

/** A commitment to ask about first, and "Ask others" below the question: the power of many on the card. */
function Together({
  offer,
  ports,
  onAction,
}: {
  offer: Offer;
  ports: CardPorts;
  onAction: (a: CardAction) => void;
}) {
  return (
    <>
      {offer.commitmentAsk && (
        <CommitmentCheck commitment={offer.commitmentAsk.commitment} onAnswer={ports.answerCommitment} />
      )}
      <PassItOn
        question={offer.prompt.text}
        why={offer.prompt.why}
        suggestedReplyBy={addWeek(ports.today)}
        allowed={offer.passItOn !== false}
        copy={ports.copy}
        onPassedOn={() => onAction({ kind: 'passed-on' })}
      />
    </>
  );
}

type CardProps = {
  offer: Offer;
  ports: CardPorts;
  onAction: (action: CardAction) => void;
  onCollapse: () => void;
};

/** The card opened: the question first; "try", why and the sources only when asked for. */
export function PromptCard({ offer, ports, onAction, onCollapse }: CardProps) {
  const [why, setWhy] = useState(false);
  return (
    <aside class="pom pom-card prompt" aria-labelledby="pom-prompt-text" aria-keyshortcuts={CARD_SHORTCUT}>
      <div class="prompt-head">
        <p class="eyebrow">{t('cardEyebrow', t(`context_${offer.context}`))}</p>
        <Button variant="quiet" class="close" aria-label={t('cardCollapse')} onClick={onCollapse}>
          –
        </Button>
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
        {offer.prompt.text}
      </p>
      <Button variant="quiet" aria-expanded={why} aria-controls="pom-why" onClick={() => setWhy(!why)}>
        {t('cardMore')}
      </Button>
      {why && (
        <>
          <p id="pom-prompt-try" class="prompt-try">
            <strong>{t('cardTry')}</strong> {offer.prompt.try}
          </p>
          <WhyPanel offer={offer} />
        </>
      )}
      <CardActions onAction={onAction} />
      <Together offer={offer} ports={ports} onAction={onAction} />
    </aside>
  );
}
