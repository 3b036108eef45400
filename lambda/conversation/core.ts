/**
 * The conversation core: resolves who is speaking, routes the Turn to its intent handler, and turns
 * every outcome into a Reply. A domain error becomes one specific sentence (answers/
 * domain-error-answer.ts); any other error is logged once, without personal data, and answered with
 * a short apology that keeps the session and the cart. `handleTurn` never throws, and answers within
 * the turn deadline whatever the services do: past it the shopper hears a spoken apology that says
 * where things stand, and the state carried in is kept (a pending order keeps its idempotency key,
 * so "yes" again returns the order if the late work placed it and places it once if not; each write
 * is one conditional write or transaction, so late work is done or not done, never half done).
 * Each turn counts into its own metrics, published once it is answered, whatever the answer. Every
 * turn routed to the fallback is counted and logged with what was open, never with the shopper's
 * words.
 */
import { isDomainError } from '../domain/errors';
import type { MetricsPublisher, ConversationMetrics, TurnMetrics } from '../domain/metrics-port';
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

/** The platform-neutral conversation. */
export interface Conversation {
  /** Answers one turn. Never throws. */
  handleTurn(turn: Turn): Promise<Reply>;
}

/** Builds the conversation over the services. */
export function buildConversation(deps: ConversationDependencies): Conversation {
  return { handleTurn: (turn) => handleTurn(deps, turn) };
}

/** The default turn deadline, in milliseconds (Alexa waits 8 seconds). */
export const DEFAULT_TURN_DEADLINE_MS = 6000;

async function handleTurn(deps: ConversationDependencies, turn: Turn): Promise<Reply> {
  const metrics = deps.metrics && isPublisher(deps.metrics) ? deps.metrics.forTurn(turn.platform) : undefined;
  const turnDeps = metrics ? { ...deps, metrics } : deps;
  try {
    return await withinDeadline(turnDeps, turn, answerTurn(turnDeps, turn));
  } finally {
    if (metrics) publishQuietly(metrics);
  }
}

const isPublisher = (metrics: ConversationMetrics): metrics is MetricsPublisher => 'forTurn' in metrics;

/** A metric must never cost the shopper the answer: a publisher that throws is ignored. */
function publishQuietly(metrics: TurnMetrics): void {
  try {
    metrics.publish();
  } catch {
    // The reply stands; the turn's counts are lost.
  }
}

/** The reply, or the late apology once the turn's deadline has passed. */
async function withinDeadline(
  deps: ConversationDependencies,
  turn: Turn,
  work: Promise<Reply>,
): Promise<Reply> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deps.turnDeadlineMs ?? DEFAULT_TURN_DEADLINE_MS);
  });
  try {
    const first = await Promise.race([work, late]);
    if (first !== 'late') return first;
    deps.logger.warn('conversation.turn_late', { intent: turn.intent });
    return lateReply(turn);
  } finally {
    clearTimeout(timer);
  }
}

/** The apology: an order's fate is unknown yet (say yes again to check), otherwise check the cart. */
function lateReply(turn: Turn): Reply {
  const locale = localeFor(typeof turn.locale === 'string' ? turn.locale : 'en-US');
  const state: DialogState = turn.isNewSession ? EMPTY_STATE : readDialogState(turn.state);
  const { common } = locale;
  const placing = state.pending?.kind === 'order' && ['YesIntent', 'VoiceCodeIntent'].includes(turn.intent);
  const answer = placing
    ? ask(common.lateOrder(), common.lateOrderReprompt(), state)
    : ask(common.late(), common.unexpectedReprompt(), state);
  return toReply(answer, turn.intent, locale);
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
    const own = intent === turn.intent;
    const ctx = await openTurn(deps, turn, state, {
      answersChoice: own && route.answersChoice,
      keepsQueued: own && (route.answersChoice || route.declinesOffer),
    });
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
