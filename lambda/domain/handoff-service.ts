/**
 * Reaching a person: records a handoff request with the conversation's context for the merchant's
 * team and tells the shopper how and when they will be contacted.
 */
import type { HandoffRequest } from './support-model';
import type { ContactPreference } from './support-model';
import { nextOpening, type NextOpening } from './opening-hours';
import type { Clock, HandoffRepository, IdGenerator } from './ports';
import type { StoreService } from './store-service';

/** What the shopper hears after asking for a person. */
export interface HandoffReceipt {
  readonly ticketId: string;
  readonly supportHours: string;
  readonly supportPhone: string;
  /** When the team is next in: what may be promised about getting back to the shopper. */
  readonly nextOpening: NextOpening;
}

/** Records handoff requests. */
export class HandoffService {
  constructor(
    private readonly handoffs: HandoffRepository,
    private readonly store: StoreService,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** Records the request and returns the ticket and the support contact. */
  async request(
    customerId: string,
    reason: string,
    context: HandoffRequest['context'],
    contact?: ContactPreference,
  ): Promise<HandoffReceipt> {
    const settings = await this.store.settings();
    const ticketId = this.ids.ticketId();
    await this.handoffs.create({
      ticketId,
      customerId,
      createdAt: this.clock.now().toISOString(),
      reason: reason.slice(0, 500),
      context,
      ...(contact ? { contact } : {}),
      status: 'open',
    });
    return {
      ticketId,
      supportHours: settings.supportHours,
      supportPhone: settings.supportPhone,
      nextOpening: nextOpening(settings.hours, this.clock.now(), settings.timeZone),
    };
  }
}
