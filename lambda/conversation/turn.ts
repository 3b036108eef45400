/**
 * The boundary between a platform adapter and the conversation core: a Turn is what the shopper said,
 * a Reply is what to say back. Adapters build Turns from platform requests and render Replies into
 * platform responses; nothing platform-specific crosses this line.
 */

/** The platforms the core serves; used only for identity keys and logs, never to branch dialogue. */
export type Platform = 'alexa' | 'google';

/** A permission a shopper may grant by voice: order updates (notifications) or reminders. */
export type PermissionKind = 'notifications' | 'reminders';

/** A reminder to create on the shopper's devices, at a local time in a time zone. */
export interface ReminderRequest {
  /** Local date and time, `YYYY-MM-DDTHH:MM:SS`, in `timeZone`. */
  readonly at: string;
  readonly timeZone: string;
  readonly locale: string;
  /** What the reminder says (plain text, never an item name). */
  readonly text: string;
}

/** How creating a reminder went: made, refused for want of the permission, or failed otherwise. */
export type ReminderOutcome = 'created' | 'no_permission' | 'failed';

/** What a platform can do besides speaking, for this turn. */
export interface TurnAbilities {
  /** The platform asks for a permission by voice (Alexa's consent dialog). */
  readonly askPermission: boolean;
  /** The permissions the shopper has granted, as the platform reports them. */
  readonly granted: readonly PermissionKind[];
  /** Creates a reminder on the shopper's devices; absent where the platform has none. */
  readonly remind?: (reminder: ReminderRequest) => Promise<ReminderOutcome>;
}

/** The shopper's answer to the platform's permission question (intent `PermissionResponse`). */
export interface PermissionAnswer {
  readonly kind: PermissionKind;
  readonly status: 'accepted' | 'denied' | 'not_answered';
}

/** One slot as heard, with the platform's entity resolution when it matched a value. */
export interface SlotValue {
  /** The words the platform heard. */
  readonly raw: string;
  /** The resolved value's id (a sku, a category id) when entity resolution matched. */
  readonly resolvedId?: string;
  /** The resolved value's canonical name when entity resolution matched. */
  readonly resolvedName?: string;
}

/**
 * What the shopper said. `intent` is canonical: the interaction model's custom intent names, the
 * platform built-ins without a prefix (`YesIntent`, `HelpIntent`, `NextIntent`), and `LaunchRequest`
 * for opening the skill.
 */
export interface Turn {
  readonly platform: Platform;
  readonly intent: string;
  readonly slots: Readonly<Record<string, SlotValue>>;
  readonly locale: string;
  /** The platform's id for the user (anonymous cart owner until the account is linked). */
  readonly platformUserId: string;
  /** The linked account's OAuth access token, when the account is linked. */
  readonly accessToken?: string;
  readonly isNewSession: boolean;
  readonly device: { readonly hasScreen: boolean };
  /** Dialog state carried in the platform session, exactly as the previous Reply returned it. */
  readonly state: unknown;
  /** Says something right away while slow work continues (Alexa progressive response); optional. */
  readonly progress?: (speech: string) => Promise<void>;
  /** The words the platform heard, when it sends them (Google's intent.query); absent on Alexa. */
  readonly heard?: string;
  /** What the platform can do besides speaking; absent: nothing (no permissions, no reminders). */
  readonly abilities?: TurnAbilities;
  /** With intent `PermissionResponse`: what the shopper answered to the permission question. */
  readonly permissionAnswer?: PermissionAnswer;
}

/** Speech in two forms: SSML (escaped, without the <speak> wrapper) and the same words as plain text. */
export interface Utterance {
  readonly ssml: string;
  readonly text: string;
}

/** A card repeating what was said, for devices with a screen or the companion app. */
export interface Card {
  readonly title: string;
  readonly text: string;
}

/** What to say back. */
export interface Reply {
  readonly speech: Utterance;
  /** Present when the reply expects an answer; it adds guidance rather than repeating. */
  readonly reprompt?: Utterance;
  readonly endSession: boolean;
  readonly card?: Card;
  /** Ask the platform to show its account-linking card. */
  readonly linkAccount?: boolean;
  /** With `linkAccount`: said after the speech by a platform that sends the link card to its app. */
  readonly linkCardSent?: Utterance;
  /** Short labels of the options that were spoken (suggestion chips where the platform has them). */
  readonly suggestions: readonly string[];
  /** Dialog state to carry to the next turn, opaque to adapters. */
  readonly state: unknown;
  /** Ask the platform to put its permission question after the speech (no reprompt then). */
  readonly askPermission?: PermissionKind;
  /** Show the platform's card that asks for this permission in its app. */
  readonly permissionCard?: PermissionKind;
}
