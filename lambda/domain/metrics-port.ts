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
