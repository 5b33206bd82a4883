import { type Reference, referencesByKey } from './references';
import type { Prompt } from './schema';
import { describeWhen } from './select';

/** A prompt as `prompts list` prints it: every field, its reference resolved, and its conditions in words. */
export type ListedPrompt = Prompt & { reference: Reference | null; conditions: string[] };

export function listPrompts(prompts: readonly Prompt[]): ListedPrompt[] {
  return prompts.map((prompt) => ({
    ...prompt,
    reference: prompt.ref === undefined ? null : (referencesByKey.get(prompt.ref) ?? null),
    conditions: describeWhen(prompt.when),
  }));
}
