/**
 * The stored form of a handoff request: under its customer (`handoffKey`) and, while open, in the
 * merchant's queue on gsi1 (`handoffQueueIndexKey`), oldest first; and the ticket item that finds
 * it by its ticket (`handoffTicketKey`).
 */
import * as z from 'zod';
import type { HandoffRequest } from '../../domain/support-model';
import { parseStoredItem } from './dynamo-errors';
import { ENTITY, handoffKey, handoffQueueIndexKey, handoffTicketKey, type ItemKey } from './keys';

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
    contact: z
      .object({
        method: z.enum(['call', 'message']),
        daypart: z.enum(['morning', 'afternoon', 'evening']).optional(),
      })
      .optional(),
    status: z.enum(['open', 'claimed', 'closed']),
    claimedBy: z.string().optional(),
    outcome: z.string().optional(),
  })
  // The entity type is how the item is stored, not part of the domain object.
  .transform(({ type: _type, ...value }) => value);

/** The stored item of a handoff request (in the open queue when its status is open). */
export function handoffToItem(request: HandoffRequest): Record<string, unknown> {
  const { ticketId, customerId, createdAt, reason, context, status } = request;
  return {
    ...handoffKey(customerId, createdAt, ticketId),
    ...(status !== 'closed' ? handoffQueueIndexKey(createdAt, ticketId) : {}),
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
    ...(request.contact ? { contact: { ...request.contact } } : {}),
    status,
    version: 1,
  };
}

/** The request a stored item holds; throws CorruptItemError when it is not a valid handoff. */
export function itemToHandoff(item: Record<string, unknown>): HandoffRequest {
  return parseStoredItem(handoffItemSchema, ENTITY.handoff, item);
}

const ticketItemSchema = z.object({
  type: z.literal(ENTITY.handoffTicket),
  customerId: z.string().min(1),
  createdAt: z.string().min(1),
});

/** The item that finds a request by its ticket: the request's customer and creation time. */
export function ticketToItem(request: HandoffRequest): Record<string, unknown> {
  const { ticketId, customerId, createdAt } = request;
  return { ...handoffTicketKey(ticketId), type: ENTITY.handoffTicket, ticketId, customerId, createdAt };
}

/** The key of the request a ticket item points at; throws CorruptItemError when it is not one. */
export function ticketItemToHandoffKey(ticketId: string, item: Record<string, unknown>): ItemKey {
  const { customerId, createdAt } = parseStoredItem(ticketItemSchema, ENTITY.handoffTicket, item);
  return handoffKey(customerId, createdAt, ticketId);
}
