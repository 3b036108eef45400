/**
 * Order events to the merchant: the `events` function consumes the table's stream (order items
 * only), retries and bisects failing batches, reports single failed records, and sends what still
 * fails after every retry to an encrypted dead-letter queue, with alarms on both.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AppFunction } from './app-function';
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
}

/** The stream consumer, its dead-letter queue and alarms. */
export class OrderEvents extends Construct {
  readonly function: AppFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: OrderEventsProps) {
    super(scope, id);
    this.function = new AppFunction(this, 'Events', {
      name: 'events',
      entry: props.entry,
      projectRoot: props.projectRoot,
      // Three attempts of at most 5 s per record; the handler stops early and reports the rest.
      timeout: Duration.seconds(60),
      memorySize: 256,
      logRetention: props.logRetention,
      environment: {
        MERCHANT_WEBHOOK_URL: props.webhookUrl,
        MERCHANT_WEBHOOK_SECRET_ARN: props.webhookSecret.secretArn,
        LOG_LEVEL: props.logLevel,
      },
    });
    const fn = this.function.fn;
    props.webhookSecret.grantRead(fn);

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: "This queue is the dead-letter destination of the stream's event source mapping.",
    });
    fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Only orders placed or changed wake the function; the handler checks again.
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.or('INSERT', 'MODIFY'),
            dynamodb: { NewImage: { type: { S: ['Order'] } } },
          }),
        ],
      }),
    );

    Validations.of(this.function.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams has no resource-level permissions; the stream reads themselves are granted on ' +
        "this table's stream ARN only.",
    });

    addFunctionAlarms(this, 'events', fn, props.alarmTopic, 20_000);
    addAlarm(
      this,
      'DeadLettersVisible',
      this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      1,
      props.alarmTopic,
      'events: order events gave up and went to the dead-letter queue',
    );
    addAlarm(
      this,
      'IteratorAge',
      new Metric({
        namespace: 'AWS/Lambda',
        metricName: 'IteratorAge',
        dimensionsMap: { FunctionName: fn.functionName },
        statistic: 'Maximum',
        period: Duration.minutes(5),
      }),
      10 * 60 * 1000,
      props.alarmTopic,
      'events: order events are more than 10 minutes behind',
    );
  }
}
