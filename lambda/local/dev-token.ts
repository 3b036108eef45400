/**
 * `npm run dev:token -- <customerId> [--ttl <seconds>]`: a linked-account access token for the local
 * stack, signed with the local key set kept in the table (created on first use). The token is the
 * last line of standard output; the local verifier accepts it for that customer until it expires.
 * `npm run dev:token -- --service`: an assistant's service-tier token instead (no customer), as the
 * client-credentials grant gives one: the MCP server lets it browse the store, not reach a cart.
 *
 * Environment: DYNAMODB_ENDPOINT (required), TABLE_NAME, AWS_REGION.
 */
import { Command, InvalidArgumentError } from 'commander';
import { createDynamoClients } from '../adapters/dynamodb/client';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import { isValidCustomerId, MAX_CUSTOMER_ID_LENGTH } from '../adapters/identity/local-token';
import { DEFAULT_DEV_TOKEN_TTL_SECONDS, issueDevServiceToken, issueDevToken } from './dev-token-signer';

const MAX_TTL_SECONDS = 30 * 24 * 60 * 60;

class UsageError extends Error {}

function parseTtl(value: string): number {
  const seconds = /^[0-9]{1,8}$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= 1 && seconds <= MAX_TTL_SECONDS)) {
    throw new InvalidArgumentError(`Give a whole number of seconds from 1 to ${MAX_TTL_SECONDS}.`);
  }
  return seconds;
}

function endpointFromEnv(): string {
  const endpoint = process.env.DYNAMODB_ENDPOINT?.trim();
  if (!endpoint) {
    throw new UsageError(
      'DYNAMODB_ENDPOINT is not set: start the local database with `npm run db:start` and set DYNAMODB_ENDPOINT to the address it prints.',
    );
  }
  if (!URL.canParse(endpoint)) {
    throw new UsageError(`DYNAMODB_ENDPOINT is not a URL (expected something like http://127.0.0.1:8000).`);
  }
  return endpoint;
}

function explain(error: unknown, endpoint: string, tableName: string): string {
  const { name, code } = error as { name?: string; code?: string };
  if (name === 'ResourceNotFoundException') {
    return `Table ${tableName} does not exist at ${endpoint}: start the local stack with \`npm run db:start\`, or set TABLE_NAME to its table.`;
  }
  return `Cannot reach DynamoDB at ${endpoint} (${code ?? name ?? 'unknown error'}): is the local database running (\`npm run db:start\`)?`;
}

async function issue(customerId: string | undefined, ttlSeconds: number): Promise<void> {
  if (customerId !== undefined && !isValidCustomerId(customerId)) {
    throw new UsageError(
      `The customer id must be 1 to ${MAX_CUSTOMER_ID_LENGTH} characters, each a letter, a digit or one of . _ @ + -`,
    );
  }
  const endpoint = endpointFromEnv();
  const tableName = process.env.TABLE_NAME?.trim() || DEFAULT_TABLE_NAME;
  const region = process.env.AWS_REGION?.trim() || 'us-east-1';
  const { client, doc } = createDynamoClients({ region, endpoint, requestTimeoutMs: 3000, maxAttempts: 2 });
  let token: string;
  try {
    token =
      customerId === undefined
        ? await issueDevServiceToken(doc, tableName, { ttlSeconds })
        : await issueDevToken(doc, tableName, customerId, { ttlSeconds });
  } catch (error) {
    throw new UsageError(explain(error, endpoint, tableName));
  } finally {
    client.destroy();
  }
  const until = new Date(Date.now() + ttlSeconds * 1000).toISOString();
  const whom = customerId === undefined ? 'the assistant service tier' : `customer ${customerId}`;
  process.stderr.write(`Access token for ${whom}, valid until ${until}:\n`);
  process.stdout.write(`${token}\n`);
}

const program = new Command()
  .name('dev:token')
  .description('Print a linked-account access token for the local stack (the last line of output).')
  .argument('[customerId]', 'the customer the token links to (its sub)')
  .option('--service', "an assistant's service-tier token (client credentials) instead of a customer's")
  .option(
    '--ttl <seconds>',
    'how long the token is valid, in seconds',
    parseTtl,
    DEFAULT_DEV_TOKEN_TTL_SECONDS,
  )
  .action(async (customerId: string | undefined, options: { ttl: number; service?: boolean }) => {
    if ((customerId === undefined) === (options.service !== true)) {
      throw new UsageError('Give a customer id, or --service for an assistant service token (not both).');
    }
    await issue(customerId, options.ttl);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof UsageError ? error.message : `dev:token failed: ${String(error)}`}\n`,
  );
  process.exitCode = 1;
});
