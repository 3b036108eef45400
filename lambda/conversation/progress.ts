/**
 * Progressive responses: when slow work (a search, placing an order) takes more than a moment,
 * the shopper hears a short holding sentence while it finishes. Fast work says nothing extra.
 */
import type { Phrase } from './speech/phrase';
import { renderUtterance } from './speech/render';
import type { TurnContext } from './turn-context';

/** How long work may take before the holding sentence is spoken. */
export const PROGRESS_DELAY_MS = 300;

/**
 * Runs the work; if it is still running after the delay, sends the holding sentence (as SSML
 * without the speak wrapper) through the platform's progress callback. A failed progress call is
 * ignored: the answer still comes.
 */
export async function withProgress<T>(ctx: TurnContext, holding: Phrase, work: Promise<T>): Promise<T> {
  const progress = ctx.turn.progress;
  if (!progress) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), ctx.deps.progressDelayMs ?? PROGRESS_DELAY_MS);
  });
  try {
    const first = await Promise.race([work.then(() => 'done' as const), slow]);
    if (first === 'slow') {
      const utterance = renderUtterance(holding, ctx.state.rate ?? 100);
      try {
        await progress(utterance.ssml).catch(() => undefined);
      } catch {
        // A progress callback that throws must not cost the shopper the answer.
      }
    }
    return await work;
  } finally {
    clearTimeout(timer);
  }
}
