/**
 * Handoff requests on DynamoDB: stored under the customer, with a ticket item that finds them by
 * ticket, and listed for the merchant's team from the open queue on gsi1, oldest first. Closing
 * looks the request up by its ticket, takes it out of the queue and lets it expire in 30 days.
 */
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { HandoffRequest } from '../../domain/support-model';
import type { HandoffQueue, HandoffRepository } from '../../domain/ports';
import { isConditionalCheckFailed, isTransactionCanceled } from './dynamo-errors';
import { handoffToItem, itemToHandoff, ticketItemToHandoffKey, ticketToItem } from './handoff-item';
import { handoffTicketKey, openHandoffQueuePartition, type ItemKey } from './keys';

/** Days a closed request is kept before TTL deletes it. */
export const CLOSED_KEPT_DAYS = 30;

/** HandoffRepository on one DynamoDB table, and the HandoffQueue: the merchant's view of it. */
export class DynamoHandoffRepository implements HandoffRepository, HandoffQueue {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records the request and its ticket; recording the same ticket again (a retried turn) changes nothing. */
  async create(request: HandoffRequest): Promise<void> {
    const put = (Item: Record<string, unknown>) => ({
      Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' },
    });
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [put(handoffToItem(request)), put(ticketToItem(request))],
        }),
      );
    } catch (error) {
      if (!isTransactionCanceled(error)) throw error;
    }
  }

  /** Up to `limit` open requests, oldest first (the index is eventually consistent). */
  async listOpen(limit: number): Promise<HandoffRequest[]> {
    const found: HandoffRequest[] = [];
    if (limit < 1) return found;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :queue',
          ExpressionAttributeValues: { ':queue': openHandoffQueuePartition() },
          ScanIndexForward: true,
          Limit: limit - found.length,
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(page.Items ?? []).map(itemToHandoff));
      startKey = page.LastEvaluatedKey;
    } while (startKey && found.length < limit);
    return found;
  }

  /**
   * Closes the open request of a ticket, found by its key, and takes it out of the queue. False when
   * no such request is open (never recorded, or already closed).
   */
  async closeTicket(ticketId: string, closedAt: string, outcome?: string): Promise<boolean> {
    const key = await this.requestKeyOf(ticketId);
    if (!key) return false;
    // A closed request is kept a while for the team, then TTL deletes it with its ticket item.
    const expiresAt = Math.floor(Date.parse(closedAt) / 1000) + CLOSED_KEPT_DAYS * 86_400;
    const closed = await this.closeAt(key, closedAt, expiresAt, outcome);
    if (closed) {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: handoffTicketKey(ticketId),
          UpdateExpression: 'SET expiresAt = :expires',
          ExpressionAttributeValues: { ':expires': expiresAt },
        }),
      );
    }
    return closed;
  }

  private async requestKeyOf(ticketId: string): Promise<ItemKey | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: handoffTicketKey(ticketId), ConsistentRead: true }),
    );
    return Item ? ticketItemToHandoffKey(ticketId, Item) : undefined;
  }

  /** The open request of this ticket, now claimed by `agent`: it stays in the queue, marked. */
  async claimTicket(ticketId: string, agent: string, claimedAt: string): Promise<boolean> {
    const key = await this.requestKeyOf(ticketId);
    if (!key) return false;
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          // One of the team at a time: a request already claimed (or closed) is not taken again.
          ConditionExpression: '#status = :open',
          UpdateExpression:
            'SET #status = :claimed, claimedBy = :agent, claimedAt = :at, version = version + :one',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':open': 'open',
            ':claimed': 'claimed',
            ':agent': agent,
            ':at': claimedAt,
            ':one': 1,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  private async closeAt(
    key: ItemKey,
    closedAt: string,
    expiresAt: number,
    outcome?: string,
  ): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          ConditionExpression: '#status = :open OR #status = :claimed',
          UpdateExpression: `SET #status = :closed, closedAt = :at, expiresAt = :expires, version = version + :one${
            outcome === undefined ? '' : ', outcome = :outcome'
          } REMOVE gsi1pk, gsi1sk`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':open': 'open',
            ':claimed': 'claimed',
            ':closed': 'closed',
            ':at': closedAt,
            ':expires': expiresAt,
            ':one': 1,
            ...(outcome === undefined ? {} : { ':outcome': outcome }),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
