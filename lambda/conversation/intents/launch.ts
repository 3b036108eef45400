/**
 * Opening the skill: first what the store has to tell (an order it cancelled, told once), then a
 * greeting; the first time, one sentence on what it can do; a returning shopper with an unfinished
 * cart hears about it and may hear it read back ("You left 3 items, 12 dollars, in your cart. Hear
 * them?" once the cart has been left longer than the idle time).
 */
import { awaiting, home } from '../dialog-state';
import { ask, labels } from '../reply';
import { sentences, type Phrase } from '../speech/phrase';
import type { IntentHandler, TurnContext } from '../turn-context';

/** How long a cart stays untouched before it counts as left behind, unless configured. */
const DEFAULT_IDLE_MINUTES = 24 * 60;
/** How many of the store's notices are told at once; the rest wait for the next launch. */
const NOTICES_TOLD = 3;

/** The store's notices, said and then cleared; a failure to clear only means they are told again. */
async function storeNotices(ctx: TurnContext): Promise<Phrase[]> {
  const notices = (ctx.contact?.notices ?? []).slice(0, NOTICES_TOLD);
  if (notices.length === 0) return [];
  await ctx.deps.contacts.noticesTold(ctx.customer.id, notices).catch(() => undefined);
  const store = ctx.settings.name;
  return notices.map((notice) => ctx.locale.notify.storeCancelled({ store, orderId: notice.orderId }));
}

/** LaunchRequest. */
export const launch: IntentHandler = async (ctx) => {
  const { common, notify } = ctx.locale;
  const [view, notices] = await Promise.all([ctx.deps.cart.read(ctx.customer.id), storeNotices(ctx)]);
  const store = ctx.settings.name;
  const state = home(ctx.state);
  if (view.cart.lines.length > 0) {
    const idleMs = ctx.deps.clock.now().getTime() - Date.parse(view.cart.updatedAt);
    const left = idleMs >= (ctx.deps.cartIdleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
    const cart = { count: view.itemCount, subtotal: view.subtotal };
    return ask(
      left
        ? sentences(...notices, notify.welcomeBackStore({ store }), notify.cartLeft(cart))
        : sentences(...notices, common.welcomeBackCart({ store, ...cart })),
      common.welcomeCartReprompt(),
      awaiting(state, { kind: 'hearCart' }),
      { suggestions: labels([common.yesLabel(), common.noLabel()]) },
    );
  }
  // Never saved a profile nor a cart: someone new. Read once per session, with the speech rate.
  const firstTime = ctx.profile !== undefined && ctx.profile.version === 0 && view.cart.version === 0;
  const speech = firstTime ? common.welcomeNew({ store }) : common.welcomeBack({ store });
  return ask(sentences(...notices, speech), common.welcomeReprompt(), state);
};
