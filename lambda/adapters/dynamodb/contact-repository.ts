/**
 * ShopperContactRepository on the table: one item at `contactKey(customerId)`. Every write is an
 * UpdateItem of its own attributes, so the conversation (consents) and the events function
 * (notices) never overwrite each other's.
 */
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type {
  ConsentKind,
  ConsentStatus,
  ShopperContact,
  ShopperContactRepository,
  StoreNotice,
} from '../../domain/shopper-contact';
import { isConditionalCheckFailed, parseStoredItem } from './dynamo-errors';
import { contactKey, ENTITY } from './keys';

const consent = z.enum(['asked', 'granted', 'denied', 'revoked']).optional();
const noticeSchema = z.object({ kind: z.literal('order_cancelled'), orderId: z.string(), at: z.string() });

const contactItemSchema = z
  .object({
    type: z.literal(ENTITY.contact),
    customerId: z.string().min(1),
    alexaUserId: z.string().optional(),
    locale: z.string().optional(),
    notifications: consent,
    reminders: consent,
    notices: z.array(noticeSchema).default([]),
  })
  .transform(({ type: _type, ...value }) => value);

/** The contact record an item holds; throws CorruptItemError when it is not one. */
export function itemToContact(item: Record<string, unknown>): ShopperContact {
  return parseStoredItem(contactItemSchema, ENTITY.contact, item);
}

/** Contact records on one table. */
export class DynamoContactRepository implements ShopperContactRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Eventually consistent: a consent recorded a moment ago may be missed once, never wrongly used. */
  async get(customerId: string): Promise<ShopperContact | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: contactKey(customerId) }),
    );
    return Item ? itemToContact(Item) : undefined;
  }

  async setConsent(
    customerId: string,
    kind: ConsentKind,
    status: ConsentStatus,
    from: { readonly alexaUserId?: string; readonly locale?: string; readonly onlyIfNew?: boolean },
  ): Promise<boolean> {
    const sets = ['#type = :type', 'customerId = :customer', '#kind = :status'];
    const values: Record<string, unknown> = {
      ':type': ENTITY.contact,
      ':customer': customerId,
      ':status': status,
    };
    if (from.alexaUserId) {
      sets.push('alexaUserId = :user');
      values[':user'] = from.alexaUserId;
    }
    if (from.locale) {
      sets.push('#locale = :locale');
      values[':locale'] = from.locale;
    }
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: contactKey(customerId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          // Asked once: the question is recorded only where no answer or question is.
          ...(from.onlyIfNew ? { ConditionExpression: 'attribute_not_exists(#kind)' } : {}),
          ExpressionAttributeNames: {
            '#type': 'type',
            '#kind': kind,
            ...(from.locale ? { '#locale': 'locale' } : {}),
          },
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (from.onlyIfNew && isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  /** Adds a notice once: a repeated delivery of the same notice (same order) adds nothing. */
  async addNotice(customerId: string, notice: StoreNotice): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: contactKey(customerId),
          UpdateExpression:
            'SET #type = :type, customerId = :customer, notices = list_append(if_not_exists(notices, :none), :notice) ADD noticeIds :ids',
          ConditionExpression: 'attribute_not_exists(noticeIds) OR NOT contains(noticeIds, :id)',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':type': ENTITY.contact,
            ':customer': customerId,
            ':none': [],
            ':notice': [{ kind: notice.kind, orderId: notice.orderId, at: notice.at }],
            ':ids': new Set([notice.orderId]),
            ':id': notice.orderId,
          },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /** Removes the first `told.length` notices if they are still the ones told (a newer one stays). */
  async clearNotices(customerId: string, told: readonly StoreNotice[]): Promise<void> {
    if (told.length === 0) return;
    const removes = told.map((_, index) => `notices[${index}]`).join(', ');
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: contactKey(customerId),
          UpdateExpression: `REMOVE ${removes}`,
          ConditionExpression: `notices[${told.length - 1}].orderId = :last`,
          ExpressionAttributeValues: { ':last': told.at(-1)!.orderId },
        }),
      );
    } catch (error) {
      // Told already by another session: nothing left to clear.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
