/**
 * The conversation core: resolves who is speaking, routes the Turn to its intent handler, and turns
 * every outcome into a Reply. A domain error becomes one specific sentence (answers/
 * domain-error-answer.ts); any other error is logged once, without personal data, and answered with
 * a short apology that keeps the session and the cart. `handleTurn` never throws.
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
import type { Reply, Turn } from './turn';
import { carryCart, openTurn, type ConversationDependencies } from './turn-context';

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
  const intent = isHandled(turn.intent) ? turn.intent : 'FallbackIntent';
  const route = routeFor(intent);
  let locale: Locale = localeFor('en-US');
  let state: DialogState = EMPTY_STATE;
  let settings: StoreSettings | undefined;
  try {
    locale = localeFor(typeof turn.locale === 'string' ? turn.locale : 'en-US');
    state = turn.isNewSession ? EMPTY_STATE : readDialogState(turn.state);
    // Only an intent the core knows may answer an open choice; anything else closes it.
    const ctx = await openTurn(deps, turn, state, locale, intent === turn.intent && route.answersChoice);
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
