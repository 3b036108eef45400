/**
 * Where a queued event is delivered: an order notification to Alexa's Proactive Events API (with
 * the skill's Login with Amazon token), anything else (order and cart events) to the merchant's
 * webhook, signed. A kind of event with nowhere to go is acknowledged and logged.
 */
import { createLwaTokenSource } from '../notifications/lwa-token';
import { ORDER_NOTIFICATION } from '../notifications/notification-event';
import { createOrderNotifier, type OrderNotifier } from '../notifications/order-notifier';
import { createProactiveEventsClient } from '../notifications/proactive-events-client';
import { DynamoContactRepository } from '../dynamodb/contact-repository';
import { DynamoStoreSettingsRepository } from '../dynamodb/settings-repository';
import type { Config } from '../../config';
import type { EventsRuntime } from './events-runtime';
import { createWebhookClient, type WebhookSender } from './webhook-client';
import { createSecretSource } from './webhook-secret';

/** The scope of the skill's token for proactive events. */
export const PROACTIVE_EVENTS_SCOPE = 'alexa::proactive_events';

/** How long the seller's name is kept before it is read again. */
const SELLER_NAME_MS = 5 * 60_000;

function notifierFor(config: Config, runtime: EventsRuntime): OrderNotifier | undefined {
  const alexa = config.proactiveEvents;
  if (!alexa) return undefined;
  const tokens = createLwaTokenSource({
    tokenUrl: alexa.tokenUrl,
    clientId: alexa.clientId,
    scope: PROACTIVE_EVENTS_SCOPE,
    clientSecret: createSecretSource({
      ...(alexa.clientSecret ? { secret: alexa.clientSecret } : {}),
      ...(alexa.clientSecretArn ? { secretArn: alexa.clientSecretArn } : {}),
      region: config.region,
    }),
  });
  const settings = new DynamoStoreSettingsRepository(runtime.clients.doc, config.tableName, () =>
    runtime.clock.now(),
  );
  let seller: { name: string; until: number } | undefined;
  const sellerName = async (): Promise<string> => {
    const now = runtime.clock.now().getTime();
    if (!seller || seller.until < now) {
      const stored = await settings.get();
      seller = { name: stored?.sellerName ?? stored?.name ?? 'the store', until: now + SELLER_NAME_MS };
    }
    return seller.name;
  };
  return createOrderNotifier({
    contacts: new DynamoContactRepository(runtime.clients.doc, config.tableName),
    events: createProactiveEventsClient({ apiUrl: alexa.apiUrl, stage: alexa.stage, tokens }),
    sellerName,
    logger: runtime.logger,
    now: () => runtime.clock.now(),
  });
}

/** The sender of queued events, or undefined when nothing is configured to receive them. */
export function deliveryRouter(config: Config, runtime: EventsRuntime): WebhookSender | undefined {
  const target = config.merchantWebhook;
  // The queue retries over hours; each receive tries twice, quickly.
  const webhook =
    target &&
    createWebhookClient({
      url: target.url,
      secret: createSecretSource({ ...target, region: config.region }),
      maxAttempts: 2,
    });
  const notify = notifierFor(config, runtime);
  if (!webhook && !notify) return undefined;
  return {
    send: (delivery) => {
      if (delivery.type === ORDER_NOTIFICATION) {
        return notify ? notify(delivery) : Promise.resolve({ ok: true, attempts: 0, httpStatus: 204 });
      }
      if (webhook) return webhook.send(delivery);
      runtime.logger.warn('order_event.no_webhook', { eventId: delivery.id, type: delivery.type });
      return Promise.resolve({ ok: true, attempts: 0, httpStatus: 204 });
    },
  };
}
