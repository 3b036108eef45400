/**
 * The stored form of a handoff request: under its customer (`handoffKey`) and, while open, in the
 * merchant's queue on gsi1 (`handoffQueueIndexKey`), oldest first.
 */
import * as z from 'zod';
import type { HandoffRequest } from '../../domain/model';
import { parseStoredItem } from './dynamo-errors';
import { ENTITY, handoffKey, handoffQueueIndexKey } from './keys';

const handoffItemSchema = z
  .object({
    type: z.literal(ENTITY.handoff),
    ticketId: z.string().min(1),
    customerId: z.string().min(1),
    createdAt: z.string().min(1),
    reason: z.string(),
    context: z.object({
      lastIntent: z.string().optional(),
      cartSkus: z.array(z.string()),
      latestOrderId: z.string().optional(),
    }),
    status: z.enum(['open', 'closed']),
  })
  // The entity type is how the item is stored, not part of the domain object.
  .transform(({ type: _type, ...value }) => value);

/** The stored item of a handoff request (in the open queue when its status is open). */
export function handoffToItem(request: HandoffRequest): Record<string, unknown> {
  const { ticketId, customerId, createdAt, reason, context, status } = request;
  return {
    ...handoffKey(customerId, createdAt, ticketId),
    ...(status === 'open' ? handoffQueueIndexKey(createdAt, ticketId) : {}),
    type: ENTITY.handoff,
    ticketId,
    customerId,
    createdAt,
    reason,
    context: {
      lastIntent: context.lastIntent,
      cartSkus: [...context.cartSkus],
      latestOrderId: context.latestOrderId,
    },
    status,
    version: 1,
  };
}

/** The request a stored item holds; throws CorruptItemError when it is not a valid handoff. */
export function itemToHandoff(item: Record<string, unknown>): HandoffRequest {
  return parseStoredItem(handoffItemSchema, ENTITY.handoff, item);
}
