/**
 * "Yes" and "no": each acts on the question pending, and says so plainly when nothing was asked.
 */
import { confirmAddition, previewAddition } from '../after-order/amend-answers';
import { sendReturnRequest } from '../after-order/return-answers';
import { eraseData } from '../answers/data-erasure';
import { addAndSay } from '../cart/cart-changes';
import { cartContentsAnswer } from '../cart/cart-contents';
import { closingAnswer, leaving } from '../cart/closing';
import { acceptReminder, leavingWithReminderOffer } from '../cart/reminder-offer';
import { goOnWithQueued } from '../cart/added-together';
import { emptyAndSay } from '../cart/undo';
import { deliveryNames } from '../checkout/delivery-names';
import { askForNewCode } from '../checkout/new-voice-code';
import { placeOrder } from '../checkout/place-order';
import { checkoutWith } from '../checkout/start-checkout';
import { awaiting, home, settled, type Pending } from '../dialog-state';
import { pickAnswer } from '../lists/list-answers';
import { ask, type Answer } from '../reply';
import { requireLinked, type IntentHandler, type TurnContext } from '../turn-context';
import { noteReinterpreted } from '../understanding/understanding-metrics';

function nothingAsked(ctx: TurnContext): Answer | Promise<Answer> {
  const { common } = ctx.locale;
  const list = ctx.state.list;
  // "Yes" to a list of products means one of them; a cart read back asked nothing.
  if (list && list.kind !== 'cart') return pickAnswer(ctx, list);
  return ask(common.notAsking(), common.homeReprompt(), ctx.state);
}

/** YesIntent. */
export const yes: IntentHandler = async (ctx) => {
  const pending = ctx.state.pending;
  const { cart, checkout, help, orders, code } = ctx.locale;
  switch (pending?.kind) {
    case undefined:
      return nothingAsked(ctx);
    case 'add':
      if (pending.toOrder)
        return previewAddition(ctx, pending.toOrder.orderId, pending.sku, pending.quantity);
      return addAndSay(ctx, pending, pending.quantity);
    case 'hearCart':
      return cartContentsAnswer({ ...ctx, state: settled(ctx.state) });
    case 'emptyCart':
      return emptyAndSay(ctx);
    case 'delivery': {
      const options = deliveryNames(ctx.locale, ctx.settings, 'or', pending.optionIds);
      return ask(help.delivery({ options }), checkout.chooseDeliveryReprompt({ options }), ctx.state);
    }
    case 'order':
      requireLinked(ctx);
      if (pending.stage === 'code') return ask(checkout.askCode(), checkout.askCodeReprompt(), ctx.state);
      if (pending.codeRequired) {
        return ask(
          checkout.askCode(),
          checkout.askCodeReprompt(),
          awaiting(ctx.state, { ...pending, stage: 'code' }),
        );
      }
      return placeOrder(ctx, pending);
    case 'cancelOrder': {
      requireLinked(ctx);
      const order = await ctx.deps.orders.cancel(ctx.customer.id, pending.orderId);
      return ask(orders.cancelled({ orderId: order.orderId }), orders.statusReprompt(), home(ctx.state));
    }
    case 'eraseData':
      return eraseData(ctx);
    case 'amendOrder':
      requireLinked(ctx);
      return confirmAddition(ctx, pending);
    case 'returnRequest':
      requireLinked(ctx);
      return sendReturnRequest(ctx, pending);
    case 'handoffContact':
      return ask(ctx.locale.person.howToReachReprompt(), ctx.locale.person.howToReachReprompt(), ctx.state);
    case 'anythingElse':
      return ask(cart.sureWhatElse(), ctx.locale.common.homeReprompt(), settled(ctx.state));
    case 'checkout':
      return checkoutWith({ ...ctx, state: settled(ctx.state) });
    case 'reminder':
      return acceptReminder(ctx);
    case 'voiceCode':
      if (pending.stage === 'current') return ask(code.askCurrent(), checkout.askCodeReprompt(), ctx.state);
      if (pending.stage !== 'confirm' || !pending.code) return askForNewCode(ctx, undefined);
      requireLinked(ctx);
      await ctx.deps.customers.setVoiceCode(ctx.customer.id, pending.code);
      return ask(code.set(), ctx.locale.common.homeReprompt(), home(ctx.state));
  }
};

/** "No" to a question that changes nothing: said plainly, with what to do next. */
function declined(
  ctx: TurnContext,
  pending: Exclude<Pending, { kind: 'anythingElse' | 'checkout' | 'reminder' }> | undefined,
) {
  const { cart, checkout, orders, code, common } = ctx.locale;
  const state = settled(ctx.state);
  switch (pending?.kind) {
    case undefined:
    case 'hearCart':
      return ask(common.whatElse(), common.homeReprompt(), state);
    case 'add':
      return ask(cart.notAdded(), common.homeReprompt(), state);
    case 'emptyCart':
      return ask(cart.kept(), common.homeReprompt(), state);
    case 'delivery':
      return ask(checkout.notPlaced(), cart.reprompt(), state);
    case 'order':
      // A reorder never touched the cart: there is no cart to come back to.
      return pending.lines
        ? ask(checkout.notPlacedReorder(), common.homeReprompt(), state)
        : ask(checkout.notPlaced(), cart.reprompt(), state);
    case 'cancelOrder':
      return ask(orders.kept(), common.homeReprompt(), state);
    case 'voiceCode':
      return ask(code.notSet(), common.homeReprompt(), state);
    case 'eraseData':
      return ask(ctx.locale.privacy.notDeleted(), common.homeReprompt(), state);
    case 'amendOrder':
      return ask(ctx.locale.changes.notAdded(), common.homeReprompt(), state);
    case 'returnRequest':
      return ask(ctx.locale.returns.notSent(), common.homeReprompt(), state);
    case 'handoffContact':
      return ask(common.whatElse(), common.homeReprompt(), state);
  }
}

/**
 * NoIntent. "No" to "anything else?" closes the shopping: the cart, then "shall I check out?"; "no"
 * to that leaves with the cart kept (offering a reminder where the platform makes them). "No" to a
 * product offered while others named with it wait goes on with them.
 */
export const no: IntentHandler = async (ctx) => {
  const pending = ctx.state.pending;
  // Leaving with the cart kept: a reminder is offered where the platform makes them.
  if (pending?.kind === 'checkout') return leavingWithReminderOffer(ctx);
  if (pending?.kind === 'reminder') return leaving(ctx);
  if (pending?.kind === 'anythingElse') {
    noteReinterpreted(ctx, 'closing');
    return closingAnswer(ctx);
  }
  // Not the one offered, or neither of two, for one of several products named together: the next.
  if (ctx.state.queued && (pending === undefined || pending.kind === 'add')) {
    return goOnWithQueued(ctx, ctx.state, { added: [], said: [], opening: ctx.locale.cart.notThatOne() });
  }
  return declined(ctx, pending);
};
