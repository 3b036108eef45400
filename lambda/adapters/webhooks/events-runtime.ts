/**
 * What the `events` function runs on besides its config: the logger, the table's clients (for
 * contact records, settings and carts), the clock, and where idle-cart checks are scheduled
 * (EventBridge Scheduler when configured, as in AWS; the local stack brings its own timers).
 */
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Config } from '../../config';
import type { IdleCheckScheduler } from '../../domain/idle-cart-port';
import type { Clock, Logger } from '../../domain/ports';
import { createDynamoClients, type DynamoClients } from '../dynamodb/client';
import { EventBridgeIdleCheckScheduler } from '../scheduling/eventbridge-idle-check-scheduler';
import { SystemClock } from '../system/system-clock';

/** What the function runs on besides config. */
export interface EventsRuntime {
  readonly logger: Logger;
  readonly clients: DynamoClients;
  readonly clock: Clock;
  /** Where idle checks are scheduled; unset: idle carts are not watched. */
  readonly scheduler?: IdleCheckScheduler;
  /** Told the running function's ARN on each invocation (the idle checks' default target). */
  readonly invokedAs?: (functionArn: string) => void;
}

/** The runtime in AWS (or wherever the config points): the table's clients and the scheduler. */
export function eventsRuntimeFor(config: Config, logger: Logger): EventsRuntime {
  const clients = createDynamoClients({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    requestTimeoutMs: config.dynamodbTimeoutMs,
  });
  const schedule = config.idleCheckSchedule;
  let invoked: string | undefined;
  const scheduler = schedule
    ? new EventBridgeIdleCheckScheduler(
        new SchedulerClient({
          region: config.region,
          maxAttempts: 3,
          requestHandler: new NodeHttpHandler({ connectionTimeout: 1000, requestTimeout: 3000 }),
        }),
        { group: schedule.group, roleArn: schedule.roleArn, targetArn: () => schedule.targetArn ?? invoked },
      )
    : undefined;
  return {
    logger,
    clients,
    clock: new SystemClock(),
    ...(scheduler ? { scheduler } : {}),
    invokedAs: (arn) => void (invoked = arn),
  };
}
