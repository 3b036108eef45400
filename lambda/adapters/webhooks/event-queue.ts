/**
 * The queue between the table's stream and the merchant's webhook: the stream consumer only puts
 * each whole order event on it, and deliveries are made from it, retried with a backoff that spans
 * hours. Events of one order share a group and are delivered in order. An SQS FIFO queue in AWS
 * (sqs-event-queue.ts); a table-backed one in the local stack.
 */

/** One whole order event on the queue. */
export interface QueuedEvent {
  /** The event id: the idempotency key the receiver deduplicates on, and the queue's too. */
  readonly id: string;
  /** Events of one group (an order) are delivered in the order they were put. */
  readonly group: string;
  readonly type: string;
  /** The event as JSON, exactly as the merchant receives it. */
  readonly body: string;
}

/** An event as received from the queue for delivery. */
export interface ReceivedEvent extends QueuedEvent {
  /** The queue's id of this message (what a failed delivery is reported by). */
  readonly messageId: string;
  /** The handle to postpone it with. */
  readonly receipt: string;
  /** How many times it has been received, this time included. */
  readonly receiveCount: number;
}

/** Puts events on the queue, in order. */
export interface EventQueue {
  enqueue(events: readonly QueuedEvent[]): Promise<void>;
}

/** Hides a received event until its next try. */
export interface EventPostponer {
  postpone(event: ReceivedEvent, seconds: number): Promise<void>;
}

/** How a failed delivery is spaced: the first wait, and the longest. */
export interface Backoff {
  readonly firstSeconds: number;
  readonly maxSeconds: number;
}

/**
 * Doubling from 30 s to an hour: with 20 receives before the dead-letter queue, a merchant outage
 * of about 14 hours loses nothing.
 */
export const DELIVERY_BACKOFF: Backoff = { firstSeconds: 30, maxSeconds: 3600 };

/** How long to wait after the `receiveCount`-th failed delivery. */
export function retryDelaySeconds(receiveCount: number, backoff: Backoff = DELIVERY_BACKOFF): number {
  const doubled = backoff.firstSeconds * 2 ** Math.max(0, Math.min(30, receiveCount - 1));
  return Math.min(backoff.maxSeconds, doubled);
}
