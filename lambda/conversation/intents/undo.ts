/**
 * UndoIntent ("undo that", "that's not what I said", "put it back"): reverses the last cart change
 * of this session and says so; with what was meant ("no, I wanted the organic ones"), that is then
 * looked for and added or offered; a correction answers a "did you mean" question still open ("no, I
 * meant the Honeycrisp").
 */
import { correctAndSay, undoAndSay } from '../cart/undo';
import { productWords, type IntentHandler } from '../turn-context';
import { noteReinterpreted } from '../understanding/understanding-metrics';

/** UndoIntent. */
export const undo: IntentHandler = (ctx) => {
  const words = productWords(ctx);
  if (!words) {
    // A "did you mean" question open: undoing moves on from it.
    const { list, ...rest } = ctx.state;
    return undoAndSay(list?.kind === 'choice' ? { ...ctx, state: rest } : ctx);
  }
  noteReinterpreted(ctx, 'correction');
  return correctAndSay(ctx, words);
};
