/**
 * Opening the skill: a greeting; the first time, one sentence on what it can do; a returning
 * shopper with an unfinished cart hears about it and may hear it read back.
 */
import { awaiting, home } from '../dialog-state';
import { ask, labels } from '../reply';
import type { IntentHandler } from '../turn-context';

/** LaunchRequest. */
export const launch: IntentHandler = async (ctx) => {
  const { common } = ctx.locale;
  // A store with a catalog but no settings yet: what it sells can be heard, nothing bought.
  if (!ctx.storeConfigured) return ask(ctx.locale.store.notSetUp(), common.homeReprompt(), home(ctx.state));
  const view = await ctx.deps.cart.read(ctx.customer.id);
  const store = ctx.settings.name;
  const state = home(ctx.state);
  if (view.cart.lines.length > 0) {
    return ask(
      common.welcomeBackCart({ store, count: view.itemCount, subtotal: view.subtotal }),
      common.welcomeCartReprompt(),
      awaiting(state, { kind: 'hearCart' }),
      { suggestions: labels([common.yesLabel(), common.noLabel()]) },
    );
  }
  // Never saved a profile nor a cart: someone new. Read once per session, with the speech rate.
  const firstTime = ctx.profile !== undefined && ctx.profile.version === 0 && view.cart.version === 0;
  const speech = firstTime ? common.welcomeNew({ store }) : common.welcomeBack({ store });
  return ask(speech, common.welcomeReprompt(), state);
};
