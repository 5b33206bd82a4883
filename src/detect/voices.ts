import type { VoiceKind, Voices } from './detection';
import { compilePhrases, matchPhrases, type PhraseIndex } from './phrases';

/** Who a phrase refers to. Prompts use this to notice who is missing from a plan. */
const voicePhrases: Record<VoiceKind, readonly string[]> = {
  patients: [
    'patient*',
    'service user*',
    'people who use services',
    'people who use our services',
    'people who use them',
    'experts by experience',
    'expert by experience',
    'lived experience',
    'people living with',
    'people with a learning disability',
    'stroke survivors',
    'survivors',
    'women and birthing people',
    'clients',
  ],
  carers: [
    'carer*',
    'family carer*',
    'unpaid carer*',
    'young carer*',
    'families',
    'family',
    'family members',
    'relatives',
    'parents',
    'next of kin',
  ],
  public: [
    'public',
    'the public',
    'communit*',
    'resident*',
    'citizen*',
    'local people',
    'healthwatch',
    'vcse',
    'voluntary sector',
    'voluntary and community',
    'seldom heard',
    'people and communities',
  ],
  staff: [
    'staff',
    'colleague*',
    'workforce',
    'nurse*',
    'nursing',
    'midwives',
    'midwife',
    'clinician*',
    'doctor*',
    'consultants',
    'gps',
    'therapists',
    'porters',
    'health visitors',
    'healthcare assistants',
    'team',
    'teams',
    'employees',
    'front line',
    'frontline',
  ],
};

/** Phrases that look like a voice but are not one ("public holidays", "family room", "team of the month"). */
const notVoices: readonly string[] = [
  'public holiday*',
  'published',
  'public transport',
  'family room',
  'patient safety incident*',
  'patient administration system',
];

interface VoiceEntry {
  pattern: string;
  kind: VoiceKind | null;
}

const voiceIndex: PhraseIndex<VoiceEntry> = compilePhrases(
  [
    ...(Object.keys(voicePhrases) as VoiceKind[]).flatMap((kind) =>
      voicePhrases[kind].map((pattern) => ({ pattern, kind })),
    ),
    ...notVoices.map((pattern) => ({ pattern, kind: null })),
  ],
  (entry) => entry.pattern,
);

/** Whose voices the given tokens mention. */
export function detectVoices(tokens: readonly string[]): Voices {
  const voices: Voices = { patients: false, carers: false, public: false, staff: false };
  matchPhrases(voiceIndex, tokens, (entry) => {
    if (entry.kind) voices[entry.kind] = true;
  });
  return voices;
}
