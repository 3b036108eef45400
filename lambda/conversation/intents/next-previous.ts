/**
 * NextIntent and PreviousIntent: moving through an open list, and the end or start of it said
 * plainly.
 */
import type { OpenList } from '../dialog-state';
import { listAnswer, noListAnswer } from '../lists/list-answers';
import { pageSentence } from '../lists/list-speech';
import { ask, type Answer } from '../reply';
import { nextPosition, previousPosition } from '../speech/paging';
import { sentences } from '../speech/phrase';
import type { IntentHandler, TurnContext } from '../turn-context';

function endAnswer(ctx: TurnContext, list: OpenList): Answer {
  const { list: l, cart } = ctx.locale;
  const shown = list.items.length;
  if (list.kind === 'cart')
    return ask(sentences(cart.end(), cart.contentsNext()), cart.reprompt(), ctx.state);
  const end =
    list.total > shown ? l.endOfTop({ count: shown, more: list.total - shown }) : l.end({ count: shown });
  return ask(sentences(end, l.whichOne()), l.endReprompt(), ctx.state);
}

/** NextIntent. */
export const next: IntentHandler = (ctx) => {
  const list = ctx.state.list;
  if (!list) return Promise.resolve(noListAnswer(ctx));
  const position = nextPosition(list.items.length, list.position);
  if (position === undefined) return Promise.resolve(endAnswer(ctx, list));
  return Promise.resolve(listAnswer(ctx, { ...list, position }));
};

/** PreviousIntent. */
export const previous: IntentHandler = (ctx) => {
  const list = ctx.state.list;
  if (!list) return Promise.resolve(noListAnswer(ctx));
  const position = previousPosition(list.position);
  if (position === undefined) {
    return Promise.resolve(
      listAnswer(ctx, list, sentences(ctx.locale.list.start(), pageSentence(ctx, list))),
    );
  }
  return Promise.resolve(listAnswer(ctx, { ...list, position }));
};
