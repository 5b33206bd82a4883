import { t } from '../ui/i18n';
import type { InvitationAudience } from './vocabulary';

export interface InvitationInput {
  audience: InvitationAudience;
  /** The prompt's question, as the user may have edited it. */
  question: string;
  /** Why it matters, in a sentence. */
  why: string;
  /** YYYY-MM-DD. */
  replyBy: string;
  /** What the question is about, in the user's words ("the winter plan"); optional. */
  about?: string;
}

export interface Invitation {
  subject: string;
  body: string;
}

/** "Friday 12 December": the reply-by date as a person would write it, whatever the user's time zone. */
export function readableDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(date);
}

const greetingKey = {
  'co-authors': 'inviteGreetingCoAuthors',
  'patient-partner': 'inviteGreetingPartner',
  group: 'inviteGreetingGroup',
} as const;

/**
 * A short, plain invitation that someone who has never heard of the extension can answer: the question,
 * why it matters and a date. The extension only writes the text; the user edits and sends it themselves.
 */
export function composeInvitation(input: InvitationInput): Invitation {
  const about = input.about?.trim();
  const subject = about ? t('inviteSubjectAbout', about) : t('inviteSubject');
  const lines = [
    t(greetingKey[input.audience]),
    '',
    about ? t('inviteIntroAbout', about) : t('inviteIntro'),
    '',
    input.question.trim(),
    '',
    t('inviteWhy', input.why.trim()),
    '',
    t('inviteReplyBy', readableDate(input.replyBy)),
    '',
    t('inviteThanks'),
  ];
  return { subject, body: lines.join('\n') };
}

/** Mail programs and Windows cut long mailto: links; past this the user copies the text instead. */
export const mailtoLimit = 1_900;

/** A mailto: link with no recipient (the user chooses), or null when it would be too long to open. */
export function mailtoFor(invitation: Invitation): string | null {
  const link = `mailto:?subject=${encodeURIComponent(invitation.subject)}&body=${encodeURIComponent(invitation.body)}`;
  return link.length <= mailtoLimit ? link : null;
}
