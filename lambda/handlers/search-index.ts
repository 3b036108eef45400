/**
 * The `search-index` function: keeps the search index snapshot at the catalog's version. The table's
 * stream invokes it with the catalog version marker's records (its event source lets no others
 * through); invoked by hand with any other event, it rebuilds. A failure throws, so Lambda retries,
 * and leaves the previous snapshot in use. Wiring only.
 */
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { catalogVersionChanges } from '../adapters/dynamodb/catalog-version-item';
import { dynamoClientsFor } from '../composition-root';
import { readConfig } from '../config';
import { BUILDER_DYNAMODB_TIMEOUT_MS, buildSnapshotBuilder } from '../search-wiring';

const config = readConfig(process.env);
const { doc } = dynamoClientsFor({ ...config, dynamodbTimeoutMs: BUILDER_DYNAMODB_TIMEOUT_MS });
const builder = buildSnapshotBuilder(config, doc);

/** Brings the snapshot up to the catalog version: patched when the changes name their products. */
export const handler = async (event?: Partial<DynamoDBStreamEvent>) =>
  builder.update(catalogVersionChanges(event?.Records ?? []));
