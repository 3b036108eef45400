/**
 * The catalog version marker's stored form, read from the table or from its stream records: the
 * version number and, when the change that set it named them, the skus it changed (so a search index
 * can patch those products instead of rebuilding).
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { catalogVersionKey } from './keys';

/** The attribute holding the skus of the marker's last change. */
export const CHANGED_SKUS = 'changedSkus';

/** More changed skus than this are not recorded: the change then counts as "anything may have changed". */
export const MAX_CHANGED_SKUS = 100;

/** One state of the marker. */
export interface CatalogVersionChange {
  readonly version: number;
  /** Undefined when the change named no products (an import): anything may have changed. */
  readonly skus?: readonly string[];
}

/** The marker as a stored item holds it (version 0 when there is none). */
export function catalogVersionChange(item: Record<string, unknown> | undefined): CatalogVersionChange {
  const version = typeof item?.version === 'number' ? item.version : 0;
  const skus = item?.[CHANGED_SKUS];
  const named = Array.isArray(skus) && skus.every((s) => typeof s === 'string') ? skus : undefined;
  return named ? { version, skus: named } : { version };
}

/** The marker changes among a batch of stream records, in stream order (other items are skipped). */
export function catalogVersionChanges(records: readonly DynamoDBRecord[]): CatalogVersionChange[] {
  const { pk, sk } = catalogVersionKey();
  return records.flatMap((record) => {
    const keys = record.dynamodb?.Keys;
    const image = record.dynamodb?.NewImage;
    if (keys?.pk?.S !== pk || keys.sk?.S !== sk || !image) return [];
    return [catalogVersionChange(unmarshall(image as Record<string, AttributeValue>))];
  });
}
