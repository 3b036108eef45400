/**
 * The event queue on SQS FIFO: each order's events share a message group (delivered in order, one
 * at a time), the event id deduplicates a repeated put, the body is the whole event (so the
 * dead-letter queue keeps whole events that can be redriven), and a failed delivery is postponed
 * by changing the message's visibility.
 */
import { ChangeMessageVisibilityCommand, SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { createHash } from 'node:crypto';
import type { EventPostponer, EventQueue, QueuedEvent, ReceivedEvent } from './event-queue';

/** SendMessageBatch takes at most 10 messages. */
const BATCH = 10;
/** SQS hides a message for at most 12 hours. */
const MAX_VISIBILITY_SECONDS = 43_200;

/** Puts events on, and postpones them in, one FIFO queue. */
export class SqsEventQueue implements EventQueue, EventPostponer {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  /** Puts the events in order; throws unless every one was accepted (a retry is deduplicated). */
  async enqueue(events: readonly QueuedEvent[]): Promise<void> {
    for (let start = 0; start < events.length; start += BATCH) {
      const chunk = events.slice(start, start + BATCH);
      const { Failed } = await this.client.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: chunk.map((event, index) => ({
            Id: String(index),
            MessageBody: event.body,
            MessageGroupId: event.group,
            MessageDeduplicationId: createHash('sha256').update(event.id).digest('hex'),
            MessageAttributes: {
              eventId: { DataType: 'String', StringValue: event.id },
              eventType: { DataType: 'String', StringValue: event.type },
            },
          })),
        }),
      );
      if (Failed && Failed.length > 0) throw new Error(`the queue refused ${Failed.length} order events`);
    }
  }

  /** Hides the message for `seconds` (at most 12 hours) before its next delivery. */
  async postpone(event: ReceivedEvent, seconds: number): Promise<void> {
    await this.client.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: this.queueUrl,
        ReceiptHandle: event.receipt,
        VisibilityTimeout: Math.min(MAX_VISIBILITY_SECONDS, Math.max(0, Math.round(seconds))),
      }),
    );
  }
}

/** The events of an SQS batch, as the queue received them. */
export function receivedFromSqs(records: readonly SQSRecord[]): ReceivedEvent[] {
  return records.map((record) => ({
    id: record.messageAttributes.eventId?.stringValue ?? record.messageId,
    type: record.messageAttributes.eventType?.stringValue ?? 'order.event',
    group: record.attributes.MessageGroupId ?? '',
    body: record.body,
    messageId: record.messageId,
    receipt: record.receiptHandle,
    receiveCount: Number(record.attributes.ApproximateReceiveCount) || 1,
  }));
}
