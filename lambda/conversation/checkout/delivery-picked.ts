/**
 * A delivery choice said as a pick while the delivery question is open and no list is: "the fast
 * one", "the free one", "the second one" (the options in the order they were offered).
 */
import type { Answer } from '../reply';
import type { TurnContext } from '../turn-context';
import { deliveryOptionFor } from '../understanding/delivery-words';
import { readSlot, type Reference } from '../understanding/slot-reading';
import { checkoutWith } from './start-checkout';

/** The place in the offer that "the second one" or "the last one", read, names, if it does. */
export function offeredPosition(reference: Reference | undefined, offered: number): number | undefined {
  if (reference?.kind === 'position') return reference.position;
  return reference?.kind === 'last' ? offered : undefined;
}

/** The read-back with the option picked, or undefined when no delivery question is open or none fits. */
export function deliveryPicked(
  ctx: TurnContext,
  words: string | undefined,
  position?: number,
): Promise<Answer> | undefined {
  const pending = ctx.state.pending;
  if (pending?.kind !== 'delivery') return undefined;
  const { deliveryOptions, defaultDeliveryOptionId } = ctx.settings;
  const at =
    position ?? (words ? offeredPosition(readSlot(words).reference, pending.optionIds.length) : undefined);
  const optionId =
    at !== undefined
      ? pending.optionIds[at - 1]
      : words && deliveryOptionFor(deliveryOptions, defaultDeliveryOptionId, { raw: words });
  return optionId ? checkoutWith(ctx, optionId, pending.codeRequired) : undefined;
}
