/**
 * A delivery choice said as a pick while the delivery question is open and no list is: "the fast
 * one", "the free one", "the second one" (the options in the order they were offered).
 */
import type { Answer } from '../reply';
import type { TurnContext } from '../turn-context';
import { deliveryOptionFor } from '../understanding/delivery-words';
import { checkoutWith } from './start-checkout';

/** The read-back with the option picked, or undefined when no delivery question is open or none fits. */
export function deliveryPicked(
  ctx: TurnContext,
  words: string | undefined,
  position?: number,
): Promise<Answer> | undefined {
  const pending = ctx.state.pending;
  if (pending?.kind !== 'delivery') return undefined;
  const { deliveryOptions, defaultDeliveryOptionId } = ctx.settings;
  const optionId =
    position !== undefined
      ? pending.optionIds[position - 1]
      : words && deliveryOptionFor(deliveryOptions, defaultDeliveryOptionId, { raw: words });
  return optionId ? checkoutWith(ctx, optionId, pending.codeRequired) : undefined;
}
