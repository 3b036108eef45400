/**
 * What `npm start` tells the developer once everything runs (where each endpoint is, how to get a
 * dev token, how to talk from another terminal), and the dev server's health check (the table
 * answers on DynamoDB Local).
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { LocalStack } from './dev-server-stack';

/** The facts the banner shows. */
export interface BannerFacts {
  readonly server: string;
  readonly db: string;
  readonly tableName: string;
  readonly skillId: string;
  readonly dataPath: string;
}

/** The banner, one line each. */
export function startBanner(facts: BannerFacts): string[] {
  const env = `DYNAMODB_ENDPOINT=${facts.db}`;
  return [
    '',
    'Voice commerce is running on this machine:',
    `  Alexa (HTTPS protocol)  POST ${facts.server}/alexa   skill id ${facts.skillId}`,
    `  Google webhook          POST ${facts.server}/google`,
    `  Health                  GET  ${facts.server}/health`,
    `  Merchant API            ${facts.server}/api/...   (e.g. GET /api/settings)`,
    `  MCP server (assistants) POST ${facts.server}/mcp   (bearer token from npm run dev:token)`,
    `  Dev secret              unsigned calls send the DEV_SECRET below (also in .local/dev-secret) as X-Dev-Secret`,
    `  DynamoDB Local          ${facts.db}   table ${facts.tableName}, data in ${facts.dataPath} (--reset wipes it)`,
    `  Dev token               ${env} npm run dev:token -- <customerId>   (or /link <customerId> below)`,
    `  Another console         ${env} npm run talk`,
    '',
  ];
}

/** /health: ok when the table answers within two seconds. */
export function healthCheck(stack: LocalStack): () => Promise<{ ok: boolean } & Record<string, unknown>> {
  return async () => {
    const table = stack.config.tableName;
    try {
      await stack.clients.client.send(new DescribeTableCommand({ TableName: table }), {
        abortSignal: AbortSignal.timeout(2000),
      });
      return { ok: true, table, dynamodb: 'reachable', skillId: stack.skillId };
    } catch (error) {
      return {
        ok: false,
        table,
        dynamodb: (error as { name?: string }).name ?? 'unreachable',
        skillId: stack.skillId,
      };
    }
  };
}
