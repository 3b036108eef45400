/**
 * Opens a turn: who is speaking (the platform identity, never the session's word for it), the
 * state that belongs to that customer, the speech rate (read from the profile once per session,
 * then carried), the store settings (cached by the store service) and today's date in the store.
 * A "did you mean" question is closed when the shopper turns to something else.
 */
import { localTime } from '../domain/delivery';
import type { TurnContext } from './context';
import type { ConversationDependencies } from './core';
import type { DialogState } from './dialog-state';
import type { Locale } from './locales/locale';
import type { Turn } from './turn';

/** Intents that answer (or ask about) a "did you mean A, or B?" question; any other closes it. */
const ANSWERS_A_CHOICE: ReadonlySet<string> = new Set([
  'SelectItemIntent',
  'SelectIntent',
  'AddToCartIntent',
  'RemoveFromCartIntent',
  'SetQuantityIntent',
  'ProductDetailsIntent',
  'YesIntent',
  'HelpIntent',
  'FallbackIntent',
  'RepeatIntent',
  'NextIntent',
  'PreviousIntent',
  'SpeakSlowerIntent',
  'SpeakFasterIntent',
  'NormalSpeedIntent',
]);

/** Resolves the customer, settings and speech rate for a turn. */
export async function openTurn(
  deps: ConversationDependencies,
  turn: Turn,
  incoming: DialogState,
  locale: Locale,
): Promise<TurnContext> {
  const { customer, linking } = await deps.identity.identify({
    platform: turn.platform,
    platformUserId: turn.platformUserId,
    ...(turn.accessToken ? { accessToken: turn.accessToken } : {}),
    ...(incoming.customerId ? { knownCustomerId: incoming.customerId } : {}),
  });
  // State carried for someone else (a link made mid-session, a tampered session) is not carried over.
  let state: DialogState = incoming.customerId === customer.id ? incoming : { customerId: customer.id };
  // A "did you mean" question the shopper moved on from is closed: "yes" or "help" later must not
  // refer to it.
  if (state.list?.kind === 'choice' && !ANSWERS_A_CHOICE.has(turn.intent)) {
    const { list: _closed, ...rest } = state;
    state = rest;
  }
  // The account link, the profile and the settings are read side by side, not one after another.
  const [profile, settings] = await Promise.all([
    state.rate === undefined ? deps.customers.profile(customer.id) : undefined,
    deps.store.settings(),
    linking,
  ]);
  if (profile) state = { ...state, rate: profile.speechRate };
  const today = localTime(deps.clock.now(), settings.timeZone).date;
  return { turn, deps, customer, state, settings, locale, today, ...(profile ? { profile } : {}) };
}
