/**
 * Moving through an open list: next, previous, and the end or start of it said plainly.
 */
import { ask, type Answer, type IntentHandler, type TurnContext } from '../context';
import type { OpenList } from '../dialog-state';
import { sentences } from '../speech/phrase';
import { nextPosition, previousPosition } from '../speech/paging';
import { listAnswer, pageSentence } from './list-speech';

/** The answer when "next" or "previous" is said with no list open. */
export function noListAnswer(ctx: TurnContext): Answer {
  return ask(ctx.locale.list.noList({}), ctx.locale.list.noListReprompt({}), ctx.state);
}

function endAnswer(ctx: TurnContext, list: OpenList): Answer {
  const { list: l, cart } = ctx.locale;
  const shown = list.items.length;
  if (list.kind === 'cart')
    return ask(sentences(cart.end({}), cart.contentsNext({})), cart.reprompt({}), ctx.state);
  const end =
    list.total > shown ? l.endOfTop({ count: shown, more: list.total - shown }) : l.end({ count: shown });
  return ask(sentences(end, l.whichOne({})), l.endReprompt({}), ctx.state);
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
      listAnswer(ctx, list, sentences(ctx.locale.list.start({}), pageSentence(ctx, list))),
    );
  }
  return Promise.resolve(listAnswer(ctx, { ...list, position }));
};
