import { type NmcTheme, nmcThemes, type Reflection } from '../reflections/model';
import { byOccurrence, monthYearOf, nmcActivityLabels, nmcThemeLabels, titleOf } from './labels';

/** The four questions of the NMC reflective accounts form, word for word. */
export const nmcQuestions = {
  q1: 'What was the nature of the CPD activity and/or practice-related feedback and/or event or experience in your practice?',
  q2: 'What did you learn from the CPD activity and/or feedback and/or event or experience in your practice?',
  q3: 'How did you change or improve your practice as a result?',
  q4: 'How is this relevant to the Code?',
} as const;

/** Our own wording of the form's reminder about identifiable information. */
export const nmcAnonymityReminder =
  'Do not include anything that might identify a specific patient, service user, colleague or other individual.';

export const nmcNoThemeNote = 'No Code theme chosen yet.';

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
  /** 1-based, in order of when the events happened. */
  number: number;
  heading: string;
  reflectionId: string;
  title: string;
  /** Month and year only, as the NMC's guidance advises. */
  monthYear: string;
  /** What question 1 is about, if the user said. */
  activity: string | null;
  reminder: string;
  /** Questions 1 to 3: what happened, what was learned, what changed. */
  answers: [NmcAnswer, NmcAnswer, NmcAnswer];
  code: {
    question: string;
    /** All four themes in the Code's order, ticked or not, as on the paper form. */
    themes: NmcThemeTick[];
    /** Set when no theme is ticked, so the gap is visible rather than silent. */
    note: string | null;
  };
}

/** The NMC reflective accounts form's structure, one account per reflection, oldest event first. */
export function toNmcAccounts(reflections: readonly Reflection[]): NmcAccount[] {
  return [...reflections].sort(byOccurrence).map((reflection, index) => {
    const ticked = new Set(reflection.nmc.themes);
    const number = index + 1;
    return {
      number,
      heading: `Reflective account: ${number}`,
      reflectionId: reflection.id,
      title: titleOf(reflection.title),
      monthYear: monthYearOf(reflection.occurredOn),
      activity: reflection.nmc.activity ? nmcActivityLabels[reflection.nmc.activity] : null,
      reminder: nmcAnonymityReminder,
      answers: [
        { question: nmcQuestions.q1, answer: reflection.what },
        { question: nmcQuestions.q2, answer: reflection.soWhat },
        { question: nmcQuestions.q3, answer: reflection.nowWhat },
      ],
      code: {
        question: nmcQuestions.q4,
        themes: nmcThemes.map((theme) => ({
          theme,
          label: nmcThemeLabels[theme],
          ticked: ticked.has(theme),
        })),
        note: ticked.size === 0 ? nmcNoThemeNote : null,
      },
    };
  });
}
