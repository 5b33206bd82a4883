import { decidePrompt } from '../prompts/select';
import type { PageState, PromptOffer } from './protocol';
import type { FrameRef, RouterDeps } from './router-deps';
import type { createTogether } from './together';

type Together = ReturnType<typeof createTogether>;

/** Chooses a prompt (or none) for one frame, puts the card in or takes it out, and records why. */
export async function decide(
  deps: RouterDeps,
  together: Together | null,
  frame: FrameRef,
  state: PageState,
): Promise<void> {
  let offer: PromptOffer = null;
  if (state.closed.includes(state.address)) state.decision = 'closed';
  else if (!(await deps.enabled(state.address))) state.decision = 'site-off';
  else {
    const settings = await deps.settings();
    const prompts = await deps.prompts(settings);
    const history = await deps.history.list();
    const now = deps.now();
    const page = { ...state.detection, site: state.site, visitId: state.visitId };
    const outcome = decidePrompt(page, history, { ...settings.settings, prompts }, now, deps.random);
    const context = state.detection.context;
    if (outcome.shown && context) {
      const commitmentAsk = await together?.askOnPage(context);
      offer = {
        prompt: outcome.prompt,
        context,
        signals: state.detection.signals,
        passItOn: settings.passItOn,
        ...(commitmentAsk && { commitmentAsk }),
      };
      const alreadyShown = history.some((e) => e.visitId === state.visitId && e.kind === 'shown');
      if (!alreadyShown) {
        await deps.history.add({
          id: deps.uuid(),
          promptId: outcome.prompt.id,
          kind: 'shown',
          at: now.toISOString(),
          site: state.site,
          context,
          visitId: state.visitId,
        });
      }
    }
    state.decision = outcome.shown ? 'shown' : outcome.silence;
  }
  if (offer && offer.prompt.id !== state.promptId) {
    try {
      await deps.card.show(frame, offer, state.visitId);
      state.promptId = offer.prompt.id;
    } catch {
      // The frame went away or navigated on: nothing is showing there.
      state.promptId = null;
      state.decision = 'card-failed';
    }
  } else if (!offer && state.promptId !== null) {
    await deps.card.remove(frame).catch(() => undefined);
    state.promptId = null;
  }
  await deps.pages.set(frame, state);
  await deps.card.decided?.(frame, state).catch(() => undefined);
}
