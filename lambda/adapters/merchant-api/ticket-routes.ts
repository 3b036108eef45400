/**
 * The merchant API's routes for what shoppers ask of the team: a handoff request claimed by one of
 * the team and resolved with its outcome, and a return request answered (approved, refunded or
 * declined), which the shopper then hears when they ask how it is going.
 */
import * as z from 'zod';
import type { Clock, HandoffQueue } from '../../domain/ports';
import type { ReturnService } from '../../domain/return-service';
import { HttpError, json, parseBody, validated, type Route } from './http';

/** What the ticket routes work on. */
export interface TicketRouteDependencies {
  readonly handoffQueue: HandoffQueue;
  readonly returns: Pick<ReturnService, 'setStatus' | 'list'>;
  readonly clock: Clock;
}

const claimBody = z.object({ agent: z.string().trim().min(1).max(100) });
const resolveBody = z.object({ outcome: z.string().trim().min(1).max(500) });
const returnBody = z.object({ status: z.enum(['approved', 'refunded', 'declined']) });

/** Claiming and resolving handoff requests; answering return requests. */
export function ticketRoutes(deps: TicketRouteDependencies): Route[] {
  const now = () => deps.clock.now().toISOString();
  return [
    [
      'POST',
      /^\/api\/handoffs\/([^/]+)\/claim$/,
      async ([ticket], event) => {
        const { agent } = validated(claimBody, parseBody(event.body, event.isBase64Encoded));
        const claimed = await deps.handoffQueue.claimTicket(ticket!, agent, now());
        if (!claimed) throw new HttpError(409, 'NOT_OPEN', `Handoff request ${ticket} is not open to claim.`);
        return json(200, { ticketId: ticket, status: 'claimed', claimedBy: agent });
      },
    ],
    [
      'POST',
      /^\/api\/handoffs\/([^/]+)\/resolve$/,
      async ([ticket], event) => {
        const { outcome } = validated(resolveBody, parseBody(event.body, event.isBase64Encoded));
        const closed = await deps.handoffQueue.closeTicket(ticket!, now(), outcome);
        if (!closed) throw new HttpError(404, 'NOT_FOUND', `No open handoff request ${ticket}.`);
        return json(200, { ticketId: ticket, status: 'closed', outcome });
      },
    ],
    [
      'GET',
      /^\/api\/customers\/([^/]+)\/returns$/,
      async ([customer]) => json(200, { returns: await deps.returns.list(customer!, 50) }),
    ],
    [
      'POST',
      /^\/api\/returns\/([^/]+)\/([^/]+)\/([^/]+)\/status$/,
      async ([customer, order, sku], event) => {
        const { status } = validated(returnBody, parseBody(event.body, event.isBase64Encoded));
        await deps.returns.setStatus(customer!, order!, sku!, status);
        return json(200, { customerId: customer, orderId: order, sku, status });
      },
    ],
  ];
}
