/**
 * The one DynamoDB table, built from the shared definition the local stack also uses
 * (lambda/adapters/dynamodb/table.ts): on-demand, point-in-time recovery, encrypted, TTL, a stream
 * for order events, and kept when the stack is deleted.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE, type KeyAttribute } from '../../lambda/adapters/dynamodb/table';

function attribute(key: KeyAttribute): { name: string; type: AttributeType } {
  return { name: key.name, type: AttributeType.STRING };
}

/** The commerce table. */
export class CommerceTable extends Construct {
  /** The table; its stream feeds the order-events function. */
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: attribute(TABLE.partitionKey),
      sortKey: attribute(TABLE.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TABLE.timeToLiveAttribute,
      stream: StreamViewType[TABLE.streamViewType],
      // Orders, carts and customers outlive any deployment: deleting the stack keeps the table.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    for (const index of TABLE.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
