/**
 * The turn deadline: every turn answers within it (6 seconds unless configured; Alexa waits 8),
 * whatever DynamoDB or the payment service does. Past it the shopper hears a spoken apology that
 * says where things stand, instead of silence, and the state carried in is kept: the pending order
 * keeps its idempotency key, so saying "yes" again returns the order if the late work placed it and
 * places it once if not. Each write the turn makes is one conditional write or transaction, so the
 * work still running is either done or not done, never half done.
 */
import { EMPTY_STATE, type DialogState } from './dialog-state';
import { readDialogState } from './read-dialog-state';
import { ask, toReply } from './reply';
import { localeFor } from './locales/registry';
import type { Reply, Turn } from './turn';
import type { ConversationDependencies } from './turn-context';

/** The default turn deadline, in milliseconds. */
export const DEFAULT_TURN_DEADLINE_MS = 6000;

/** The reply, or the late apology once the turn's deadline has passed. */
export async function withinDeadline(
  deps: ConversationDependencies,
  turn: Turn,
  work: Promise<Reply>,
): Promise<Reply> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deps.turnDeadlineMs ?? DEFAULT_TURN_DEADLINE_MS);
  });
  try {
    const first = await Promise.race([work, late]);
    if (first !== 'late') return first;
    deps.logger.warn('conversation.turn_late', { intent: turn.intent });
    return lateReply(turn);
  } finally {
    clearTimeout(timer);
  }
}

/** The apology: an order's fate is unknown yet (say yes again to check), otherwise check the cart. */
function lateReply(turn: Turn): Reply {
  const locale = localeFor(typeof turn.locale === 'string' ? turn.locale : 'en-US');
  const state: DialogState = turn.isNewSession ? EMPTY_STATE : readDialogState(turn.state);
  const { common } = locale;
  const placing = state.pending?.kind === 'order' && ['YesIntent', 'VoiceCodeIntent'].includes(turn.intent);
  const answer = placing
    ? ask(common.lateOrder(), common.lateOrderReprompt(), state)
    : ask(common.late(), common.unexpectedReprompt(), state);
  return toReply(answer, turn.intent, locale);
}
