/**
 * One exchange between the console and a voice platform, as the printer shows it: what was sent,
 * what the assistant said (speech, reprompt, card, directives), how long it took, and what went
 * wrong. A device is one platform's side of the console: it keeps the session as a real device does.
 */
import type { ReadableSpeech } from './ssml-text';

/** What the assistant said and showed. */
export interface ReplyView {
  readonly speech?: ReadableSpeech;
  readonly reprompt?: ReadableSpeech;
  /** Card lines ("Order placed: ...", "Link your account ..."). */
  readonly card?: string;
  /** One line per directive. */
  readonly directives: readonly string[];
}

/** One request and its response, or the assistant's own prompt (dialog elicitation). */
export interface Exchange {
  /** What was sent, in words ("IntentRequest AddToCartIntent quantity=2 product=oat milk→oat-milk"). */
  readonly sent: string;
  readonly request?: unknown;
  readonly response?: unknown;
  readonly reply: ReplyView;
  /** Spoken by the platform itself, not the skill (a dialog prompt, an error tone). */
  readonly byPlatform: boolean;
  readonly elapsedMs: number;
  /** Progressive responses spoken while the turn ran. */
  readonly progress: readonly string[];
  /** Warnings and errors logged during the turn. */
  readonly logs: readonly string[];
  /** Why the turn failed (an exception, an invalid response, an error logged by the handler). */
  readonly problems: readonly string[];
  /** True when the session is over after this exchange. */
  readonly sessionEnded: boolean;
}

/** One platform as the console drives it. */
export interface VoiceDevice {
  readonly platform: 'alexa' | 'google';
  /** How the assistant is named in the transcript. */
  readonly assistant: string;
  readonly sessionOpen: boolean;
  readonly locale: string;
  /** What a shopper says to open the skill or action ("open voice shop"). */
  readonly openPhrase: string;
  /** Opens the skill or action (LaunchRequest). */
  open(): Promise<Exchange>;
  /** Sends what the shopper said (the platform's own prompts may add exchanges). */
  say(text: string): Promise<Exchange[]>;
  /** Ends the open session (SessionEndedRequest); undefined when none is open. */
  end(): Promise<Exchange | undefined>;
  /** Links (a token) or unlinks (undefined) the shopper's account. */
  setAccessToken(token: string | undefined): void;
  /** Switches the locale; throws a clear error when it has no model. */
  setLocale(locale: string): void;
}
