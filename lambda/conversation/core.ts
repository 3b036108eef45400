/**
 * The conversation core: resolves who is speaking, routes the Turn to its intent handler, and turns
 * every outcome into a Reply. A domain error becomes one specific sentence (answers/
 * domain-error-answer.ts); any other error is logged once, without personal data, and answered with
 * a short apology that keeps the session and the cart. `handleTurn` never throws, and answers within
 * the turn deadline (turn-deadline.ts) whatever the services do. Every turn routed to the fallback
 * is counted and logged with what was open, never with the shopper's words.
 */
import { isDomainError } from '../domain/errors';
import type { StoreSettings } from '../domain/model';
import { domainErrorAnswer } from './answers/domain-error-answer';
import { EMPTY_STATE, type DialogState } from './dialog-state';
import type { Locale } from './locales/locale';
import { localeFor } from './locales/registry';
import { readDialogState } from './read-dialog-state';
import { ask, toReply, type Answer } from './reply';
import { isHandled, routeFor } from './routes';
import type { Reply, SlotValue, Turn } from './turn';
import { carryCart, openTurn, type ConversationDependencies } from './turn-context';
import { withinDeadline } from './turn-deadline';

/** The platform-neutral conversation. */
export interface Conversation {
  /** Answers one turn. Never throws. */
  handleTurn(turn: Turn): Promise<Reply>;
}

/** Builds the conversation over the services. */
export function buildConversation(deps: ConversationDependencies): Conversation {
  return { handleTurn: (turn) => handleTurn(deps, turn) };
}

async function handleTurn(deps: ConversationDependencies, turn: Turn): Promise<Reply> {
  return withinDeadline(deps, turn, answerTurn(deps, turn));
}

async function answerTurn(deps: ConversationDependencies, turn: Turn): Promise<Reply> {
  const intent = isHandled(turn.intent) ? turn.intent : 'FallbackIntent';
  const route = routeFor(intent);
  let locale: Locale = localeFor('en-US');
  let state: DialogState = EMPTY_STATE;
  let settings: StoreSettings | undefined;
  try {
    locale = localeFor(typeof turn.locale === 'string' ? turn.locale : 'en-US');
    state = turn.isNewSession ? EMPTY_STATE : readDialogState(turn.state);
    if (intent === 'FallbackIntent') countFallback(deps, turn, state);
    // Only an intent the core knows may answer an open choice; anything else closes it.
    const ctx = await openTurn(deps, turn, state, intent === turn.intent && route.answersChoice);
    locale = ctx.locale;
    state = ctx.state;
    settings = ctx.settings;
    return toReply(carryCart(ctx, await route.handler(ctx)), intent, locale);
  } catch (error) {
    try {
      if (isDomainError(error)) {
        const answer = domainErrorAnswer(error, { locale, state, settings, now: deps.clock.now() });
        return toReply(answer, intent, locale);
      }
      deps.logger.error('conversation.turn_failed', {
        intent,
        error: error instanceof Error ? error.name : typeof error,
      });
    } catch {
      // Even logging or rendering the error must not stop the apology below.
    }
    const apology: Answer = ask(locale.common.unexpected(), locale.common.unexpectedReprompt(), state);
    return toReply(apology, intent, locale);
  }
}

/**
 * A turn not understood, counted and logged with non-personal labels: the platform, whether the
 * platform sent a fallback or an intent the core does not know, the intent before it, what was
 * open, and which slots were filled and resolved.
 */
function countFallback(deps: ConversationDependencies, turn: Turn, state: DialogState): void {
  const labels = {
    platform: turn.platform,
    heard: turn.intent === 'FallbackIntent' ? 'fallback' : 'unknownIntent',
    previousIntent: isHandled(state.lastIntent) ? state.lastIntent : 'none',
    openQuestion: state.pending?.kind ?? 'none',
    openList: state.list?.kind ?? 'none',
    productInFocus: state.product ? 'yes' : 'no',
    slots: slotShape(turn.slots),
  };
  deps.metrics?.count('fallback', labels);
  deps.logger.info('conversation.fallback', labels);
}

/** Which slots were filled and whether each resolved (`product:resolved,quantity:heard`), no words. */
function slotShape(slots: unknown): string {
  if (typeof slots !== 'object' || slots === null) return 'none';
  const filled = Object.entries(slots as Record<string, Partial<SlotValue> | undefined>)
    .filter(([name, value]) => /^[A-Za-z]\w{0,30}$/.test(name) && (value?.raw || value?.resolvedId))
    .map(([name, value]) => `${name}:${value?.resolvedId ? 'resolved' : 'heard'}`);
  return filled.length > 0 ? filled.sort().slice(0, 6).join(',') : 'none';
}
