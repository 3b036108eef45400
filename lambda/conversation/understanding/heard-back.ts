/**
 * Heard, then checked: when the product was inferred rather than said (only a unit or package word
 * came, "add two boxes"), the reply says in a few words what was understood and asks, and a "yes"
 * adds it: "2 more boxes of Cheerios, so 3 in all?". Nothing is added on this turn.
 */
import { awaiting, focused, type Focus } from '../dialog-state';
import { ask, labels, type Answer } from '../reply';
import { shorten, NAME_LENGTH } from '../speech/phrase';
import type { TurnContext } from '../turn-context';

/** Asks whether `quantity` of the inferred product, in the unit heard, is what was meant. */
export async function confirmInferred(
  ctx: TurnContext,
  product: Focus,
  quantity: number,
  unit: string,
): Promise<Answer> {
  const { cart, common } = ctx.locale;
  const view = await ctx.deps.cart.read(ctx.customer.id);
  const inCart = view.cart.lines.find((line) => line.sku === product.sku)?.quantity ?? 0;
  const said = { quantity, unit: shorten(unit, 20), product: shorten(product.name, NAME_LENGTH) };
  const speech =
    inCart > 0 ? cart.unitsHeardInAll({ ...said, total: inCart + quantity }) : cart.unitsHeard(said);
  const state = awaiting(focused(ctx.state, product), {
    kind: 'add',
    sku: product.sku,
    name: product.name,
    quantity,
  });
  return ask(speech, cart.unitsHeardReprompt(), state, {
    suggestions: labels([common.yesLabel(), common.noLabel()]),
  });
}
