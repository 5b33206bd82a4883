import { z } from 'zod';
import { citation, referencesByKey } from '../references';
import { type LibraryEntry, Prompt } from '../schema';
import { accessAndEqualityPrompts } from './access-and-equality';
import { collectiveActionPrompts } from './collective-action';
import { organisingPrompts } from './organising';
import { peerSupportPrompts } from './peer-support';
import { recognitionAndMomentumPrompts } from './recognition-and-momentum';
import { relationshipPrompts } from './relationships';
import { sharingPowerPrompts } from './sharing-power';
import { storyPrompts } from './story';
import { strengthsAndAssetsPrompts } from './strengths-and-assets';
import { whatMattersPrompts } from './what-matters';
import { whoIsMissingPrompts } from './who-is-missing';

const libraryEntries: readonly LibraryEntry[] = [
  ...whatMattersPrompts,
  ...whoIsMissingPrompts,
  ...sharingPowerPrompts,
  ...relationshipPrompts,
  ...organisingPrompts,
  ...peerSupportPrompts,
  ...storyPrompts,
  ...collectiveActionPrompts,
  ...accessAndEqualityPrompts,
  ...strengthsAndAssetsPrompts,
  ...recognitionAndMomentumPrompts,
];

/** A built-in prompt must cite the references table; its displayed source is that reference's citation. */
function withSource(entry: LibraryEntry | Prompt): Prompt {
  const reference = entry.ref === undefined ? undefined : referencesByKey.get(entry.ref);
  if (reference === undefined) {
    throw new Error(
      `The built-in prompt '${entry.id}' needs a 'ref' that is a key in src/prompts/references.ts (it has ${JSON.stringify(entry.ref ?? null)}).`,
    );
  }
  return { ...entry, source: citation(reference) } as Prompt;
}

/** Parses every entry at load, so a bad edit to the library fails loudly at start-up and in every test. */
export function validatedLibrary(entries: readonly (LibraryEntry | Prompt)[]): readonly Prompt[] {
  const parsed = z.array(Prompt).safeParse(entries.map(withSource));
  if (!parsed.success) {
    throw new Error(`The built-in prompt library is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  const seen = new Set<string>();
  for (const prompt of parsed.data) {
    if (seen.has(prompt.id)) throw new Error(`The built-in prompt library repeats the id '${prompt.id}'.`);
    seen.add(prompt.id);
  }
  return Object.freeze(parsed.data.map((prompt) => Object.freeze(prompt)));
}

/** The prompts that ship with the extension, in a stable order; organisation packs add to these. */
export const builtInPrompts: readonly Prompt[] = validatedLibrary(libraryEntries);

export const builtInPromptIds: ReadonlySet<string> = new Set(builtInPrompts.map((prompt) => prompt.id));
