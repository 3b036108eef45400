/**
 * EmptyCartIntent: empties the cart, but only after a yes (the "yes" handler does it).
 */
import { askToEmpty } from '../cart/empty-question';
import type { IntentHandler } from '../turn-context';

/** EmptyCartIntent: asks first. */
export const emptyCart: IntentHandler = (ctx) => Promise.resolve(askToEmpty(ctx));
