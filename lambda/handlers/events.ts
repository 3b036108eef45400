/**
 * The `events` function: the table's stream consumer that puts order events on the event queue,
 * and the queue's consumer that delivers them to the merchant's webhook (see adapters/webhooks/).
 * Configuration is read once, at cold start.
 */
import type { Context } from 'aws-lambda';
import { PowertoolsLogger } from '../adapters/system/powertools-logger';
import { buildEventsFunction, type EventsInput } from '../adapters/webhooks/events-function';
import { readConfig } from '../config';

const config = readConfig(process.env);
const events = buildEventsFunction(config, new PowertoolsLogger(config.logLevel, { fn: 'events' }));

/** A stream batch is enqueued; a queue batch is delivered; failures are reported per item. */
export const handler = async (event: EventsInput, context?: Context) => events(event, context);
