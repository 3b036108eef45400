/**
 * "Empty your whole cart?": asked before emptying it, whether the shopper said "empty my cart" or
 * "remove all of it"; the yes handler empties it.
 */
import { awaiting, settled } from '../dialog-state';
import { ask, labels, type Answer } from '../reply';
import type { TurnContext } from '../turn-context';

/** The question before the cart is emptied, with the dialog awaiting its answer. */
export function askToEmpty(ctx: TurnContext): Answer {
  const { cart, common } = ctx.locale;
  return ask(
    cart.confirmEmpty(),
    cart.confirmEmptyReprompt(),
    awaiting(settled(ctx.state), { kind: 'emptyCart' }),
    {
      suggestions: labels([common.yesLabel(), common.noLabel()]),
    },
  );
}
