/**
 * The merchant's other events from the table's stream, delivered like order events (same queue,
 * signature and retries): a return request written is `return.requested`, a handoff request written
 * is `handoff.requested` with the conversation's context and how the shopper would like to be
 * reached. Names and addresses are never sent: the customer is named by id.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { HandoffRequest } from '../../domain/support-model';
import type { ReturnRequest } from '../../domain/support-model';
import { itemToHandoff } from '../dynamodb/handoff-item';
import { ENTITY } from '../dynamodb/keys';
import { itemToReturn } from '../dynamodb/return-item';

/** A return or handoff event, and the group its deliveries keep their order in. */
export type SupportEvent =
  | {
      readonly id: string;
      readonly type: 'return.requested';
      readonly occurredAt: string;
      readonly returnRequest: ReturnRequest;
    }
  | {
      readonly id: string;
      readonly type: 'handoff.requested';
      readonly occurredAt: string;
      readonly handoff: Omit<HandoffRequest, 'claimedBy' | 'outcome'>;
    };

/** The support event an inserted item carries, or undefined. Throws when the item is malformed. */
export function toSupportEvent(record: DynamoDBRecord): SupportEvent | undefined {
  if (record.eventName !== 'INSERT') return undefined;
  const image = record.dynamodb?.NewImage;
  const item = image ? unmarshall(image as Record<string, AttributeValue>) : undefined;
  if (!item) return undefined;
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  const occurredAt = new Date(seconds ? seconds * 1000 : Date.now()).toISOString();
  if (item.type === ENTITY.returnRequest) {
    const returnRequest = itemToReturn(item);
    const id = record.eventID ?? `return:${returnRequest.orderId}:${returnRequest.sku}`;
    return { id, type: 'return.requested', occurredAt, returnRequest };
  }
  if (item.type === ENTITY.handoff) {
    const { claimedBy: _claimed, outcome: _outcome, ...handoff } = itemToHandoff(item);
    const id = record.eventID ?? `handoff:${handoff.ticketId}`;
    return { id, type: 'handoff.requested', occurredAt, handoff };
  }
  return undefined;
}

/** The queue group of a support event: a return follows its order's events, a handoff its ticket. */
export function supportEventGroup(event: SupportEvent): string {
  return event.type === 'return.requested'
    ? event.returnRequest.orderId
    : `handoff-${event.handoff.ticketId}`;
}
