/**
 * OrderStatusIntent: "where's my order". By number: that order's status and when it is expected
 * (or that it is late), and the order is then in focus ("cancel it", "when will it arrive").
 * Without a number: every open order briefly, the count first and the newest three; with only one
 * open (or none: the latest), that one as by number.
 */
import { openOrdersAnswer } from '../orders/order-history';
import { orderStatusAnswer } from '../orders/order-answers';
import { orderNumberSlot, type IntentHandler } from '../turn-context';

/** OrderStatusIntent. */
export const orderStatus: IntentHandler = (ctx) => {
  const orderId = orderNumberSlot(ctx);
  return orderId ? orderStatusAnswer(ctx, orderId) : openOrdersAnswer(ctx);
};
