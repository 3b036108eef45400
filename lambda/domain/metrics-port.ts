/**
 * What the conversation counts so a merchant can see what shoppers say that fails: a fallback, a
 * reinterpretation (words read against what the shopper just heard, not as said), an undo. Counted
 * with non-personal dimensions only (the intent, the slot shape, the rule that applied), never the
 * shopper's words or identity.
 */

/** The events the conversation counts. */
export type ConversationEvent = 'fallback' | 'reinterpreted' | 'undo';

/** Non-personal labels of one event: the intent, the slot shape, the rule that applied. */
export type MetricDimensions = Readonly<Record<string, string>>;

/** Counts conversation events (CloudWatch embedded metrics in production). */
export interface ConversationMetrics {
  /** Counts one event. Never throws and never waits: a metric must not cost the shopper the answer. */
  count(event: ConversationEvent, dimensions: MetricDimensions): void;
}

/** Counts nothing: for tools and tests that do not look at metrics. */
export const NO_METRICS: ConversationMetrics = { count: () => undefined };

/** One turn's counts, written together (with the turn itself) once the turn is answered. */
export interface TurnMetrics extends ConversationMetrics {
  /** Writes what this turn counted, once; a second call writes nothing. Never throws. */
  publish(): void;
}

/**
 * Where the conversation's counts go: each turn gets its own TurnMetrics, so turns answered side by
 * side never mix their counts; a count made outside any turn is written at once.
 */
export interface MetricsPublisher extends ConversationMetrics {
  /** The counts of one turn on a platform (`alexa`, `google`). */
  forTurn(platform: string): TurnMetrics;
}

/** Publishes nothing: for tools, tests and the local stack, which have no CloudWatch. */
export const NO_METRICS_PUBLISHER: MetricsPublisher = {
  count: () => undefined,
  forTurn: () => ({ count: () => undefined, publish: () => undefined }),
};
