/**
 * LastOrderIntent ("what did I order last time") and RecentOrdersIntent ("my last three orders").
 */
import { lastOrderAnswer, recentOrdersAnswer } from '../orders/order-history';
import type { IntentHandler } from '../turn-context';

/** LastOrderIntent. */
export const lastOrder: IntentHandler = (ctx) => lastOrderAnswer(ctx);

/** RecentOrdersIntent. */
export const recentOrders: IntentHandler = (ctx) => recentOrdersAnswer(ctx);
