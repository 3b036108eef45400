/**
 * UndoIntent ("undo that", "that's not what I said", "put it back"): reverses the last cart change
 * of this session and says so.
 */
import { undoAndSay } from '../cart/undo';
import type { IntentHandler } from '../turn-context';

/** UndoIntent. */
export const undo: IntentHandler = (ctx) => undoAndSay(ctx);
