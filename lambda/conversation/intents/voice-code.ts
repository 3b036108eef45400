/**
 * The voice code: asked before placing when the customer set one (three wrong codes lock purchases
 * for 15 minutes, counted in the profile so a new session does not reset them), and set or changed
 * on request (the current code first, then the new one, read back for a yes).
 */
import type { AmendPending } from '../after-order/after-order-state';
import { addToOrder } from '../after-order/amend-answers';
import { lockedAnswer } from '../answers/account-refusals';
import { askForNewCode } from '../checkout/new-voice-code';
import { placeOrder } from '../checkout/place-order';
import { awaiting, settled, type Pending } from '../dialog-state';
import { ask, type Answer } from '../reply';
import { requireLinked, slot, type IntentHandler, type TurnContext } from '../turn-context';

type CodePending = Extract<Pending, { kind: 'voiceCode' }>;

function spokenCode(ctx: TurnContext): string | undefined {
  const value = slot(ctx, 'code');
  const digits = (value?.resolvedId ?? value?.raw ?? '').replace(/\D/g, '');
  return digits === '' ? undefined : digits;
}

async function continueChange(
  ctx: TurnContext,
  pending: CodePending,
  code: string | undefined,
): Promise<Answer> {
  const { code: c, checkout } = ctx.locale;
  if (pending.stage === 'current') {
    if (code === undefined) return ask(c.askCurrent(), checkout.askCodeReprompt(), ctx.state);
    await ctx.deps.customers.verifyVoiceCode(ctx.customer.id, code);
    return askForNewCode(ctx, pending.code);
  }
  return askForNewCode(ctx, code);
}

/** VoiceCodeIntent: the four digits, when one was asked for. */
export const voiceCode: IntentHandler = async (ctx) => {
  const pending = ctx.state.pending;
  const code = spokenCode(ctx);
  const { checkout, code: c, common } = ctx.locale;
  if (pending?.kind === 'voiceCode') return continueChange(ctx, pending, code);
  if (pending?.kind === 'amendOrder') return codeForAddition(ctx, pending, code);
  if (pending?.kind !== 'order') return ask(c.notAsked(), common.homeReprompt(), ctx.state);
  if (pending.stage === 'confirm') {
    return ask(
      checkout.yesFirst(),
      checkout.confirmReprompt({ total: { amount: pending.total, currency: ctx.settings.currency } }),
      ctx.state,
    );
  }
  if (code === undefined) return ask(checkout.askCode(), checkout.askCodeReprompt(), ctx.state);
  return placeOrder(ctx, pending, code);
};

/** The four digits for an addition to a placed order, once its yes was heard. */
function codeForAddition(ctx: TurnContext, pending: AmendPending, code: string | undefined): Promise<Answer> {
  const { checkout, changes } = ctx.locale;
  if (pending.stage === 'confirm') {
    const total = { amount: pending.total, currency: ctx.settings.currency };
    return Promise.resolve(ask(checkout.yesFirst(), changes.confirmAddReprompt({ total }), ctx.state));
  }
  if (code === undefined)
    return Promise.resolve(ask(checkout.askCode(), checkout.askCodeReprompt(), ctx.state));
  return addToOrder(ctx, pending, code);
}

/** SetVoiceCodeIntent: "set my voice code to 1234". */
export const setVoiceCode: IntentHandler = async (ctx) => {
  requireLinked(ctx);
  const gate = await ctx.deps.customers.purchaseGate(ctx.customer.id);
  if (gate.lockedUntil) return lockedAnswer(ctx.locale, ctx.state, gate.lockedUntil, ctx.deps.clock.now());
  const code = spokenCode(ctx);
  if (gate.voiceCodeRequired) {
    const { code: c, checkout } = ctx.locale;
    const pending: CodePending = {
      kind: 'voiceCode',
      stage: 'current',
      ...(code && /^\d{4}$/.test(code) ? { code } : {}),
    };
    return ask(c.askCurrent(), checkout.askCodeReprompt(), awaiting(settled(ctx.state), pending));
  }
  return askForNewCode(ctx, code);
};
