/**
 * Reads DynamoDB Local's stream of the table as Lambda's event source mapping would hand it to the
 * events function: records in order, from the moment the reader starts (and from the start of any
 * shard opened after that), in the shape of a DynamoDB stream event.
 */
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';

/** Reads the stream from where it stopped. */
export interface StreamReader {
  /** Every record that arrived since the last read. */
  read(): Promise<DynamoDBRecord[]>;
  close(): void;
}

/** Opens the table's stream at its end: only what is written from now on is read. */
export async function openStreamReader(
  client: DynamoDBClient,
  endpoint: string,
  tableName: string,
): Promise<StreamReader> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${tableName} has no stream`);
  const streams = new DynamoDBStreamsClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const iterators = new Map<string, string | undefined>();
  const openShards = async (from: 'LATEST' | 'TRIM_HORIZON'): Promise<void> => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (iterators.has(shard.ShardId!)) continue;
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId!,
          ShardIteratorType: from,
        }),
      );
      iterators.set(shard.ShardId!, ShardIterator);
    }
  };
  await openShards('LATEST');
  return {
    async read() {
      // A shard opened since the last read started after this reader did: read all of it.
      await openShards('TRIM_HORIZON');
      const records: DynamoDBRecord[] = [];
      for (const [shardId, iterator] of iterators) {
        if (!iterator) continue;
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
        iterators.set(shardId, page.NextShardIterator);
        for (const record of page.Records ?? []) {
          const { ApproximateCreationDateTime, ...dynamodb } = record.dynamodb ?? {};
          records.push({
            ...(record as DynamoDBRecord),
            eventSourceARN: streamArn,
            dynamodb: {
              ...(dynamodb as DynamoDBRecord['dynamodb']),
              ...(ApproximateCreationDateTime
                ? { ApproximateCreationDateTime: Math.floor(ApproximateCreationDateTime.getTime() / 1000) }
                : {}),
            },
          });
        }
      }
      return records;
    },
    close: () => streams.destroy(),
  };
}
