/**
 * The one table's definition, shared by the CDK stack (infra/) and the local stack (DynamoDB Local),
 * so both create exactly the same table. Plain data: no SDK or CDK import.
 */

/** The table name used when TABLE_NAME is not set. */
export const DEFAULT_TABLE_NAME = 'voice-commerce';

/** A key attribute: all keys in this table are strings. */
export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S';
}

/** The table's keys, index, TTL attribute and stream. */
export interface TableDefinition {
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly globalSecondaryIndexes: readonly {
    readonly indexName: string;
    readonly partitionKey: KeyAttribute;
    readonly sortKey: KeyAttribute;
  }[];
  /** Items carry an epoch-seconds expiry here; readers still filter expired items themselves. */
  readonly timeToLiveAttribute: string;
  /** Order events reach the merchant through the table's stream. */
  readonly streamViewType: 'NEW_AND_OLD_IMAGES';
}

/** The single table of DESIGN section 5. */
export const TABLE: TableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalSecondaryIndexes: [
    {
      indexName: 'gsi1',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
    },
  ],
  timeToLiveAttribute: 'expiresAt',
  streamViewType: 'NEW_AND_OLD_IMAGES',
};
