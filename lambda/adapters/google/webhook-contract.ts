/**
 * The webhook contract between the generated Actions Builder project and this adapter (stable:
 * tests and tools rely on it). One webhook handler, `turn`, serves every call. Custom intents keep
 * the interaction model's names; Alexa built-ins become custom intents without the `AMAZON.` prefix;
 * intent parameters carry the Alexa slot names. Two scenes: `Shopping`, where the conversation
 * lives, and `SignIn`, which runs the platform's account-linking flow.
 */

/** The one webhook handler name every call uses. */
export const HANDLER_NAME = 'turn';

/** The scene the conversation lives in. */
export const SHOPPING_SCENE = 'Shopping';

/** The scene that runs account linking (an `actions.type.AccountLinking` slot). */
export const SIGN_IN_SCENE = 'SignIn';

/** The sign-in slot; its outcome is written to the session parameter of the same name. */
export const SIGN_IN_SLOT = 'AccountLinkingSlot';

/** What the sign-in slot can end with. */
export const SIGN_IN_OUTCOMES = ['LINKED', 'REJECTED', 'ERROR'] as const;

/** The platform's scene that ends the conversation. */
export const END_SCENE = 'actions.scene.END_CONVERSATION';

/** The invocation intent; it becomes `LaunchRequest`. */
export const MAIN_INTENT = 'actions.intent.MAIN';

/** Session parameters the adapter keeps (besides the sign-in slot's). */
export const SESSION_PARAMS = {
  /** The conversation's dialog state, exactly as the last Reply returned it. */
  state: 'state',
  /** The last reprompt, said again when the shopper says nothing. */
  reprompt: 'reprompt',
  /** The anonymous shopper id, for a user whose storage does not persist (a guest). */
  shopper: 'shopper',
  /** The turn that needed a linked account, replayed once the account is linked. */
  signIn: 'signIn',
} as const;

/** The user-storage parameter that keeps the anonymous shopper id across conversations. */
export const SHOPPER_USER_PARAM = 'shopperId';

/** The user parameter in which the linked account's access token arrives. */
export const BEARER_TOKEN_PARAM = 'bearerToken';

/**
 * Built-ins that get no custom intent: what matches nothing is the platform's NO_MATCH event, which
 * the webhook turns into FallbackIntent (a custom intent could not be trained on "anything else").
 */
export const SYSTEM_SERVED_INTENTS: readonly string[] = ['FallbackIntent'];

/** System intents the generated project routes to the webhook, and what each becomes. */
export const SYSTEM_INTENTS: Readonly<Record<string, string>> = {
  'actions.intent.NO_MATCH_1': 'FallbackIntent',
  'actions.intent.NO_MATCH_2': 'FallbackIntent',
  // The platform ends the conversation after the final attempt: say goodbye the way "stop" does.
  'actions.intent.NO_MATCH_FINAL': 'StopIntent',
  'actions.intent.NO_INPUT_FINAL': 'StopIntent',
  'actions.intent.CANCEL': 'CancelIntent',
};

/** No-input events answered with the last reprompt, without a turn of the conversation. */
export const NO_INPUT_INTENTS: readonly string[] = ['actions.intent.NO_INPUT_1', 'actions.intent.NO_INPUT_2'];

/** The canonical (Turn) name of an interaction-model intent: built-ins lose their `AMAZON.` prefix. */
export function canonicalIntentName(modelName: string): string {
  return modelName.startsWith('AMAZON.') ? modelName.slice('AMAZON.'.length) : modelName;
}
