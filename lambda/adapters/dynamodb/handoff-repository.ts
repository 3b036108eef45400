/**
 * Handoff requests on DynamoDB: stored under the customer, and listed for the merchant's team from
 * the open queue on gsi1, oldest first. Closing takes a request out of the queue.
 */
import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HandoffRequest } from '../../domain/model';
import type { HandoffQueue, HandoffRepository } from '../../domain/ports';
import { isConditionalCheckFailed } from './dynamo-errors';
import { handoffToItem, itemToHandoff } from './handoff-item';
import { handoffKey, openHandoffQueuePartition } from './keys';

/** HandoffRepository on one DynamoDB table, and the HandoffQueue: the merchant's view of it. */
export class DynamoHandoffRepository implements HandoffRepository, HandoffQueue {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records the request; recording the same ticket again (a retried turn) changes nothing. */
  async create(request: HandoffRequest): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: handoffToItem(request),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
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
   * Closes an open request and takes it out of the queue. Returns false when it was not open (never
   * recorded, or already closed).
   */
  async close(request: HandoffRequest, closedAt: string): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: handoffKey(request.customerId, request.createdAt, request.ticketId),
          ConditionExpression: '#status = :open',
          UpdateExpression:
            'SET #status = :closed, closedAt = :at, version = version + :one REMOVE gsi1pk, gsi1sk',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':open': 'open', ':closed': 'closed', ':at': closedAt, ':one': 1 },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
