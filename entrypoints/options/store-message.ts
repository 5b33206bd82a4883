import { StoreError } from '../../src/reflections/store';
import { t } from '../../src/ui/i18n';

/** The store's own explanation (what happened, what to do), or a general one for anything unexpected. */
export function storeMessage(error: unknown): string {
  return error instanceof StoreError ? error.userMessage : t('unexpectedError');
}
