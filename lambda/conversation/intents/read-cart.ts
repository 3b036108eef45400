/**
 * ReadCartIntent: "what's in my cart". Asked while an order of the cart waits for its yes, it reads
 * the items and asks for the yes again.
 */
import { cartContentsAnswer } from '../cart/cart-contents';
import type { IntentHandler } from '../turn-context';

/** ReadCartIntent. */
export const readCart: IntentHandler = (ctx) => cartContentsAnswer(ctx);
