/**
 * Orders after placing: "where's my order" (the latest, or by number) and "cancel my order" within
 * the store's cancel window, after a yes; otherwise the reason it cannot be cancelled.
 */
import { ask, labels, requireLinked, slot, type IntentHandler, type TurnContext } from '../context';
import { sentences } from '../speech/phrase';
import { awaiting, settled } from '../state-changes';

function orderNumber(ctx: TurnContext): string | undefined {
  const digits = (slot(ctx, 'orderNumber')?.raw ?? '').replace(/\D/g, '');
  return digits === '' ? undefined : digits.slice(0, 20);
}

/** OrderStatusIntent. */
export const orderStatus: IntentHandler = async (ctx) => {
  requireLinked(ctx);
  const { orders, phrasing, cart } = ctx.locale;
  const tracking = await ctx.deps.tracking.track(ctx.customer.id, orderNumber(ctx));
  const when = phrasing.date(tracking.expectedDate, ctx.today);
  const open = !['delivered', 'cancelled', 'returned'].includes(tracking.status);
  const arrival = !open ? undefined : tracking.late ? orders.late({ when }) : orders.expected({ when });
  return ask(
    sentences(
      orders.status({ orderId: tracking.orderId, status: tracking.status }),
      arrival,
      cart.anythingElse({}),
    ),
    orders.statusReprompt({}),
    settled(ctx.state),
  );
};

/** CancelOrderIntent: checks the window first, then asks. */
export const cancelOrder: IntentHandler = async (ctx) => {
  requireLinked(ctx);
  const { orders, common } = ctx.locale;
  const order = await ctx.deps.orders.find(ctx.customer.id, orderNumber(ctx));
  const verdict = await ctx.deps.orders.cancellability(order);
  const orderId = order.orderId;
  if (!verdict.ok) {
    const refusal = {
      window_passed: orders.tooLate,
      already_shipped: orders.shipped,
      already_final: orders.final,
    }[verdict.reason];
    return ask(
      sentences(refusal({ orderId }), common.whatElse({})),
      common.homeReprompt({}),
      settled(ctx.state),
    );
  }
  return ask(
    orders.confirmCancel({ orderId, total: order.quote.total, minutes: verdict.minutesLeft }),
    orders.confirmCancelReprompt({}),
    awaiting(settled(ctx.state), { kind: 'cancelOrder', orderId }),
    { suggestions: labels([common.yesLabel({}), common.noLabel({})]) },
  );
};
