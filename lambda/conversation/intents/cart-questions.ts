/**
 * Questions about the cart that are not a read-back: "how much is all this" (the total so far, or,
 * while an order waits for its yes, the order's total), and "are eggs in my cart" or "how many
 * bananas do I have" (the lines that match, or that there are none).
 */
import { home, settled, focused } from '../dialog-state';
import { matchNamed } from '../matching';
import { ask } from '../reply';
import { sentences, shorten, NAME_LENGTH } from '../speech/phrase';
import { type IntentHandler, readProductSlot } from '../turn-context';
import { cartContentsAnswer, cartItems } from '../cart/cart-contents';

/** How many line names "yes, you have ..." says. */
const NAMED_LINES = 3;

/** CartTotalIntent. */
export const cartTotal: IntentHandler = async (ctx) => {
  const { cart, checkout } = ctx.locale;
  const pending = ctx.state.pending;
  if (pending?.kind === 'order' && pending.stage === 'confirm') {
    const total = { amount: pending.total, currency: ctx.settings.currency };
    return ask(
      sentences(cart.orderTotal({ total }), checkout.confirmQuestion()),
      checkout.confirmReprompt({ total }),
      ctx.state,
    );
  }
  const view = await ctx.deps.cart.read(ctx.customer.id);
  if (view.cart.lines.length === 0) return ask(cart.empty(), cart.whatToAddReprompt(), home(ctx.state));
  return ask(
    sentences(cart.totalSoFar({ count: view.itemCount, subtotal: view.subtotal }), cart.contentsNext()),
    cart.reprompt(),
    settled(ctx.state),
  );
};

/** InCartIntent: with no product named it reads the cart back. */
export const inCart: IntentHandler = async (ctx) => {
  const words = readProductSlot(ctx)?.product;
  if (!words) return cartContentsAnswer(ctx);
  const { cart, phrasing } = ctx.locale;
  const items = cartItems((await ctx.deps.cart.read(ctx.customer.id)).cart.lines);
  const hits = matchNamed(words, items).map((i) => items[i]!);
  if (hits.length === 0) {
    const product = shorten(words, 60);
    return ask(cart.notInCartYet({ product }), cart.whatToAddReprompt(), settled(ctx.state));
  }
  const lines = hits
    .slice(0, NAMED_LINES)
    .map((item) => phrasing.quantityOf(item.quantity ?? 1, shorten(item.name, NAME_LENGTH)));
  const state = hits.length === 1 ? focused(ctx.state, hits[0]!) : settled(ctx.state);
  return ask(cart.inCart({ items: phrasing.list(lines, 'and') }), cart.inCartReprompt(), state);
};
