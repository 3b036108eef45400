/**
 * What an intent handler works with (the turn, the services, the customer, the state, the store
 * settings and the locale) and what it returns: an Answer, which the core renders into a Reply.
 */
import type { Customer } from '../domain/identity-service';
import type { CustomerProfile, StoreSettings } from '../domain/model';
import { DomainError } from '../domain/errors';
import type { Money } from '../domain/model';
import { money } from '../domain/money';
import type { ConversationDependencies } from './core';
import type { DialogState } from './dialog-state';
import type { Locale } from './locales/locale';
import type { Phrase } from './speech/phrase';
import type { Card, SlotValue, Turn } from './turn';

/** Everything one turn's handler may use. */
export interface TurnContext {
  readonly turn: Turn;
  readonly deps: ConversationDependencies;
  readonly customer: Customer;
  /** The state carried in, for this customer. */
  readonly state: DialogState;
  readonly settings: StoreSettings;
  readonly locale: Locale;
  /** Today's date (YYYY-MM-DD) in the store's time zone. */
  readonly today: string;
  /** The profile, when this turn already had to read it. */
  readonly profile?: CustomerProfile;
}

/** What a handler decides to say and remember. */
export interface Answer {
  readonly speech: Phrase;
  /** Required whenever the session stays open: guidance, not a repetition. */
  readonly reprompt?: Phrase;
  readonly end?: boolean;
  readonly card?: Card;
  readonly linkAccount?: boolean;
  readonly suggestions?: readonly string[];
  readonly state: DialogState;
}

/** One intent's handler. */
export type IntentHandler = (ctx: TurnContext) => Promise<Answer>;

/** An answer that expects a reply: speech, a reprompt with more guidance, the next state. */
export function ask(
  speech: Phrase,
  reprompt: Phrase,
  state: DialogState,
  extras: { readonly suggestions?: readonly string[]; readonly card?: Card } = {},
): Answer {
  return { speech, reprompt, state, ...extras };
}

/** An answer that ends the session. */
export function tell(speech: Phrase, state: DialogState): Answer {
  return { speech, end: true, state };
}

/**
 * A slot the shopper filled: non-empty raw words or a resolved id. Alexa's "?" for a number it could
 * not hear is kept, so a quantity is refused with the limits rather than ignored.
 */
export function slot(ctx: TurnContext, name: string): SlotValue | undefined {
  const slots: unknown = ctx.turn.slots;
  const value = typeof slots === 'object' && slots !== null ? (slots as Turn['slots'])[name] : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = typeof value.raw === 'string' ? value.raw.trim() : '';
  return raw === '' && !value.resolvedId ? undefined : { ...value, raw };
}

/** The words of a slot, as heard or as resolved, limited in length. */
export function slotWords(ctx: TurnContext, name: string): string | undefined {
  const value = slot(ctx, name);
  const words = (value?.raw || value?.resolvedName || '').slice(0, 120).trim();
  return words === '' ? undefined : words;
}

/**
 * A quantity slot: undefined when absent, NaN when it was said but is not a whole number (the
 * domain then refuses it with QUANTITY_INVALID, which explains the limits).
 */
export function quantitySlot(ctx: TurnContext, name = 'quantity'): number | undefined {
  const value = slot(ctx, name);
  if (!value) return undefined;
  return /^\d{1,6}$/.test(value.raw) ? Number(value.raw) : Number.NaN;
}

/** Refuses when the account is not linked (checkout, reorder, orders and voice codes need it). */
export function requireLinked(ctx: TurnContext): void {
  if (!ctx.customer.linked) throw new DomainError('ACCOUNT_NOT_LINKED', 'account not linked');
}

/** An amount in the store's currency. */
export function storeMoney(ctx: TurnContext, amount: number): Money {
  return money(amount, ctx.settings.currency);
}

/** Plain-text labels for suggestion chips (at most three, each short). */
export function labels(phrases: readonly Phrase[]): string[] {
  return phrases.slice(0, 3).map((p) => p.text.trim().slice(0, 25));
}
