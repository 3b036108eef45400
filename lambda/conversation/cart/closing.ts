/**
 * Closing the shopping: "no", "nothing else" or "that's all" after "anything else?" leads to the
 * cart and the checkout ("OK. Your cart has 2 items, 5 dollars and 48 cents. Shall I check out?");
 * leaving (declining the checkout, "stop") with items in the cart says they are kept.
 */
import { awaiting, home } from '../dialog-state';
import { ask, labels, tell, type Answer } from '../reply';
import { sentences, type Phrase } from '../speech/phrase';
import type { TurnContext } from '../turn-context';

/** The cart's count and subtotal, and the question whether to check out. */
export async function closingAnswer(ctx: TurnContext): Promise<Answer> {
  const { cart, common } = ctx.locale;
  const view = await ctx.deps.cart.read(ctx.customer.id);
  if (view.itemCount === 0) return tell(cart.closingEmpty(), home(ctx.state));
  return ask(
    cart.closing({ count: view.itemCount, subtotal: view.subtotal }),
    cart.closingReprompt(),
    awaiting(home(ctx.state), { kind: 'checkout' }),
    { suggestions: labels([common.checkoutLabel(), common.cartLabel()]) },
  );
}

/** Goodbye, after `lead`, saying that the items in the cart are kept when there are any. */
export async function leaving(ctx: TurnContext, lead?: Phrase): Promise<Answer> {
  const { cart, common } = ctx.locale;
  // Leaving always works: a cart that cannot be read just goes unmentioned.
  const view = await ctx.deps.cart.read(ctx.customer.id).catch(() => undefined);
  const kept = view && view.itemCount > 0 ? cart.keptForLater({ count: view.itemCount }) : undefined;
  return tell(sentences(lead, kept, common.goodbye()), home(ctx.state));
}
