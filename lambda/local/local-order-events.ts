/**
 * Order events in `npm start`: when MERCHANT_WEBHOOK_URL is set, the local event pipeline delivers
 * the table's order events to it, signed with MERCHANT_WEBHOOK_SECRET, as the deployed stack does.
 */
import { createWebhookClient } from '../adapters/webhooks/webhook-client';
import { createSecretSource } from '../adapters/webhooks/webhook-secret';
import type { Logger } from '../domain/ports';
import type { LocalStack } from './dev-server-stack';
import { startLocalEventPipeline, type LocalEventPipeline } from './local-event-pipeline';

/** The running pipeline, or undefined when no merchant webhook is configured. */
export async function startLocalOrderEvents(
  stack: LocalStack,
  endpoint: string,
  logger: Logger,
): Promise<LocalEventPipeline | undefined> {
  const target = stack.config.merchantWebhook;
  if (!target) return undefined;
  const { client, doc } = stack.clients;
  return startLocalEventPipeline({
    client,
    doc,
    endpoint,
    tableName: stack.config.tableName,
    webhook: createWebhookClient({
      url: target.url,
      secret: createSecretSource({ ...target, region: stack.config.region }),
    }),
    logger,
  });
}
