/**
 * The read-back before anything costs money (Alexa's rules for physical goods, on every platform):
 * seller, items (summarised after three lines), any price changes, delivery and the day it is
 * expected, and the total with tax and fees; then an explicit question. The idempotency key for
 * placing is chosen here, with the total the shopper heard and the version of the cart read back.
 */
import type { CheckoutQuote } from '../../domain/checkout-types';
import { sum } from '../../domain/money';
import { awaiting, home, type OrderLineRef } from '../dialog-state';
import { ask, labels, type Answer } from '../reply';
import { PAGE_SIZE } from '../speech/paging';
import { sentences, shorten, type Phrase, NAME_LENGTH } from '../speech/phrase';
import type { TurnContext } from '../turn-context';
import { deliveryWhen } from './delivery-when';

/** What a read-back adds around the order itself. */
export interface ReadBackExtras {
  /** A sentence before the order ("Here's your usual."). */
  readonly lead?: Phrase;
  /** Sentences about lines that changed (unavailable, short). */
  readonly notes?: readonly Phrase[];
  /** The lines to order, for a reorder; absent when the cart is ordered. */
  readonly lines?: readonly OrderLineRef[];
}

/** What placing needs to order the very cart read back: its skus and its version. */
function cartRead(priced: CheckoutQuote) {
  return {
    skus: priced.quote.lines.map((l) => l.sku),
    ...(priced.cartVersion !== undefined ? { cartVersion: priced.cartVersion } : {}),
  };
}

/** The spoken order, the confirmation question, and the pending order the "yes" will place. */
export function readBack(
  ctx: TurnContext,
  priced: CheckoutQuote,
  codeRequired: boolean,
  extras: ReadBackExtras = {},
): Answer {
  const { checkout, cart, common, phrasing } = ctx.locale;
  const { quote, repriced } = priced;
  const shown = quote.lines
    .slice(0, PAGE_SIZE)
    .map((l) => phrasing.quantityOf(l.quantity, shorten(l.name, NAME_LENGTH)));
  const rest = quote.lines.length - shown.length;
  const items = phrasing.list(rest > 0 ? [...shown, cart.moreLines({ more: rest })] : shown, 'and');
  const changes = repriced
    .slice(0, 2)
    .map((r) => checkout.repriced({ product: shorten(r.name, NAME_LENGTH), price: r.now, was: r.was }));
  const when = deliveryWhen(ctx.locale, ctx.today, quote.delivery.expectedDate, quote.delivery.window);
  const option = quote.delivery.name;
  const delivery =
    quote.delivery.price.amount === 0
      ? checkout.readBackDeliveryFree({ option, when })
      : checkout.readBackDelivery({ option, price: quote.delivery.price, when });
  const fees = sum(
    quote.fees.map((f) => f.amount),
    quote.currency,
  );
  const speech = sentences(
    extras.lead,
    checkout.readBackItems({ seller: ctx.settings.sellerName, items }),
    ...(extras.notes ?? []),
    ...changes,
    delivery,
    checkout.readBackTotal({
      total: quote.total,
      tax: quote.tax,
      fees,
      taxName: ctx.settings.taxName ?? 'tax',
    }),
    checkout.confirmQuestion(),
  );
  const pending = {
    kind: 'order',
    stage: 'confirm',
    key: ctx.deps.newIdempotencyKey(),
    total: quote.total.amount,
    optionId: quote.delivery.optionId,
    codeRequired,
    ...(extras.lines ? { lines: extras.lines } : cartRead(priced)),
  } as const;
  return ask(speech, checkout.confirmReprompt({ total: quote.total }), awaiting(home(ctx.state), pending), {
    suggestions: labels([common.yesLabel(), common.noLabel()]),
  });
}
