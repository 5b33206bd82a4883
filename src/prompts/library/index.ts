import { z } from 'zod';
import { Prompt } from '../schema';
import { collectiveActionPrompts } from './collective-action';
import { organisingPrompts } from './organising';
import { peerSupportPrompts } from './peer-support';
import { relationshipPrompts } from './relationships';
import { sharingPowerPrompts } from './sharing-power';
import { storyPrompts } from './story';
import { whatMattersPrompts } from './what-matters';
import { whoIsMissingPrompts } from './who-is-missing';

const libraryEntries: readonly Prompt[] = [
  ...whatMattersPrompts,
  ...whoIsMissingPrompts,
  ...sharingPowerPrompts,
  ...relationshipPrompts,
  ...organisingPrompts,
  ...peerSupportPrompts,
  ...storyPrompts,
  ...collectiveActionPrompts,
];

/** Parses every entry at load, so a bad edit to the library fails loudly at start-up and in every test. */
export function validatedLibrary(entries: readonly Prompt[]): readonly Prompt[] {
  const parsed = z.array(Prompt).safeParse(entries);
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
