/**
 * The stored form of a return request: one item per order line under its customer
 * (`returnRequestKey`), read back through one schema (a bad item gives a CorruptItemError).
 */
import * as z from 'zod';
import type { ReturnRequest } from '../../domain/support-model';
import { moneySchema } from './cart-item';
import { parseStoredItem } from './dynamo-errors';
import { ENTITY, returnRequestKey } from './keys';

/** The reasons and statuses a stored request may hold. */
export const RETURN_REASONS = ['damaged', 'missing', 'spoiled', 'wrong_item', 'unwanted'] as const;
export const RETURN_STATUSES = ['requested', 'approved', 'refunded', 'declined'] as const;

const returnItemSchema = z
  .object({
    type: z.literal(ENTITY.returnRequest),
    requestId: z.string().min(1),
    customerId: z.string().min(1),
    orderId: z.string().min(1),
    sku: z.string().min(1),
    name: z.string(),
    quantity: z.number().int().positive(),
    reason: z.enum(RETURN_REASONS),
    lineTotal: moneySchema,
    status: z.enum(RETURN_STATUSES),
    createdAt: z.string().min(1),
  })
  // The entity type is how the item is stored, not part of the domain object.
  .transform(({ type: _type, ...value }) => value);

/** The stored item of a return request. */
export function returnToItem(request: ReturnRequest): Record<string, unknown> {
  return {
    ...returnRequestKey(request.customerId, request.orderId, request.sku),
    type: ENTITY.returnRequest,
    ...request,
  };
}

/** The request a stored item holds; throws CorruptItemError when it is not a valid request. */
export function itemToReturn(item: Record<string, unknown>): ReturnRequest {
  return parseStoredItem(returnItemSchema, ENTITY.returnRequest, item);
}
