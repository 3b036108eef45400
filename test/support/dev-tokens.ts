/** Test helper: a local-stack access token for a customer, whose public key is in the table. */
import { issueDevToken } from '../../lambda/local/dev-token-signer';
import type { TestTable } from './dynamo';

/** Signs an access token the local verifier accepts for this customer. */
export function ensureLocalSigningKeysAndSign(
  table: TestTable,
  customerId: string,
  ttlSeconds?: number,
): Promise<string> {
  return issueDevToken(table.doc, table.tableName, customerId, ttlSeconds ? { ttlSeconds } : {});
}
