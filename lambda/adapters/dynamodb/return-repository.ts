/**
 * Return requests on DynamoDB: one item per order line under the customer, written only when none
 * exists (asking twice keeps the first), listed newest first, and moved to the merchant's answer.
 */
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { ReturnRequest, ReturnStatus } from '../../domain/support-model';
import type { ReturnRepository } from '../../domain/return-service';
import { isConditionalCheckFailed } from './dynamo-errors';
import { returnRequestKey, returnsOfCustomer } from './keys';
import { itemToReturn, returnToItem } from './return-item';

/** ReturnRepository on one DynamoDB table. */
export class DynamoReturnRepository implements ReturnRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Writes the request unless the line already has one; answers with the one kept. */
  async create(request: ReturnRequest): Promise<ReturnRequest> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: returnToItem(request),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return request;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const { Item } = await this.doc.send(
        new GetCommand({
          TableName: this.tableName,
          Key: returnRequestKey(request.customerId, request.orderId, request.sku),
          ConsistentRead: true,
        }),
      );
      if (!Item) throw error;
      return itemToReturn(Item);
    }
  }

  /** The customer's requests, newest first (strongly consistent: a request just made shows). */
  async list(customerId: string, limit: number): Promise<ReturnRequest[]> {
    const { pk, skPrefix } = returnsOfCustomer(customerId);
    const { Items } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        ConsistentRead: true,
      }),
    );
    return (Items ?? [])
      .map(itemToReturn)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, limit);
  }

  /** Moves an existing request to `status`; false when there is none for that line. */
  async setStatus(customerId: string, orderId: string, sku: string, status: ReturnStatus): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: returnRequestKey(customerId, orderId, sku),
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: 'SET #status = :status',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
