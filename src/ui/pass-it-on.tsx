import { useId, useMemo, useState } from 'preact/hooks';
import { composeInvitation, mailtoFor } from '../together/invitation';
import { type InvitationAudience, invitationAudiences } from '../together/vocabulary';
import { Button, Field, Notice } from './components';
import { t } from './i18n';

/** Settles once the work is done; rejects with a message for the user. */
type Done = Promise<void>;

export type PassItOnProps = {
  /** The prompt's question and why it matters, as the card or popup shows them. */
  question: string;
  why: string;
  /** The reply-by date to suggest, YYYY-MM-DD (the caller knows the clock). */
  suggestedReplyBy: string;
  /** False when the organisation has switched "Pass it on" off. */
  allowed: boolean;
  /** Puts text on the clipboard (navigator.clipboard in extension pages). */
  copy: (text: string) => Done;
  /** Told once the user copies the text or opens it in e-mail; records that it was passed on, no text. */
  onPassedOn: (how: 'copy' | 'email') => void;
};

/** "Ask others": turns a prompt into an invitation the user edits and sends themselves. */
export function PassItOn(props: PassItOnProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (!props.allowed) return <p class="pom-hint">{t('passItOnOffByOrganisation')}</p>;
  return (
    <div class="pass-it-on">
      <Button aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('passItOnButton')}
      </Button>
      {open && (
        <div id={panelId}>
          <InvitationEditor {...props} />
        </div>
      )}
    </div>
  );
}

function InvitationEditor({ question, why, suggestedReplyBy, copy, onPassedOn }: PassItOnProps) {
  const [audience, setAudience] = useState<InvitationAudience>('co-authors');
  const [replyBy, setReplyBy] = useState(suggestedReplyBy);
  const [about, setAbout] = useState('');
  const [edited, setEdited] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const composed = useMemo(
    () => composeInvitation({ audience, question, why, replyBy, about }),
    [audience, question, why, replyBy, about],
  );
  const body = edited ?? composed.body;
  const mailto = mailtoFor({ subject: composed.subject, body });
  const doCopy = async () => {
    try {
      await copy(body);
      setStatus({ tone: 'success', text: t('passItOnCopied') });
      onPassedOn('copy');
    } catch {
      setStatus({ tone: 'error', text: t('passItOnCopyFailed') });
    }
  };
  return (
    <div class="pom-stack">
      <AudienceChoice value={audience} onChange={setAudience} />
      <Field label={t('passItOnReplyBy')}>
        {(id) => (
          <input id={id} type="date" value={replyBy} onInput={(e) => setReplyBy(e.currentTarget.value)} />
        )}
      </Field>
      <Field label={t('passItOnAbout')} hint={t('passItOnAboutHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            type="text"
            maxLength={120}
            aria-describedby={describedBy}
            value={about}
            onInput={(e) => setAbout(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('passItOnText')} hint={t('passItOnTextHint')}>
        {(id, describedBy) => (
          <textarea
            id={id}
            rows={10}
            aria-describedby={describedBy}
            value={body}
            onInput={(e) => setEdited(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="pom-row">
        <Button variant="primary" onClick={() => void doCopy()}>
          {t('passItOnCopy')}
        </Button>
        {mailto ? (
          <a href={mailto} onClick={() => onPassedOn('email')}>
            {t('passItOnEmail')}
          </a>
        ) : (
          <span class="pom-hint">{t('passItOnTooLong')}</span>
        )}
      </div>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
      <p class="pom-hint">{t('passItOnNothingSent')}</p>
    </div>
  );
}

const audienceKeys = {
  'co-authors': 'passItOnAudienceCoAuthors',
  'patient-partner': 'passItOnAudiencePartner',
  group: 'passItOnAudienceGroup',
} as const;

function AudienceChoice(props: { value: InvitationAudience; onChange: (a: InvitationAudience) => void }) {
  const name = useId();
  return (
    <fieldset>
      <legend class="pom-legend">{t('passItOnAudience')}</legend>
      {invitationAudiences.map((a) => (
        <label key={a} class="pom-check">
          <input type="radio" name={name} checked={props.value === a} onChange={() => props.onChange(a)} />
          {t(audienceKeys[a])}
        </label>
      ))}
    </fieldset>
  );
}
