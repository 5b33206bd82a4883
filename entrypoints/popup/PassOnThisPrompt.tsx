import { useEffect, useState } from 'preact/hooks';
import type { PlanningContext } from '../../src/detect/detection';
import type { Prompt } from '../../src/prompts/schema';
import { localDate } from '../../src/reflections/local-date';
import { addPromptEvent } from '../../src/reflections/store';
import type { EffectiveSettings } from '../../src/settings/merge';
import { getDb } from '../../src/shell/db';
import { promptPool } from '../../src/shell/prompt-pool';
import { t } from '../../src/ui/i18n';
import { PassItOn } from '../../src/ui/pass-it-on';

type Props = { promptId: string; site: string; context: PlanningContext | null; settings: EffectiveSettings };

const inAWeek = (now: Date) => localDate(new Date(now.getTime() + 7 * 86_400_000));

/** "Ask others" for the prompt this page was given; records that it was passed on, never the text. */
export function PassOnThisPrompt({ promptId, site, context, settings }: Props) {
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  useEffect(() => {
    promptPool(settings).then(
      (pool) => setPrompt(pool.find((p) => p.id === promptId) ?? null),
      () => setPrompt(null),
    );
  }, [promptId]);
  if (!prompt) return null;
  const record = async () => {
    const event = {
      id: crypto.randomUUID(),
      promptId,
      kind: 'passed-on' as const,
      at: new Date().toISOString(),
      site,
      context,
    };
    // Passing on works without the record; a failed write only means the journey misses one.
    await addPromptEvent(await getDb(), event).catch(() => undefined);
  };
  return (
    <section aria-labelledby="pass-on-heading" class="pass-on">
      <h3 id="pass-on-heading">{t('passItOnHeading')}</h3>
      <p>{prompt.text}</p>
      <PassItOn
        question={prompt.text}
        why={prompt.why}
        suggestedReplyBy={inAWeek(new Date())}
        allowed={settings.passItOn}
        copy={(text) => navigator.clipboard.writeText(text)}
        onPassedOn={() => void record()}
      />
    </section>
  );
}
