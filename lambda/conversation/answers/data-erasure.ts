/**
 * "Yes" to "shall I delete your data?": erased at once (profile, cart, voice code, handoff
 * requests, the device's link; orders stay as the merchant's legal record with the customer id
 * replaced), then goodbye, with nothing carried into the next session.
 */
import { EMPTY_STATE } from '../dialog-state';
import { tell, type Answer } from '../reply';
import type { TurnContext } from '../turn-context';

/** Erases the shopper's data and ends the session. */
export async function eraseData(ctx: TurnContext): Promise<Answer> {
  await ctx.deps.dataRights.erase(ctx.customer.id);
  return tell(ctx.locale.privacy.deleted(), EMPTY_STATE);
}
