/**
 * "Talk to a person": records a handoff request with the conversation's context (where the shopper
 * was, what is in the cart) and says what happens next: the ticket number, when the team answers,
 * and the phone number.
 */
import { settled } from '../dialog-state';
import { ask } from '../reply';
import { sentences } from '../speech/phrase';
import type { IntentHandler } from '../turn-context';

/** TalkToPersonIntent. */
export const talkToPerson: IntentHandler = async (ctx) => {
  const { store, common } = ctx.locale;
  const cart = await ctx.deps.cart.read(ctx.customer.id);
  const where = ctx.state.pending?.kind ?? (ctx.state.list ? 'list' : 'home');
  const receipt = await ctx.deps.handoff.request(
    ctx.customer.id,
    `Asked for a person by voice (at: ${where}).`,
    {
      ...(ctx.state.lastIntent ? { lastIntent: ctx.state.lastIntent } : {}),
      cartSkus: cart.cart.lines.map((l) => l.sku),
    },
  );
  const speech = store.handoff({
    ticketId: receipt.ticketId,
    hours: receipt.supportHours,
    phone: receipt.supportPhone,
  });
  return ask(sentences(speech, common.whatElse()), store.handoffReprompt(), settled(ctx.state));
};
