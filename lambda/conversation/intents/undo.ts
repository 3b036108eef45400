/**
 * UndoIntent ("undo that", "that's not what I said", "put it back"): reverses the last cart change
 * of this session and says so; with what was meant ("no, I wanted the organic ones"), that is then
 * looked for and added or offered; a correction answers a "did you mean" question still open ("no, I
 * meant the Honeycrisp").
 */
import { correctAndSay, undoAndSay } from '../cart/undo';
import { listReprompt } from '../lists/list-answers';
import { ask } from '../reply';
import { productWords, type IntentHandler } from '../turn-context';
import { noteReinterpreted } from '../understanding/understanding-metrics';

/** UndoIntent. */
export const undo: IntentHandler = (ctx) => {
  const words = productWords(ctx);
  if (!words) {
    const { list, ...rest } = ctx.state;
    // "No, not that one" to "did you mean A or B?" with nothing changed yet: nothing to undo, and
    // the question stays open for the one that was meant.
    if (list?.kind === 'choice' && !ctx.state.lastChange) {
      const which = listReprompt(ctx, list);
      return Promise.resolve(ask(which, which, ctx.state));
    }
    // A "did you mean" question open after a change: undoing moves on from it.
    return undoAndSay(list?.kind === 'choice' ? { ...ctx, state: rest } : ctx);
  }
  noteReinterpreted(ctx, 'correction');
  return correctAndSay(ctx, words);
};
