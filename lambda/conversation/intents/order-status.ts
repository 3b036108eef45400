/**
 * OrderStatusIntent: "where's my order", the latest or by number: its status and when it is
 * expected (or that it is late).
 */
import { settled } from '../dialog-state';
import { ask } from '../reply';
import { sentences } from '../speech/phrase';
import { orderNumberSlot, requireLinked, type IntentHandler } from '../turn-context';

/** OrderStatusIntent. */
export const orderStatus: IntentHandler = async (ctx) => {
  requireLinked(ctx);
  const { orders, phrasing, cart } = ctx.locale;
  const tracking = await ctx.deps.tracking.track(ctx.customer.id, orderNumberSlot(ctx));
  const when = phrasing.date(tracking.expectedDate, ctx.today);
  const open = !['delivered', 'cancelled', 'returned'].includes(tracking.status);
  const arrival = !open ? undefined : tracking.late ? orders.late({ when }) : orders.expected({ when });
  return ask(
    sentences(
      orders.status({ orderId: tracking.orderId, status: tracking.status }),
      arrival,
      cart.anythingElse(),
    ),
    orders.statusReprompt(),
    settled(ctx.state),
  );
};
