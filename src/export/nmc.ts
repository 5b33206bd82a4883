import { activitiesOf, changedOf, codeRelationOf, type RevalidationReflection } from '../reflections/fields';
import { withGroupPreface } from '../together/export-lines';
import { type NmcTheme, nmcThemes } from '../vocabulary';
import { byOccurrence, monthYearOf, nmcActivityLabels, nmcThemeLabels, titleOf } from './labels';
import { msg } from './messages';

/** The four questions of the NMC reflective accounts form, word for word (kept in _locales). */
export const nmcQuestions = {
  q1: msg('exp_nmc_q1'),
  q2: msg('exp_nmc_q2'),
  q3: msg('exp_nmc_q3'),
  q4: msg('exp_nmc_q4'),
} as const;

export interface NmcAnswer {
  question: string;
  /** The reflection's own text, unchanged; may be empty or span several lines. */
  answer: string;
}

export interface NmcThemeTick {
  theme: NmcTheme;
  label: string;
  ticked: boolean;
}

export interface NmcAccount {
  /** 1-based: the order the user chose, or when the events happened. */
  number: number;
  heading: string;
  reflectionId: string;
  title: string;
  /** Month and year only, as the NMC's guidance advises. */
  monthYear: string;
  /** What question 1 is about: CPD, feedback, an event, or a combination. */
  activities: string[];
  reminder: string;
  /** Questions 1 to 3: what happened, what was learned, what was changed (never the plan for next time). */
  answers: [NmcAnswer, NmcAnswer, NmcAnswer];
  code: {
    question: string;
    /** All four themes in the Code's order, ticked or not, as on the paper form. */
    themes: NmcThemeTick[];
    /** Set when no theme is ticked, so the gap is visible rather than silent. */
    note: string | null;
    /** The user's note of how the account relates to the Code. */
    relation: NmcAnswer;
  };
}

export interface NmcAccountOptions {
  /** The user's "choose your five", in order: only these are written, numbered 1 to 5 in this order. */
  chosen?: readonly string[];
}

/** The reflections to write up: the chosen ones in the chosen order, or every one, oldest event first. */
export function accountsToWrite<T extends RevalidationReflection>(
  reflections: readonly T[],
  chosen?: readonly string[],
): T[] {
  if (!chosen) return [...reflections].sort(byOccurrence);
  const byId = new Map(reflections.map((r) => [r.id, r]));
  return [...new Set(chosen)].flatMap((id) => {
    const r = byId.get(id);
    return r ? [r] : [];
  });
}

function accountOf(reflection: RevalidationReflection, number: number): NmcAccount {
  const ticked = new Set(reflection.nmc.themes);
  return {
    number,
    heading: msg('exp_nmc_heading', String(number)),
    reflectionId: reflection.id,
    title: titleOf(reflection.title),
    monthYear: monthYearOf(reflection.occurredOn),
    activities: activitiesOf(reflection).map((a) => nmcActivityLabels[a]),
    reminder: msg('exp_nmc_reminder'),
    answers: [
      { question: nmcQuestions.q1, answer: withGroupPreface(reflection.what, reflection) },
      { question: nmcQuestions.q2, answer: reflection.soWhat },
      { question: nmcQuestions.q3, answer: changedOf(reflection) },
    ],
    code: {
      question: nmcQuestions.q4,
      themes: nmcThemes.map((theme) => ({ theme, label: nmcThemeLabels[theme], ticked: ticked.has(theme) })),
      note: ticked.size === 0 ? msg('exp_nmc_noTheme') : null,
      relation: { question: msg('exp_nmc_codeRelation'), answer: codeRelationOf(reflection) },
    },
  };
}

/** The NMC reflective accounts form's structure, one account per reflection. */
export function toNmcAccounts(
  reflections: readonly RevalidationReflection[],
  opts: NmcAccountOptions = {},
): NmcAccount[] {
  return accountsToWrite(reflections, opts.chosen).map((r, i) => accountOf(r, i + 1));
}
