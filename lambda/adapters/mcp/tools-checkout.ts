/**
 * Checkout without a voice, under the skill's purchase rules: an order is placed only by
 * quote_checkout (the read-back, and a confirmation naming what it read back) then place_order with
 * that confirmation (and the voice code, when the shopper has one): exactly what was read back, once.
 * The domain proves both (the code judged and counted against the lockout, the cart's version the
 * order transaction's condition): a cart changed since the quote is refused with CART_CHANGED, a
 * missing code with VOICE_CODE_REQUIRED; a repeated place_order returns the same order. Nothing is
 * bought from any other tool.
 */
import * as z from 'zod';
import { DomainError } from '../../domain/errors';
import type { StoreSettings } from '../../domain/model';
import { parseConfirmationId, placeRequestFor } from './confirmation';
import { readBack } from './read-back';
import { defineTool, READ_ONLY } from './tool-kit';
import { ToolRefusal } from './tool-errors';
import { orderView, spokenLines } from './views';

/** The option an assistant named (its id or its name, any case); the store's default when none. */
function deliveryOptionId(settings: StoreSettings, named: string | undefined): string {
  if (named === undefined) return settings.defaultDeliveryOptionId;
  const wanted = named.trim().toLowerCase();
  const option = settings.deliveryOptions.find(
    (o) => o.id.toLowerCase() === wanted || o.name.toLowerCase() === wanted,
  );
  if (!option) throw new DomainError('DELIVERY_OPTION_UNKNOWN', 'no such option', { optionId: named });
  return option.id;
}

/** quote_checkout: the read-back and its confirmation. Reads only. */
export const quoteCheckout = defineTool({
  name: 'quote_checkout',
  title: 'Read back the order',
  description:
    'Prices the cart for checkout and returns the read-back: seller, items, delivery and its day, and the ' +
    'total with tax and fees, with a confirmationId. Read `readBack` to the shopper as it is and wait for an ' +
    'explicit yes before calling place_order with that confirmationId. Places nothing.',
  input: z.object({
    deliveryOption: z
      .string()
      .trim()
      .min(1, { error: 'name a delivery option, or leave it out for the default' })
      .max(100)
      .optional()
      .describe(
        'A delivery option id or name from deliveryOptions ("standard", "store pickup"); default otherwise',
      ),
  }),
  hints: READ_ONLY,
  personal: true,
  async run({ deliveryOption }, call) {
    const optionId = deliveryOptionId(call.settings, deliveryOption);
    const [priced, gate] = await Promise.all([
      call.services.checkout.quote(call.customerId, { kind: 'cart' }, optionId),
      call.services.customers.purchaseGate(call.customerId),
    ]);
    if (priced.cartVersion === undefined) throw new Error('a cart quote carries its cart version');
    const choices = await call.services.checkout.deliveryChoices(priced.quote.subtotal);
    const data = readBack(
      call.settings.sellerName,
      { ...priced, cartVersion: priced.cartVersion },
      choices,
      gate,
      call.say,
    );
    const locked = gate.lockedUntil
      ? 'Purchases are locked for a while after too many wrong voice codes; the order cannot be placed yet. '
      : '';
    return { data, text: `${locked}${data.readBack}` };
  },
});

const voiceCodeSchema = z
  .string()
  .regex(/^\s*\d(?:[\s-]?\d){3}\s*$/, { error: 'a voice code is four digits' })
  .transform((code) => code.replace(/[\s-]/g, ''))
  .optional()
  .describe("The shopper's four-digit voice code, when quote_checkout said one is required");

/** place_order: places exactly what the confirmation read back, once. */
export const placeOrder = defineTool({
  name: 'place_order',
  title: 'Place the order',
  description:
    'Places the order read back by quote_checkout, after the shopper said yes to it. Takes the confirmationId ' +
    'of that read-back (and the voice code when one is required). Places exactly what was read back, once: ' +
    'calling it again returns the same order; a cart or total changed since the read-back is refused.',
  input: z.object({
    confirmationId: z
      .string()
      .trim()
      .min(1, { error: 'give the confirmationId that quote_checkout returned' })
      .max(200)
      .describe('The confirmationId quote_checkout returned with the read-back the shopper said yes to'),
    voiceCode: voiceCodeSchema,
  }),
  hints: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  personal: true,
  async run({ confirmationId, voiceCode }, call) {
    const confirmation = parseConfirmationId(confirmationId);
    if (!confirmation) {
      throw new ToolRefusal(
        'CONFIRMATION_INVALID',
        'Nothing was read back under that confirmation. Get the read-back with quote_checkout, read it to the shopper, and place the order with its confirmationId after a yes.',
      );
    }
    // Placing proves the voice code and that the cart is the one read back, in its transaction.
    const order = await call.services.checkout.placeOrder(
      call.customerId,
      placeRequestFor(confirmation, call.settings.currency, voiceCode),
    );
    const payLater = order.payment.status === 'due_on_delivery' ? ' You will pay when it arrives.' : '';
    return {
      data: { order: orderView(order, call.say) },
      text:
        `The order is placed: ${spokenLines(order.quote.lines, call.say)}. The order number is ${order.orderId}, ` +
        `arriving ${call.say.day(order.quote.delivery.expectedDate)}.${payLater}`,
    };
  },
});
