/**
 * Answers while a list is open: a page read with the question of what to do next, "which one?",
 * the reprompt that says how to pick from this page, and the answer when no list is open.
 */
import { withList, type OpenList } from '../dialog-state';
import { ask, labels, type Answer } from '../reply';
import { pageAt } from '../speech/paging';
import { sentences, shorten, type Phrase } from '../speech/phrase';
import type { TurnContext } from '../turn-context';
import { exampleWord, pageSentence } from './list-speech';

/** The answer when "next" or "previous" is said with no list open. */
export function noListAnswer(ctx: TurnContext): Answer {
  return ask(ctx.locale.list.noList(), ctx.locale.list.noListReprompt(), ctx.state);
}

/** The reprompt while a list is open: how to pick from this page, or move on. */
export function listReprompt(ctx: TurnContext, list: OpenList): Phrase {
  const { list: l, cart } = ctx.locale;
  if (list.kind === 'cart') return cart.reprompt();
  if (list.kind === 'choice') return l.ambiguousReprompt();
  const page = pageAt(list.items, list.position);
  const word = exampleWord(page.items) ?? '';
  if (page.hasNext) return l.reprompt({ word });
  return page.hasPrevious ? l.endReprompt() : l.pickReprompt({ word });
}

/** "Which one? Say first or second.", for the page of the open list. */
export function pickAnswer(ctx: TurnContext, list: OpenList): Answer {
  const count = pageAt(list.items, list.position).items.length;
  return ask(ctx.locale.list.whichNumber({ count }), listReprompt(ctx, list), ctx.state);
}

/** The question after a page, and its reprompt. */
function question(ctx: TurnContext, list: OpenList): { speech: Phrase; reprompt: Phrase } {
  const { list: l, cart } = ctx.locale;
  const { hasNext } = pageAt(list.items, list.position);
  const reprompt = listReprompt(ctx, list);
  if (list.kind === 'cart') {
    return { speech: hasNext ? cart.contentsMoreNext() : cart.contentsNext(), reprompt };
  }
  return { speech: hasNext ? l.whichOneOrNext() : l.whichOne(), reprompt };
}

/**
 * An answer reading the list (by default its current page; callers may pass the page wrapped in an
 * introduction), then the question of what to do next, with the list kept open.
 */
export function listAnswer(ctx: TurnContext, list: OpenList, body: Phrase = pageSentence(ctx, list)): Answer {
  const page = pageAt(list.items, list.position);
  const q = question(ctx, list);
  const speech = sentences(body, q.speech);
  const suggestions =
    list.kind === 'cart'
      ? [ctx.locale.common.checkoutLabel()]
      : page.items.map((i) => ({ ssml: '', text: shorten(i.name, 25) }));
  return ask(speech, q.reprompt, withList(ctx.state, list), { suggestions: labels(suggestions) });
}
