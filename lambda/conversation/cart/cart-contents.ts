/**
 * The cart read back, three lines at a time, with the subtotal. Asked while an order of the cart
 * waits for its yes, it reads the items and asks for the yes again, keeping the order pending.
 */
import type { CartLine } from '../../domain/model';
import { home, type ListItem, type OpenList } from '../dialog-state';
import { listAnswer } from '../lists/list-answers';
import { pageSpeech } from '../lists/list-speech';
import { ask, type Answer } from '../reply';
import { sentences } from '../speech/phrase';
import type { TurnContext } from '../turn-context';

/** The cart's lines as list items (a cart list carries quantities). */
export function cartItems(lines: readonly CartLine[]): ListItem[] {
  return lines.map((line) => ({
    sku: line.sku,
    name: line.name,
    price: line.unitPrice.amount,
    quantity: line.quantity,
    ...(line.size ? { size: line.size } : {}),
  }));
}

/** The count, the first three lines, how many more, and the subtotal. */
export async function cartContentsAnswer(ctx: TurnContext): Promise<Answer> {
  const { cart, checkout } = ctx.locale;
  const view = await ctx.deps.cart.read(ctx.customer.id);
  if (view.cart.lines.length === 0) return ask(cart.empty(), cart.whatToAddReprompt(), home(ctx.state));
  const items = cartItems(view.cart.lines);
  const list: OpenList = { kind: 'cart', items: items.slice(0, 30), position: 0, total: items.length };
  const body = cart.contents({
    count: view.itemCount,
    items: pageSpeech(ctx, list),
    subtotal: view.subtotal,
  });
  const pending = ctx.state.pending;
  if (pending?.kind === 'order' && pending.stage === 'confirm' && !pending.lines) {
    const total = { amount: pending.total, currency: ctx.settings.currency };
    return ask(sentences(body, checkout.confirmQuestion()), checkout.confirmReprompt({ total }), ctx.state);
  }
  return listAnswer(ctx, list, body);
}
