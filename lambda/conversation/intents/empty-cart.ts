/**
 * EmptyCartIntent: empties the cart, but only after a yes (the "yes" handler does it).
 */
import { awaiting, settled } from '../dialog-state';
import { ask, labels } from '../reply';
import type { IntentHandler } from '../turn-context';

/** EmptyCartIntent: asks first. */
export const emptyCart: IntentHandler = (ctx) => {
  const { cart, common } = ctx.locale;
  return Promise.resolve(
    ask(
      cart.confirmEmpty(),
      cart.confirmEmptyReprompt(),
      awaiting(settled(ctx.state), { kind: 'emptyCart' }),
      {
        suggestions: labels([common.yesLabel(), common.noLabel()]),
      },
    ),
  );
};
