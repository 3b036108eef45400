/**
 * Checkout: needs a linked account and purchases not locked; asks for the delivery option when the
 * store has more than one, then reads the order back for an explicit yes.
 */
import { DomainError } from '../../domain/errors';
import { lockedAnswer } from '../answers/account-refusals';
import { deliveryNames } from '../checkout/delivery-names';
import { readBack } from '../checkout/read-back';
import { awaiting, home } from '../dialog-state';
import { matchNamed } from '../matching';
import { ask, labels, type Answer } from '../reply';
import { toPhrase } from '../speech/phrase';
import { requireLinked, slot, type IntentHandler, type TurnContext } from '../turn-context';

async function offerDelivery(ctx: TurnContext, codeRequired: boolean): Promise<Answer> {
  const { checkout, product, phrasing } = ctx.locale;
  const view = await ctx.deps.cart.read(ctx.customer.id);
  if (view.cart.lines.length === 0) throw new DomainError('CART_EMPTY', 'the cart is empty');
  const choices = await ctx.deps.checkout.deliveryChoices(view.subtotal);
  const options = choices.slice(0, 3).map((c) => {
    const when = phrasing.date(c.expectedDate, ctx.today);
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
async function checkoutWith(ctx: TurnContext, optionId?: string, codeRequired?: boolean): Promise<Answer> {
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

/** CheckoutIntent. */
export const checkout: IntentHandler = (ctx) => checkoutWith(ctx);

/** The delivery option the shopper named: by resolved id, by name, or by the words of a name. */
function namedOption(ctx: TurnContext): string | undefined {
  const said = slot(ctx, 'deliveryOption');
  if (!said) return undefined;
  const options = ctx.settings.deliveryOptions;
  const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const heard = compact(said.raw);
  // "pick up" for "pickup", "express" for "Express delivery": spaces and case do not matter.
  const byId = options.find(
    (o) =>
      o.id === said.resolvedId ||
      compact(o.id) === heard ||
      (heard.length >= 4 && compact(o.name).includes(heard)),
  );
  if (byId) return byId.id;
  const hits = matchNamed(said.raw || said.resolvedName || '', options);
  return hits.length === 1 ? options[hits[0]!]!.id : undefined;
}

/** ChooseDeliveryIntent: "express, please". Starts or continues a checkout with that option. */
export const chooseDelivery: IntentHandler = async (ctx) => {
  const optionId = namedOption(ctx);
  const pending = ctx.state.pending;
  if (!optionId) {
    const words = slot(ctx, 'deliveryOption')?.raw ?? '';
    throw new DomainError('DELIVERY_OPTION_UNKNOWN', 'unknown delivery option', {
      optionId: words.slice(0, 40),
    });
  }
  if (pending?.kind === 'delivery') return checkoutWith(ctx, optionId, pending.codeRequired);
  if (pending?.kind === 'order' && pending.lines) {
    // A reorder being read back: the same lines again with the option the shopper chose.
    const priced = await ctx.deps.checkout.quote(
      ctx.customer.id,
      { kind: 'lines', lines: pending.lines },
      optionId,
    );
    return readBack(ctx, priced, pending.codeRequired, { lines: pending.lines });
  }
  return checkoutWith(ctx, optionId);
};
