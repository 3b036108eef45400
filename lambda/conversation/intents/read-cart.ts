/**
 * ReadCartIntent: the cart read back, three lines at a time, with the subtotal.
 */
import { ask, type IntentHandler } from '../context';
import type { ListItem, OpenList } from '../dialog-state';
import { home } from '../state-changes';
import { listAnswer, pageSpeech } from './list-speech';

/** ReadCartIntent: the count, the first three lines, how many more, and the subtotal. */
export const readCart: IntentHandler = async (ctx) => {
  const { cart } = ctx.locale;
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
  return listAnswer(ctx, list, body);
};
