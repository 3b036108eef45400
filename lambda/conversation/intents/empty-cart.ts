/**
 * EmptyCartIntent: empties the cart, but only after a yes (the "yes" handler does it).
 */
import { ask, labels, type IntentHandler } from '../context';
import { awaiting, settled } from '../state-changes';

/** EmptyCartIntent: asks first. */
export const emptyCart: IntentHandler = (ctx) => {
  const { cart, common } = ctx.locale;
  return Promise.resolve(
    ask(
      cart.confirmEmpty({}),
      cart.confirmEmptyReprompt({}),
      awaiting(settled(ctx.state), { kind: 'emptyCart' }),
      {
        suggestions: labels([common.yesLabel({}), common.noLabel({})]),
      },
    ),
  );
};
