/**
 * ReadCartIntent: the cart read back, three lines at a time, with the subtotal. Asked while an
 * order of the cart waits for its yes, it reads the items and asks for the yes again, keeping the
 * order pending.
 */
import { ask, type IntentHandler } from '../context';
import type { ListItem, OpenList } from '../dialog-state';
import { sentences } from '../speech/phrase';
import { home } from '../state-changes';
import { listAnswer, pageSpeech } from './list-speech';

/** ReadCartIntent: the count, the first three lines, how many more, and the subtotal. */
export const readCart: IntentHandler = async (ctx) => {
  const { cart, checkout } = ctx.locale;
  const view = await ctx.deps.cart.read(ctx.customer.id);
  if (view.cart.lines.length === 0) return ask(cart.empty({}), cart.whatToAddReprompt({}), home(ctx.state));
  const items: ListItem[] = view.cart.lines.map((line) => ({
    sku: line.sku,
    name: line.name,
    price: line.unitPrice.amount,
    quantity: line.quantity,
    ...(line.size ? { size: line.size } : {}),
  }));
  const list: OpenList = { kind: 'cart', items: items.slice(0, 30), position: 0, total: items.length };
  const body = cart.contents({
    count: view.itemCount,
    items: pageSpeech(ctx, list),
    subtotal: view.subtotal,
  });
  const pending = ctx.state.pending;
  if (pending?.kind === 'order' && pending.stage === 'confirm' && !pending.lines) {
    const total = { amount: pending.total, currency: ctx.settings.currency };
    return ask(sentences(body, checkout.confirmQuestion({})), checkout.confirmReprompt({ total }), ctx.state);
  }
  return listAnswer(ctx, list, body);
};
