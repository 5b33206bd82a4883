/*
 * The practical details an invitation gives: when, where, and how to get in touch or sign up. They say
 * the page asks the reader in only beside an ask (minutes and job adverts have dates and addresses too),
 * so the classifier counts them only when the page also asks people to join, respond or take part.
 */

const dayNames = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const monthNames =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';

const details: ReadonlyArray<readonly [label: string, pattern: RegExp]> = [
  ['a time', /\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}[.:]\d{2}\s?(?:-|–|to)\s?\d{1,2}[.:]\d{2}\b/i],
  ['a day', new RegExp(`\\b${dayNames},?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${monthNames}\\b`, 'i')],
  [
    'a place',
    /\bvenue\b|\b(?:held|meet|meeting|takes place) (?:at|in) the\b|\bvia (?:zoom|teams|microsoft teams)\b|\bon (?:zoom|teams|microsoft teams)\b|\bonline (?:via|on|using)\b/i,
  ],
  [
    'a way to respond',
    /\b[\w.+-]+@[\w-]+\.[\w.]+\b|\b(?:call|phone|telephone|ring|text) (?:us |the [a-z ]{1,20})?(?:on )?0\d{2,4}\s?\d{3}\s?\d{3,4}\b|\b(?:online )?(?:survey|form|questionnaire) (?:here|online|below|at)\b/i,
  ],
  [
    'a date to respond by',
    new RegExp(
      `\\b(?:by|before|until|closes(?: on)?|deadline(?: is)?:?|no later than)\\s+(?:${dayNames}\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${monthNames}\\b`,
      'i',
    ),
  ],
];

/** Which practical details the text gives, by label, in a fixed order. */
export function invitationDetails(text: string): string[] {
  return details.filter(([, pattern]) => pattern.test(text)).map(([label]) => label);
}
