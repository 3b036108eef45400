/**
 * OrderStatusIntent: "where's my order", the latest or by number: its status and when it is
 * expected (or that it is late). The order is then in focus: "cancel it", "when will it arrive".
 */
import { orderStatusAnswer } from '../orders/order-answers';
import { orderNumberSlot, type IntentHandler } from '../turn-context';

/** OrderStatusIntent. */
export const orderStatus: IntentHandler = (ctx) =>
  orderStatusAnswer(ctx, orderNumberSlot(ctx) ?? ctx.state.order?.orderId);
