import { planningContexts } from '../detect/vocabulary';
import type { MessageKey, MessageLookup } from './i18n';

/*
 * The words the in-page card shows travel with the offer from the background. In a content script the
 * first i18n.getMessage call makes Chromium fetch the extension's whole message bundle with a
 * synchronous call to the browser process, which cost the page tens of milliseconds; the background
 * has the bundle already. tests/unit/ui/card-words.test.ts keeps this list in step with the card's code.
 */
export const cardMessageKeys: readonly MessageKey[] = [
  ...((
    'cardAnnounce cardChipLabel cardClose cardCollapse cardEyebrow cardFailed cardMore cardNever ' +
    'cardNeverDone cardNotHere cardNotHereDone cardNoticed cardPrivacy cardReflect cardSnooze cardSnoozeFor ' +
    'cardSnoozed cardSource cardTry commitmentCheckFailed commitmentCheckNote commitmentCheckQuestion ' +
    'commitmentCheckSave commitmentCheckSaved inviteGreetingCoAuthors inviteGreetingGroup inviteGreetingPartner ' +
    'inviteIntro inviteIntroAbout inviteReplyBy inviteSubject inviteSubjectAbout inviteThanks inviteWhy ' +
    'outcome_done outcome_no_longer_relevant outcome_not_yet outcome_partly passItOnAbout passItOnAboutHint ' +
    'passItOnAudience passItOnAudienceCoAuthors passItOnAudienceGroup passItOnAudiencePartner passItOnButton ' +
    'passItOnCopied passItOnCopy passItOnCopyFailed passItOnEmail passItOnNothingSent passItOnOffByOrganisation ' +
    'passItOnReplyBy passItOnText passItOnTextHint passItOnTooLong snoozeDay snoozeHour snoozeWeek followUpLine ' +
    // Named in modules the card imports for other reasons; the test below cannot tell them apart, and they cost nothing.
    'pageTitle saved err_together_noCommitment'
  ).split(' ') as MessageKey[]),
  ...planningContexts.map((c) => `context_${c}` as MessageKey),
];

/** Stand-ins for $1…$9 that no message contains, so a template can be filled in later. */
const holes = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));

export type CardWords = Record<string, string>;

/** The card's words in the browser's language, holes left where substitutions go. */
export function cardWords(lookup: MessageLookup): CardWords {
  return Object.fromEntries(cardMessageKeys.map((key) => [key, lookup(key, holes)]));
}

/** A lookup over words sent by the background; a key it lacks falls back to `fallback`. */
export function lookupFromCardWords(words: CardWords, fallback: MessageLookup): MessageLookup {
  return (key, substitutions) => {
    const template = words[key];
    if (template === undefined) return fallback(key, substitutions);
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return template.replace(/[\ue001-\ue009]/g, (hole) => subs[hole.charCodeAt(0) - 0xe001] ?? '');
  };
}
