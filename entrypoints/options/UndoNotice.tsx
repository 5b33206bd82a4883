import { useEffect, useRef } from 'preact/hooks';
import { Button, Notice } from '../../src/ui/components';
import { t } from '../../src/ui/i18n';

type Props = { text: string; onUndo: () => void; onDismiss: () => void };

/** Says what was deleted and offers to put it back. Focus moves to Undo, as the deleted row is gone. */
export function UndoNotice({ text, onUndo, onDismiss }: Props) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undoRef.current?.focus();
  }, [text]);
  return (
    <Notice tone="info">
      <span class="pom-row">
        <span>{text}</span>
        <button type="button" ref={undoRef} class="pom-btn" data-variant="primary" onClick={onUndo}>
          {t('undo')}
        </button>
        <Button variant="quiet" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      </span>
    </Notice>
  );
}
