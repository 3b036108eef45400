/**
 * The read-back of quote_checkout, as the skill reads it before anything costs money (Alexa's rules
 * for physical goods): seller, items, any price changes, delivery and its day, and the total with tax
 * and fees; then the question. As structured content and as the sentences to read aloud.
 */
import type { CheckoutQuote, DeliveryChoice } from '../../domain/checkout-types';
import type { PurchaseGate } from '../../domain/customer-service';
import { sum } from '../../domain/money';
import { confirmationId } from './confirmation';
import type { Phrasing } from './phrasing';
import { spokenLines, spokenName } from './views';

/** What the read-back says, and the structured quote. */
export function readBack(
  seller: string,
  priced: CheckoutQuote & { readonly cartVersion: number },
  choices: readonly DeliveryChoice[],
  gate: PurchaseGate,
  say: Phrasing,
) {
  const { quote } = priced;
  const fees = sum(
    quote.fees.map((f) => f.amount),
    quote.currency,
  );
  const delivery = quote.delivery;
  const deliveryText =
    delivery.price.amount === 0
      ? `Free ${delivery.name}, arriving ${say.day(delivery.expectedDate)}.`
      : `${capitalise(delivery.name)} for ${say.money(delivery.price).formatted}, arriving ${say.day(delivery.expectedDate)}.`;
  const changes = priced.repriced
    .slice(0, 2)
    .map(
      (r) => `${spokenName(r)} is now ${say.money(r.now).formatted}, it was ${say.money(r.was).formatted}.`,
    );
  const question = gate.voiceCodeRequired
    ? 'Shall I place the order? If so, please say your voice code.'
    : 'Shall I place the order?';
  const sentences = [
    `Your order from ${seller}: ${spokenLines(quote.lines, say)}.`,
    ...changes,
    deliveryText,
    `The total is ${say.money(quote.total).formatted}, including ${say.money(quote.tax).formatted} tax` +
      (fees.amount > 0 ? ` and ${say.money(fees).formatted} in fees.` : '.'),
    question,
  ];
  const confirmation = {
    cartVersion: priced.cartVersion,
    deliveryOptionId: delivery.optionId,
    total: quote.total.amount,
  };
  return {
    confirmationId: confirmationId(confirmation),
    readBack: sentences.join(' '),
    seller,
    lines: quote.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      unitPrice: say.money(l.unitPrice),
      lineTotal: say.money(l.lineTotal),
    })),
    repriced: priced.repriced.map((r) => ({
      sku: r.sku,
      name: r.name,
      was: say.money(r.was),
      now: say.money(r.now),
    })),
    subtotal: say.money(quote.subtotal),
    delivery: {
      optionId: delivery.optionId,
      name: delivery.name,
      price: say.money(delivery.price),
      expectedDate: delivery.expectedDate,
    },
    fees: quote.fees.map((f) => ({ name: f.name, amount: say.money(f.amount) })),
    tax: say.money(quote.tax),
    total: say.money(quote.total),
    deliveryOptions: choices.map((c) => ({
      optionId: c.option.id,
      name: c.option.name,
      price: say.money(c.price),
      expectedDate: c.expectedDate,
    })),
    voiceCodeRequired: gate.voiceCodeRequired,
    ...(gate.lockedUntil ? { purchasesLockedUntil: gate.lockedUntil } : {}),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
