/**
 * Item access to the commerce table, written out instead of the CDK's grantReadWriteData: the
 * same item actions, on the table and its named indexes only (no `index/*` wildcard), and none of
 * the stream or control-plane actions the functions never use.
 */
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { TABLE } from '../../lambda/adapters/dynamodb/table';

/** What a function that reads and writes items may do (transactions need these per item). */
export const ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

/** Lets `grantee` read and write items of the table and query its indexes. */
export function grantItemReadWrite(table: ITable, grantee: IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [...ITEM_ACTIONS],
      resources: [
        table.tableArn,
        ...TABLE.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
      ],
    }),
  );
}

/** What a function that only reads items may do. */
export const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;

/** Lets `grantee` read items of the table and query its indexes. */
export function grantItemRead(table: ITable, grantee: IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [...READ_ACTIONS],
      resources: [
        table.tableArn,
        ...TABLE.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
      ],
    }),
  );
}
