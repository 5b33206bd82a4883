import type { PromptOffer } from '../messaging/protocol';
import type { CardAction, CardPorts } from './card-ports';
import type { MessageLookup } from './i18n';

/** Where card-open.js leaves its renderer for card.js, in the extension's isolated world. */
export const cardViewKey = 'pomCardView';

export type CardViewProps = {
  offer: NonNullable<PromptOffer>;
  ports: CardPorts;
  /** Each script is its own bundle with its own copy of the words module, so the words travel too. */
  lookup: MessageLookup;
  onAction: (action: CardAction) => void;
  onCollapse: () => void;
};

export type CardView = {
  show: (container: HTMLElement, props: CardViewProps) => void;
  clear: (container: HTMLElement) => void;
};
