/**
 * Order events to the merchant. The `events` function reads the table's stream (order items only)
 * and only puts each whole event on a FIFO queue, one message group per order; it also consumes
 * that queue and delivers to the webhook, postponing a failed delivery with a backoff that spans
 * hours. After 20 receives an event goes, whole, to a FIFO dead-letter queue, from where it can be
 * redriven. A stream batch that cannot even be enqueued goes to a stream-failure queue. Alarms on
 * dead letters, on events waiting long, and on the stream falling behind.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret, type ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AppFunction } from './app-function';
import { IdleCartSchedule } from './idle-cart-schedule';
import { grantItemReadWrite } from './table-access';
import { addAlarm, addFunctionAlarms } from './function-alarms';

/** What the order-events pipeline needs. */
export interface OrderEventsProps {
  readonly table: ITable;
  readonly entry: string;
  readonly projectRoot: string;
  readonly webhookUrl: string;
  readonly webhookSecret: ISecret;
  readonly logRetention: RetentionDays;
  readonly logLevel: string;
  readonly alarmTopic: ITopic;
  /** Hours a cart stays untouched before it is left behind (default 24). */
  readonly cartIdleHours?: string;
  /** The skill's Login with Amazon client id: order updates go to Alexa when it is given. */
  readonly alexaClientId?: string;
}

/** Receives of an event before it is dead-lettered (with the backoff, about 14 hours of outage). */
export const MAX_RECEIVES = 20;

const FUNCTION_TIMEOUT = Duration.seconds(60);
const KEPT = {
  encryption: QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
  retentionPeriod: Duration.days(14),
};

/** The events function, its queues and alarms. */
export class OrderEvents extends Construct {
  readonly function: AppFunction;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly streamFailures: Queue;

  constructor(scope: Construct, id: string, props: OrderEventsProps) {
    super(scope, id);
    this.deadLetterQueue = this.queueOf('EventDeadLetters', { ...KEPT, fifo: true }, 'the event queue');
    this.queue = new Queue(this, 'EventQueue', {
      ...KEPT,
      fifo: true,
      // AWS's advice for a Lambda consumer: six times the function's timeout.
      visibilityTimeout: Duration.seconds(FUNCTION_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVES },
    });
    // The id of the stream's dead-letter queue before events were queued: its messages are kept.
    this.streamFailures = this.queueOf('DeadLetters', KEPT, "the stream's event source mapping");
    this.function = new AppFunction(this, 'Events', {
      name: 'events',
      entry: props.entry,
      projectRoot: props.projectRoot,
      // Two quick tries of at most 5 s per event; the handler stops early and reports the rest.
      timeout: FUNCTION_TIMEOUT,
      memorySize: 256,
      logRetention: props.logRetention,
      environment: {
        MERCHANT_WEBHOOK_URL: props.webhookUrl,
        MERCHANT_WEBHOOK_SECRET_ARN: props.webhookSecret.secretArn,
        ORDER_EVENTS_QUEUE_URL: this.queue.queueUrl,
        LOG_LEVEL: props.logLevel,
      },
    });
    const fn = this.function.fn;
    props.webhookSecret.grantRead(fn);
    // Contact records, carts and settings: read, and consents and notices written.
    grantItemReadWrite(props.table, fn);
    const schedule = new IdleCartSchedule(this, 'IdleCarts', fn);
    for (const [key, value] of Object.entries(schedule.environment(props.cartIdleHours ?? '24'))) {
      fn.addEnvironment(key, value);
    }
    if (props.alexaClientId) this.sendOrderUpdates(props.alexaClientId);
    this.queue.grantSendMessages(fn);
    fn.addEventSource(this.streamSource(props.table));
    fn.addEventSource(new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true }));
    Validations.of(this.function.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams has no resource-level permissions; the stream reads themselves are granted on ' +
        "this table's stream ARN only.",
    });
    this.addAlarms(props.alarmTopic);
  }

  /**
   * Order updates through Alexa: the client id as given, the client secret in Secrets Manager
   * (created empty here: put the skill's secret in it), read by the events function only.
   */
  private sendOrderUpdates(clientId: string): void {
    const secret = new Secret(this, 'AlexaClientSecret', {
      description:
        "The Alexa skill's Login with Amazon client secret (Build > Permissions), for order updates",
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'The Alexa client secret is issued by Amazon for the skill; it cannot be rotated from here.',
    });
    secret.grantRead(this.function.fn);
    this.function.fn.addEnvironment('ALEXA_CLIENT_ID', clientId);
    this.function.fn.addEnvironment('ALEXA_CLIENT_SECRET_ARN', secret.secretArn);
  }

  private queueOf(id: string, props: QueueProps, deadLetterOf: string): Queue {
    const queue = new Queue(this, id, props);
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: `This queue is the dead-letter destination of ${deadLetterOf}.`,
    });
    return queue;
  }

  /** The stream, order items only; what cannot even be enqueued in a day goes to stream failures. */
  private streamSource(table: ITable): DynamoEventSource {
    return new DynamoEventSource(table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 10,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: 10,
      maxRecordAge: Duration.days(1),
      onFailure: new SqsDlq(this.streamFailures),
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.or('INSERT', 'MODIFY'),
          dynamodb: { NewImage: { type: { S: ['Order'] } } },
        }),
      ],
    });
  }

  private addAlarms(topic: ITopic): void {
    const fn = this.function.fn;
    const period = Duration.minutes(5);
    addFunctionAlarms(this, 'events', fn, topic, 20_000);
    const visible = (queue: Queue) => queue.metricApproximateNumberOfMessagesVisible({ period });
    addAlarm(
      this,
      'DeadLettersVisible',
      visible(this.deadLetterQueue),
      1,
      topic,
      'events: order events were dead-lettered; redrive them once the webhook answers',
    );
    addAlarm(
      this,
      'StreamFailuresVisible',
      visible(this.streamFailures),
      1,
      topic,
      'events: order events could not be put on the queue',
    );
    addAlarm(
      this,
      'EventsWaiting',
      this.queue.metricApproximateAgeOfOldestMessage({ period }),
      3600,
      topic,
      'events: an order event has waited more than an hour (is the merchant webhook down?)',
    );
    const iteratorAge = new Metric({
      namespace: 'AWS/Lambda',
      metricName: 'IteratorAge',
      dimensionsMap: { FunctionName: fn.functionName },
      statistic: 'Maximum',
      period,
    });
    addAlarm(
      this,
      'IteratorAge',
      iteratorAge,
      10 * 60 * 1000,
      topic,
      'events: order events are more than 10 minutes behind',
    );
  }
}
