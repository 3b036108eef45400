/**
 * Checkout: needs a linked account and purchases not locked; asks for the delivery option when the
 * store has more than one, then reads the order back for an explicit yes.
 */
import { assertQuantity } from '../../domain/cart-rules';
import { DomainError } from '../../domain/errors';
import { setQuantityAndSay } from '../cart/cart-changes';
import { targetInCart } from '../cart/cart-line-target';
import { deliveryPicked, offeredPosition } from '../checkout/delivery-picked';
import { readBack } from '../checkout/read-back';
import { checkoutWith } from '../checkout/start-checkout';
import { slot, type IntentHandler, type TurnContext } from '../turn-context';
import type { Answer } from '../reply';
import { deliveryOptionFor } from '../understanding/delivery-words';
import { onlyHowMany, readSlot } from '../understanding/slot-reading';

/** CheckoutIntent. */
export const checkout: IntentHandler = (ctx) => checkoutWith(ctx);

/** Words that long only describe an option when the shopper was asked to choose one. */
const LONGEST_UNASKED_DESCRIPTION = 4;

/** The delivery option the shopper named or described ("the fast one"), by id, name or description. */
function namedOption(ctx: TurnContext): string | undefined {
  const said = slot(ctx, 'deliveryOption');
  if (!said) return undefined;
  const { pending } = ctx.state;
  const asked = pending?.kind === 'delivery' || (pending?.kind === 'order' && !!pending.lines);
  // Unasked, a long phrase that happens to hold "free" or "today" is not a choice of delivery
  // ("how much do I need to spend to get free delivery"): it starts no checkout.
  const length = said.raw.split(/\s+/).filter(Boolean).length;
  if (!asked && !said.resolvedId && length > LONGEST_UNASKED_DESCRIPTION) return undefined;
  const { deliveryOptions, defaultDeliveryOptionId } = ctx.settings;
  const words = {
    raw: said.raw || said.resolvedName || '',
    ...(said.resolvedId ? { resolvedId: said.resolvedId } : {}),
  };
  return deliveryOptionFor(deliveryOptions, defaultDeliveryOptionId, words);
}

/** A count said where a delivery option could stand: the line in focus set to it, as "make it one" does. */
async function countForLine(ctx: TurnContext, quantity: number): Promise<Answer> {
  assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  const target = await targetInCart(ctx, { action: 'set', quantity });
  return target.kind === 'answer' ? target.answer : setQuantityAndSay(ctx, target.focus, quantity);
}

/** ChooseDeliveryIntent: "express, please". Starts or continues a checkout with that option. */
export const chooseDelivery: IntentHandler = async (ctx) => {
  const pending = ctx.state.pending;
  // "The second option": the options in the order they were offered.
  const reading = readSlot(slot(ctx, 'deliveryOption')?.raw ?? '');
  const at =
    pending?.kind === 'delivery' ? offeredPosition(reading.reference, pending.optionIds.length) : undefined;
  const picked = at === undefined ? undefined : deliveryPicked(ctx, undefined, at);
  if (picked) return picked;
  // "Just one is fine" with no delivery question open is a count for the line in focus.
  if (pending?.kind !== 'delivery' && onlyHowMany(reading) && reading.count !== undefined) {
    return countForLine(ctx, reading.count);
  }
  const optionId = namedOption(ctx);
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
