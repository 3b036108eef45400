/**
 * The local stack's order-event queue, kept in the table as SQS FIFO would keep it: events in the
 * order they were put, each group (an order) delivered in order, a received event hidden while it
 * is delivered or postponed, a repeated event id ignored, and an event received too often moved
 * aside as a dead letter, whole.
 */
import {
  DeleteCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { isTransactionCanceled } from '../adapters/dynamodb/dynamo-errors';
import {
  ENTITY,
  localEventKey,
  localEventQueuePartition,
  localEventSeenKey,
} from '../adapters/dynamodb/keys';
import type {
  EventPostponer,
  EventQueue,
  QueuedEvent,
  ReceivedEvent,
} from '../adapters/webhooks/event-queue';

/** How the queue behaves. */
export interface LocalEventQueueOptions {
  /** How long a received event stays hidden while it is delivered (default 60 s). */
  readonly visibilityMs?: number;
  /** Receives before an event becomes a dead letter (default 20, as the SQS queue). */
  readonly maxReceives?: number;
}

/** An event as stored: its place in the queue, its receives so far, and when it is visible. */
interface Stored {
  readonly sk: string;
  readonly position: string;
  readonly eventId: string;
  readonly group: string;
  readonly eventType: string;
  readonly body: string;
  readonly receiveCount: number;
  readonly visibleAt: number;
}

const eventOf = (stored: Stored): QueuedEvent => ({
  id: stored.eventId,
  group: stored.group,
  type: stored.eventType,
  body: stored.body,
});

let sequence = 0;

/** A FIFO queue of order events in one table. */
export class LocalEventQueue implements EventQueue, EventPostponer {
  private readonly visibilityMs: number;
  private readonly maxReceives: number;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: LocalEventQueueOptions = {},
  ) {
    this.visibilityMs = options.visibilityMs ?? 60_000;
    this.maxReceives = options.maxReceives ?? 20;
  }

  /** Puts the events in order; an event id put before is ignored. */
  async enqueue(events: readonly QueuedEvent[]): Promise<void> {
    for (const event of events) {
      sequence = (sequence + 1) % 1_000_000;
      const position = `${String(Date.now()).padStart(15, '0')}#${String(sequence).padStart(6, '0')}`;
      const item = {
        ...localEventKey(position, event.id),
        type: ENTITY.localEvent,
        position,
        eventId: event.id,
        group: event.group,
        eventType: event.type,
        body: event.body,
        receiveCount: 0,
        visibleAt: 0,
      };
      try {
        await this.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: this.tableName,
                  Item: { ...localEventSeenKey(event.id) },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              { Put: { TableName: this.tableName, Item: item } },
            ],
          }),
        );
      } catch (error) {
        if (!isTransactionCanceled(error)) throw error;
      }
    }
  }

  /**
   * Up to `limit` events to deliver, oldest first, each hidden for the visibility time. A group
   * with an earlier event hidden (being delivered, or postponed) gives none: its order holds.
   */
  async receive(limit: number): Promise<ReceivedEvent[]> {
    const now = Date.now();
    const blocked = new Set<string>();
    const received: ReceivedEvent[] = [];
    for (const stored of await this.stored()) {
      if (received.length >= limit) break;
      if (blocked.has(stored.group)) continue;
      if (stored.visibleAt > now) {
        blocked.add(stored.group);
        continue;
      }
      if (stored.receiveCount >= this.maxReceives) {
        await this.deadLetter(stored);
        continue;
      }
      const receiveCount = stored.receiveCount + 1;
      await this.update(stored.sk, { receiveCount, visibleAt: now + this.visibilityMs });
      received.push({ ...eventOf(stored), messageId: stored.sk, receipt: stored.sk, receiveCount });
    }
    return received;
  }

  /** Takes a delivered event off the queue. */
  async delete(event: ReceivedEvent): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: this.keyOf(event.receipt) }));
  }

  /** Hides the event for `seconds` before its next delivery. */
  async postpone(event: ReceivedEvent, seconds: number): Promise<void> {
    await this.update(event.receipt, { visibleAt: Date.now() + Math.round(seconds * 1000) });
  }

  /** Makes an event that was not tried visible again at once. */
  async release(event: ReceivedEvent): Promise<void> {
    await this.update(event.receipt, { visibleAt: 0 });
  }

  /** The events waiting, oldest first (receives included). */
  async waiting(): Promise<(QueuedEvent & { receiveCount: number })[]> {
    return (await this.stored()).map((stored) => ({ ...eventOf(stored), receiveCount: stored.receiveCount }));
  }

  /** The dead letters, oldest first. */
  async deadLetters(): Promise<QueuedEvent[]> {
    return (await this.stored(true)).map(eventOf);
  }

  private async stored(dead = false): Promise<Stored[]> {
    const items: Stored[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': localEventQueuePartition(dead) },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...((page.Items ?? []) as Stored[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  private async deadLetter(stored: Stored): Promise<void> {
    const deadKey = localEventKey(stored.position, stored.eventId, true);
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { ...stored, ...deadKey } }));
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: this.keyOf(stored.sk) }));
  }

  private async update(
    sk: string,
    values: Partial<Pick<Stored, 'receiveCount' | 'visibleAt'>>,
  ): Promise<void> {
    const names = Object.keys(values);
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.keyOf(sk),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: `SET ${names.map((n) => `${n} = :${n}`).join(', ')}`,
        ExpressionAttributeValues: Object.fromEntries(
          names.map((n) => [`:${n}`, values[n as keyof typeof values]]),
        ),
      }),
    );
  }

  private keyOf(sk: string) {
    return { pk: localEventQueuePartition(), sk };
  }
}
