/**
 * The `events` function: the DynamoDB stream consumer that sends order events to the merchant's
 * webhook (see adapters/webhooks/). Configuration is read once, at cold start.
 */
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { PowertoolsLogger } from '../adapters/system/powertools-logger';
import { createOrderEventsProcessor } from '../adapters/webhooks/order-events-processor';
import { createWebhookClient } from '../adapters/webhooks/webhook-client';
import { createSecretSource } from '../adapters/webhooks/webhook-secret';
import { readConfig } from '../config';

const config = readConfig(process.env);
const target = config.merchantWebhook;
const processor = createOrderEventsProcessor({
  logger: new PowertoolsLogger(config.logLevel, { fn: 'events' }),
  webhook:
    target &&
    createWebhookClient({
      url: target.url,
      secret: createSecretSource({ ...target, region: config.region }),
    }),
});

/** Delivers the batch's order events; reports the first record that could not be delivered. */
export const handler = async (
  event: DynamoDBStreamEvent,
  context?: Context,
): Promise<DynamoDBBatchResponse> => processor.handle(event, context);
