import type { VoiceKind, Voices } from './detection';
import { compilePhrases, matchPhrases, type PhraseIndex } from './phrases';

/*
 * Whose voices a page already mentions, so prompts can notice who is missing. A voice counts only where
 * people are meant: "patient flow" and "patient safety" are about a service's workings, so they say
 * nothing about whether patients have been heard. The longest phrase wins (phrases.ts), so the
 * compounds below veto the single word they start with.
 */

/** Who a phrase refers to. People-first phrases ("adults with…", "people who use…") count as patients. */
const voicePhrases: Record<VoiceKind, readonly string[]> = {
  patients: [
    'patient*',
    'service user*',
    'users of our services',
    'users of services',
    'people who use',
    'people who have used',
    'people who access',
    'people who draw on',
    'people using',
    'people accessing',
    'people receiving',
    'those who use',
    'those using',
    'people we support',
    'people we care for',
    'people in our care',
    'experts by experience',
    'expert by experience',
    'lived experience',
    'people with',
    'adults with',
    'children with',
    'men with',
    'women with',
    'anyone with',
    'people living with',
    'adults living with',
    'children living with',
    'those living with',
    'anyone living with',
    'people affected by',
    'those affected by',
    'stroke survivors',
    'survivors',
    'women and birthing people',
    'birthing people',
    'pregnant women',
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
    // A team named after patients is a team of staff (decided: it does not mean patients were heard).
    'patient experience team*',
    'patient experience lead*',
    'patient experience manager*',
    'patient experience officer*',
    'patient safety team*',
    'patient safety specialist*',
    'patient flow team*',
    'patient flow coordinator*',
    'community nurs*',
  ],
};

/**
 * Phrases that start like a voice but name a process, a system or another sense: "patient flow",
 * "people with the right skills" (staff to be recruited), "public health" (a discipline), "community
 * services" (a kind of service, not the community).
 */
const notVoices: readonly string[] = [
  'patient flow',
  'patient safety',
  'patient safety incident*',
  'patient administration',
  'patient administration system*',
  'patient record*',
  'patient notes',
  'patient data',
  'patient level',
  'patient-level',
  'patient-identifiable',
  'patient identifiable',
  'patient information',
  'patient transport',
  'patient tracking',
  'patient tracking list*',
  'patient throughput',
  'patient pathway*',
  'patient system*',
  'patient portal*',
  'patient numbers',
  'patient activity',
  'patient episode*',
  'people with the right',
  'people with the skills',
  'people with the necessary',
  'people with skills',
  'public holiday*',
  'published',
  'public transport',
  'public health',
  'public sector',
  // "the public" is itself a voice phrase, so the longer forms must be listed too.
  'the public sector',
  'the public health',
  'family room',
  'community services',
  'community hospital*',
  'community trust',
  'community health services',
  'community pharmac*',
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
