/**
 * DoneShoppingIntent ("that's all I need", "I'm all set", "nothing else"): the cart's count and
 * subtotal, then "Shall I check out?"; with an empty cart, goodbye.
 */
import { closingAnswer } from '../cart/closing';
import type { IntentHandler } from '../turn-context';

/** DoneShoppingIntent. */
export const doneShopping: IntentHandler = (ctx) => closingAnswer(ctx);
