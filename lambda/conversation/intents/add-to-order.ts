/**
 * AddToOrderIntent: "add milk to my order" (or "add it to my order", the product in focus), to the
 * order named, the order in focus, or the latest: read back with the new total for a yes (the "yes"
 * handler adds it); refused with the reason when the order can no longer take it.
 */
import { previewAddition, previewNamedAddition } from '../after-order/amend-answers';
import { settled } from '../dialog-state';
import { ask } from '../reply';
import {
  orderNumberSlot,
  productWords,
  quantitySlot,
  requireLinked,
  type IntentHandler,
} from '../turn-context';

/** AddToOrderIntent. */
export const addToOrder: IntentHandler = async (ctx) => {
  requireLinked(ctx);
  const quantity = quantitySlot(ctx) ?? 1;
  const orderId = orderNumberSlot(ctx) ?? ctx.state.order?.orderId;
  const words = productWords(ctx);
  if (!words) {
    const focus = ctx.state.product;
    if (focus) return previewAddition(ctx, orderId, focus.sku, quantity);
    const { changes } = ctx.locale;
    return ask(changes.whatToAdd(), changes.whatToAddReprompt(), settled(ctx.state));
  }
  return previewNamedAddition(ctx, orderId, words, quantity);
};
