/**
 * The `events` function: the table's stream consumer that puts order events and notifications on
 * the event queue and moves idle-cart checks, the queue's consumer that delivers them (the
 * merchant's webhook, Alexa's order updates), and the target of idle-cart checks (see
 * adapters/webhooks/). Configuration is read once, at cold start.
 */
import type { Context } from 'aws-lambda';
import { PowertoolsLogger } from '../adapters/system/powertools-logger';
import { buildEventsFunction, type EventsInput } from '../adapters/webhooks/events-function';
import { eventsRuntimeFor } from '../adapters/webhooks/events-runtime';
import { readConfig } from '../config';

const config = readConfig(process.env);
const logger = new PowertoolsLogger(config.logLevel, { fn: 'events' });
const events = buildEventsFunction(config, eventsRuntimeFor(config, logger));

/** A stream batch is enqueued; a queue batch is delivered; an idle check is judged. */
export const handler = async (event: EventsInput, context?: Context) => events(event, context);
