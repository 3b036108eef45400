/**
 * IdleCheckScheduler on EventBridge Scheduler: one one-time schedule per cart (named from a hash
 * of the customer id, so no personal data is in the name), `at(...)` in UTC, invoking the events
 * function with the customer and cart version, deleted by the scheduler once it has run. A change
 * of the cart updates the schedule in place; an emptied cart deletes it.
 */
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  UpdateScheduleCommand,
  type SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { createHash } from 'node:crypto';
import type { IdleCheck, IdleCheckScheduler } from '../../domain/idle-cart-port';
import { idleCheckInput } from './idle-check-input';

/** Where the schedules go and what they invoke. */
export interface EventBridgeSchedulerOptions {
  readonly group: string;
  /** The function the checks invoke: given, or (by default) the one running, once it was invoked. */
  readonly targetArn: () => string | undefined;
  readonly roleArn: string;
}

/** The schedule's name for a customer's cart: at most 64 characters, no personal data. */
export function scheduleName(customerId: string): string {
  return `idle-cart-${createHash('sha256').update(customerId).digest('hex').slice(0, 48)}`;
}

/** Scheduler's `at()` takes a time without zone or fraction: yyyy-mm-ddThh:mm:ss. */
const atExpression = (at: Date): string => `at(${at.toISOString().slice(0, 19)})`;

/** Idle checks as one-time schedules. */
export class EventBridgeIdleCheckScheduler implements IdleCheckScheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly options: EventBridgeSchedulerOptions,
  ) {}

  async schedule(check: IdleCheck): Promise<void> {
    const targetArn = this.options.targetArn();
    if (!targetArn) throw new Error('the idle check has no target yet');
    const input = {
      Name: scheduleName(check.customerId),
      GroupName: this.options.group,
      ScheduleExpression: atExpression(check.at),
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' as const },
      ActionAfterCompletion: 'DELETE' as const,
      Target: {
        Arn: targetArn,
        RoleArn: this.options.roleArn,
        Input: JSON.stringify(idleCheckInput(check)),
        RetryPolicy: { MaximumRetryAttempts: 5, MaximumEventAgeInSeconds: 3600 },
      },
    };
    try {
      await this.client.send(new CreateScheduleCommand(input));
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      await this.client.send(new UpdateScheduleCommand(input));
    }
  }

  async cancel(customerId: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteScheduleCommand({ Name: scheduleName(customerId), GroupName: this.options.group }),
      );
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
  }
}
