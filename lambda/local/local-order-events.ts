/**
 * Order events in `npm start`: when MERCHANT_WEBHOOK_URL is set, the local event pipeline delivers
 * the table's order events (and carts left behind) to it, signed with MERCHANT_WEBHOOK_SECRET, as
 * the deployed stack does; with ALEXA_CLIENT_ID, order updates go to ALEXA_API_URL too.
 */
import { SystemClock } from '../adapters/system/system-clock';
import { deliveryRouter } from '../adapters/webhooks/delivery-router';
import type { Logger } from '../domain/ports';
import type { LocalStack } from './dev-server-stack';
import { startLocalEventPipeline, type LocalEventPipeline } from './local-event-pipeline';

/** The running pipeline, or undefined when no merchant webhook is configured. */
export async function startLocalOrderEvents(
  stack: LocalStack,
  endpoint: string,
  logger: Logger,
): Promise<LocalEventPipeline | undefined> {
  const { config, clients } = stack;
  const webhook = deliveryRouter(config, { logger, clients, clock: new SystemClock() });
  if (!webhook) return undefined;
  return startLocalEventPipeline({
    client: clients.client,
    doc: clients.doc,
    endpoint,
    tableName: config.tableName,
    webhook,
    logger,
    notifications: config.proactiveEvents !== undefined,
    ...(config.merchantWebhook ? { idleCartMinutes: config.cartIdleMinutes } : {}),
  });
}
