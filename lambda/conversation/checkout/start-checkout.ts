/**
 * Starting a checkout: needs a linked account and purchases not locked; asks for the delivery
 * option when the store has more than one, then reads the order back for an explicit yes. Used by
 * "check out" and by a "yes" to "shall I check out?".
 */
import { DomainError } from '../../domain/errors';
import { lockedAnswer } from '../answers/account-refusals';
import { awaiting, home } from '../dialog-state';
import { ask, labels, type Answer } from '../reply';
import { toPhrase } from '../speech/phrase';
import { requireLinked, type TurnContext } from '../turn-context';
import { deliveryNames } from './delivery-names';
import { readBack } from './read-back';
import { deliveryWhen } from './delivery-when';

async function offerDelivery(ctx: TurnContext, codeRequired: boolean): Promise<Answer> {
  const { checkout, product, phrasing } = ctx.locale;
  const view = await ctx.deps.cart.read(ctx.customer.id);
  if (view.cart.lines.length === 0) throw new DomainError('CART_EMPTY', 'the cart is empty');
  const choices = await ctx.deps.checkout.deliveryChoices(view.subtotal);
  const options = choices.slice(0, 3).map((c) => {
    const when = deliveryWhen(ctx.locale, ctx.today, c.expectedDate, c.option.window);
    const option = c.option.name;
    return c.price.amount === 0
      ? product.deliveryChoiceFree({ option, when })
      : product.deliveryChoice({ option, price: c.price, when });
  });
  const optionIds = choices.slice(0, 3).map((c) => c.option.id);
  return ask(
    checkout.chooseDelivery({ options: phrasing.clauses(options, 'or') }),
    checkout.chooseDeliveryReprompt({ options: deliveryNames(ctx.locale, ctx.settings, 'or', optionIds) }),
    awaiting(home(ctx.state), { kind: 'delivery', optionIds, codeRequired }),
    { suggestions: labels(choices.slice(0, 3).map((c) => toPhrase(c.option.name))) },
  );
}

/** Reads back the cart with a delivery option; `codeRequired` when already known this checkout. */
export async function checkoutWith(
  ctx: TurnContext,
  optionId?: string,
  codeRequired?: boolean,
): Promise<Answer> {
  requireLinked(ctx);
  let required = codeRequired;
  if (required === undefined) {
    const gate = await ctx.deps.customers.purchaseGate(ctx.customer.id);
    if (gate.lockedUntil) return lockedAnswer(ctx.locale, ctx.state, gate.lockedUntil, ctx.deps.clock.now());
    required = gate.voiceCodeRequired;
  }
  if (optionId === undefined && ctx.settings.deliveryOptions.length > 1) return offerDelivery(ctx, required);
  const priced = await ctx.deps.checkout.quote(ctx.customer.id, { kind: 'cart' }, optionId);
  return readBack(ctx, priced, required);
}
