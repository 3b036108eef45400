/**
 * Batch reads and writes for the catalog: BatchGetItem in chunks of 100 and BatchWriteItem in
 * chunks of 25, asking again for unprocessed keys and items with exponential backoff and full
 * jitter, and giving up with a clear error after a bounded number of attempts.
 */
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ItemKey } from './keys';

/** BatchGetItem reads at most 100 keys per request. */
export const BATCH_GET_LIMIT = 100;
/** BatchWriteItem writes at most 25 items per request. */
export const BATCH_WRITE_LIMIT = 25;

/** How unprocessed work is retried. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** Upper bound of the first pause; it doubles every attempt. */
  readonly baseDelayMs: number;
  /** No pause is longer than this. */
  readonly maxDelayMs: number;
}

/** Eight attempts, pauses drawn from 0-50 ms, 0-100 ms, ... up to 0-3 s. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 50, maxDelayMs: 3000 };

/** A pause with full jitter before retry number `attempt` (1 for the first retry). */
export function backoff(attempt: number, policy: RetryPolicy): Promise<void> {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/** Runs `work` over every element with at most `limit` running at once; results in input order. */
export async function mapLimited<T, R>(
  list: readonly T[],
  limit: number,
  work: (element: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(list.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < list.length) {
      const index = next++;
      results[index] = await work(list[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  return results;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

/** Options of a batch read. */
export interface BatchGetOptions {
  /** Attributes to read (all when unset). */
  readonly attributes?: readonly string[];
  readonly consistentRead?: boolean;
  readonly retry?: RetryPolicy;
}

/** Reads the items among `keys` that exist (keys must be distinct), in chunks of 100, 8 at a time. */
export async function batchGetItems(
  doc: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly ItemKey[],
  options: BatchGetOptions = {},
): Promise<Record<string, unknown>[]> {
  const policy = options.retry ?? DEFAULT_RETRY;
  const names = options.attributes?.map((name, i) => [`#a${i}`, name] as const);
  const projection = names
    ? {
        ProjectionExpression: names.map(([alias]) => alias).join(', '),
        ExpressionAttributeNames: Object.fromEntries(names),
      }
    : {};
  const readChunk = async (chunk: readonly ItemKey[]): Promise<Record<string, unknown>[]> => {
    const found: Record<string, unknown>[] = [];
    let pending: readonly Record<string, unknown>[] = chunk.map(({ pk, sk }) => ({ pk, sk }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > policy.attempts) {
        throw new Error(`DynamoDB left ${pending.length} keys unread after ${policy.attempts} attempts`);
      }
      if (attempt > 1) await backoff(attempt - 1, policy);
      const { Responses, UnprocessedKeys } = await doc.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: [...pending],
              ConsistentRead: options.consistentRead ?? false,
              ...projection,
            },
          },
        }),
      );
      found.push(...(Responses?.[tableName] ?? []));
      pending = UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
    return found;
  };
  const results = await mapLimited(chunks(keys, BATCH_GET_LIMIT), 8, readChunk);
  return results.flat();
}

/** Puts items (distinct keys) in chunks of 25, in parallel, retrying unprocessed ones. */
export async function batchPutItems(
  doc: DynamoDBDocumentClient,
  tableName: string,
  items: readonly Record<string, unknown>[],
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<void> {
  const writeChunk = async (chunk: readonly Record<string, unknown>[]): Promise<void> => {
    let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > retry.attempts) {
        throw new Error(`DynamoDB left ${pending.length} items unwritten after ${retry.attempts} attempts`);
      }
      if (attempt > 1) await backoff(attempt - 1, retry);
      const { UnprocessedItems } = await doc.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = (UnprocessedItems?.[tableName] ?? []).flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
    }
  };
  await Promise.all(chunks(items, BATCH_WRITE_LIMIT).map(writeChunk));
}
