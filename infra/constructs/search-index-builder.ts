/**
 * The `search-index` function: the builder of the search index snapshot, woken by the table's stream
 * only when the catalog version marker changes (an import, a stock change through the merchant API).
 * A dedicated function rather than a part of `events`: building needs the CPU and memory of a large
 * function and minutes at most, where order events need a small one that answers fast; its failures
 * are its own (retried twice, then left: the previous snapshot stays in use and the next change
 * rebuilds); and only it may write the bucket. Records arriving within a few seconds of each other
 * (a burst of stock changes) are one batch, so one build covers them.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { AppFunction } from './app-function';
import { addFunctionAlarms } from './function-alarms';
import { SEARCH_SNAPSHOT_KEY, grantSnapshotWrite } from './search-index-bucket';
import { grantItemRead } from './table-access';

/** The key of the catalog version marker item (lambda/adapters/dynamodb/keys.ts, checked by a test). */
export const CATALOG_VERSION_KEY = { pk: 'CATALOG', sk: 'VERSION' } as const;

/** What the builder needs. */
export interface SearchIndexBuilderProps {
  readonly table: ITable;
  readonly bucket: IBucket;
  readonly entry: string;
  readonly projectRoot: string;
  readonly logRetention: RetentionDays;
  readonly logLevel: string;
  readonly alarmTopic: ITopic;
}

/** The builder function, its stream trigger, grants and alarms. */
export class SearchIndexBuilder extends Construct {
  readonly function: AppFunction;

  constructor(scope: Construct, id: string, props: SearchIndexBuilderProps) {
    super(scope, id);
    this.function = new AppFunction(this, 'Builder', {
      name: 'search-index',
      entry: props.entry,
      projectRoot: props.projectRoot,
      // Reading and indexing 200,000 products takes well under a minute; the rest is margin.
      timeout: Duration.minutes(5),
      memorySize: 2048,
      logRetention: props.logRetention,
      environment: {
        TABLE_NAME: props.table.tableName,
        SEARCH_SNAPSHOT_BUCKET: props.bucket.bucketName,
        SEARCH_SNAPSHOT_KEY,
        LOG_LEVEL: props.logLevel,
      },
    });
    const fn = this.function.fn;
    grantItemRead(props.table, fn);
    grantSnapshotWrite(props.bucket, fn);
    fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        parallelizationFactor: 1,
        retryAttempts: 2,
        bisectBatchOnError: false,
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.or('INSERT', 'MODIFY'),
            dynamodb: { Keys: { pk: { S: [CATALOG_VERSION_KEY.pk] }, sk: { S: [CATALOG_VERSION_KEY.sk] } } },
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
    addFunctionAlarms(this, 'search-index', fn, props.alarmTopic, 120_000);
  }
}
