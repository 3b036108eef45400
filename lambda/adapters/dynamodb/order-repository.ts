/**
 * Orders on DynamoDB. Placing is one transaction (stock, order, cart, idempotency record); a
 * cancelled transaction is explained from its reasons, contention is retried with jittered backoff,
 * and a repeated idempotency key always answers with the order placed first.
 */
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { Order, OrderStatus } from '../../domain/model';
import {
  ConcurrencyConflict,
  type Clock,
  type OrderRepository,
  type PlaceOrderCommand,
  type PlaceOrderResult,
  type TransitionOptions,
} from '../../domain/ports';
import {
  cancellationReasons,
  isConditionFailure,
  isRetryableContention,
  isTransactionCanceled,
} from './dynamo-errors';
import { idempotencyKey, orderByIdIndexKey, orderKey, ordersOfCustomer } from './keys';
import { itemToIdempotency, itemToOrder } from './order-item';
import { transitionOrder } from './order-transition';
import { placeOrderTransaction, requestToken, type PlaceRole } from './order-transaction';

/** Attempts of the placing transaction under contention before giving up. */
const PLACE_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 20;
const BACKOFF_CAP_MS = 400;

const systemClock: Clock = { now: () => new Date() };

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Full jitter: a random pause up to an exponentially growing ceiling. */
const backoff = (attempt: number): number =>
  Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);

/** OrderRepository on one DynamoDB table. */
export class DynamoOrderRepository implements OrderRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Places the order in one transaction; see the port for the outcomes. */
  async place(command: PlaceOrderCommand): Promise<PlaceOrderResult> {
    const callId = randomUUID();
    const key = command.order.idempotencyKey;
    let token = 0;
    let attemptInput = this.placeInput(command, callId, token);
    for (let attempt = 1; attempt <= PLACE_ATTEMPTS; attempt += 1) {
      try {
        await this.doc.send(new TransactWriteCommand(attemptInput.request));
        return { kind: 'placed', order: command.order };
      } catch (error) {
        if (isTransactionCanceled(error)) {
          const outcome = await this.explainCancellation(error, attemptInput.roles, command, callId);
          if (outcome && outcome !== 'retry') return outcome;
          if (!outcome && !isRetryableContention(error)) throw error;
        } else if (!isRetryableContention(error)) {
          throw error;
        }
        // A request still running answers for itself when sent again unchanged, under its token;
        // otherwise the next attempt is a new request (with the current time) under a new token.
        if ((error as { name?: string }).name !== 'TransactionInProgressException') {
          token += 1;
          attemptInput = this.placeInput(command, callId, token);
        }
        if (attempt < PLACE_ATTEMPTS) await pause(backoff(attempt));
      }
    }
    const settled = await this.settledBy(key, callId, command.order);
    if (settled) return settled;
    throw new ConcurrencyConflict(`order placement (still contended after ${PLACE_ATTEMPTS} attempts)`);
  }

  /** The order placed under a live (unexpired) idempotency record, if any. */
  async findByIdempotencyKey(key: string): Promise<Order | undefined> {
    const record = await this.liveRecord(key);
    return record ? this.orderAt(record.customerId, record.orderSk) : undefined;
  }

  /** The customer's most recent orders, newest first (strongly consistent: a just-placed order shows). */
  async recent(customerId: string, limit: number): Promise<Order[]> {
    const { pk, skPrefix } = ordersOfCustomer(customerId);
    const { Items } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        ScanIndexForward: false,
        ConsistentRead: true,
        Limit: limit,
      }),
    );
    return (Items ?? []).map(itemToOrder);
  }

  /** One order by id through gsi1, only when it belongs to this customer. */
  async byId(customerId: string, orderId: string): Promise<Order | undefined> {
    const { Items } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :id',
        ExpressionAttributeValues: { ':id': orderByIdIndexKey(orderId).gsi1pk },
      }),
    );
    const order = (Items ?? []).map(itemToOrder).find((o) => o.customerId === customerId);
    return order;
  }

  /** Moves the order to `to` if it is unchanged since read, restocking its lines when asked. */
  transition(order: Order, to: OrderStatus, at: string, options: TransitionOptions): Promise<Order> {
    return transitionOrder(this.doc, this.tableName, order, to, at, options);
  }

  /**
   * What a cancelled placing transaction means. The idempotency record is checked first: under any
   * cancellation a live record means the order exists (ours, or an earlier call's).
   */
  private async explainCancellation(
    error: unknown,
    roles: readonly PlaceRole[],
    command: PlaceOrderCommand,
    callId: string,
  ): Promise<PlaceOrderResult | 'retry' | undefined> {
    const settled = await this.settledBy(command.order.idempotencyKey, callId, command.order);
    if (settled) return settled;
    const failed = roles.filter((_, index) => isConditionFailure(cancellationReasons(error)[index]));
    // A purchase the customer's voice code or lock forbids is refused whatever else failed.
    if (failed.some((role) => role.kind === 'purchase')) return { kind: 'purchase_refused' };
    // A changed cart comes next: the shopper's cart is no longer what was priced and confirmed.
    if (failed.some((role) => role.kind === 'cart')) return { kind: 'cart_changed' };
    const stock = failed.find((role) => role.kind === 'stock');
    if (stock) return { kind: 'out_of_stock', sku: stock.sku };
    if (failed.some((role) => role.kind === 'order')) {
      // This very order exists though its record has expired: it was placed, long ago.
      const { order } = command;
      const stored = await this.orderAt(
        order.customerId,
        orderKey(order.customerId, order.placedAt, order.orderId).sk,
      );
      if (stored?.idempotencyKey === order.idempotencyKey) return { kind: 'duplicate', order: stored };
      throw new Error('order id already used by another order');
    }
    // The record that blocked this write has expired since: the key is free again.
    return failed.some((role) => role.kind === 'idempotency') ? 'retry' : undefined;
  }

  private placeInput(command: PlaceOrderCommand, callId: string, token: number) {
    const { items, roles } = placeOrderTransaction(this.tableName, command, callId, this.nowSeconds());
    const ClientRequestToken = requestToken(command.order.idempotencyKey, callId, token);
    return { request: { TransactItems: items, ClientRequestToken }, roles };
  }

  /** The result for a key that already has a live record: `placed` if this call wrote it. */
  private async settledBy(key: string, callId: string, order: Order): Promise<PlaceOrderResult | undefined> {
    const record = await this.liveRecord(key);
    if (!record) return undefined;
    if (record.callId === callId) return { kind: 'placed', order };
    const existing = await this.orderAt(record.customerId, record.orderSk);
    if (!existing) throw new Error('idempotency record points at a missing order');
    return { kind: 'duplicate', order: existing };
  }

  private async liveRecord(key: string) {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: idempotencyKey(key), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const record = itemToIdempotency(Item);
    // TTL deletes expired records late (DynamoDB Local never): an expired record does not count.
    return record.expiresAt > this.nowSeconds() ? record : undefined;
  }

  private async orderAt(customerId: string, orderSk: string): Promise<Order | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: ordersOfCustomer(customerId).pk, sk: orderSk },
        ConsistentRead: true,
      }),
    );
    return Item ? itemToOrder(Item) : undefined;
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}
