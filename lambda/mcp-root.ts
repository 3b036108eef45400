/**
 * Wires the MCP server (adapters/mcp) over the shared services: the assistant token verifier for
 * where the function runs (the Cognito pool's assistant clients in AWS, dev tokens on the local
 * stack, nothing otherwise), the authorization-server settings its metadata publishes, and which
 * browser origins may call. Built once per container, like the composition root it builds on.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AssistantConfig } from './assistant-config';
import {
  createAssistantTokenVerifier,
  type AssistantTokenVerifier,
} from './adapters/identity/assistant-token-verifier';
import { buildMcpHttpHandler } from './adapters/mcp/mcp-http';
import type { AuthorizationServerSettings } from './adapters/mcp/oauth-metadata';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoClientsFor, type Services } from './composition-root';
import type { Config } from './config';

/** Where the handler runs: how its public address is known and which origins may call (tests, dev server). */
export interface McpHostOptions {
  readonly baseUrl?: (event: APIGatewayProxyEventV2) => string;
  readonly allowOrigin?: (origin: string) => boolean;
  /** The table client local dev tokens are checked with (their key set lives in the table). */
  readonly doc?: DynamoDBDocumentClient;
}

const refuseAll: AssistantTokenVerifier = { verify: () => Promise.resolve(undefined) };

/** The token verifier for the config: Cognito's assistant clients, local dev tokens, or none. */
export function assistantVerifier(config: Config, assistants: AssistantConfig, doc?: DynamoDBDocumentClient) {
  if (config.cognito) {
    return createAssistantTokenVerifier({
      mode: 'cognito',
      userPoolId: config.cognito.userPoolId,
      shopperClientIds: assistants.shopperClientIds,
      serviceClientIds: assistants.serviceClientIds,
      serviceScope: assistants.serviceScope,
    });
  }
  if (config.local) {
    return createAssistantTokenVerifier({
      mode: 'local',
      doc: doc ?? dynamoClientsFor(config).doc,
      tableName: config.tableName,
    });
  }
  return refuseAll;
}

function authorizationServer(
  config: Config,
  assistants: AssistantConfig,
): AuthorizationServerSettings | undefined {
  if (!config.cognito || !assistants.hostedDomainUrl) return undefined;
  return {
    hostedDomainUrl: assistants.hostedDomainUrl,
    region: config.region,
    userPoolId: config.cognito.userPoolId,
    scopes: ['openid', 'email', 'profile', assistants.serviceScope],
  };
}

/** The MCP HTTP handler over the services. */
export function buildMcpHandler(
  config: Config,
  assistants: AssistantConfig,
  services: Services,
  host: McpHostOptions = {},
) {
  const verifier = assistantVerifier(config, assistants, host.doc);
  const server = authorizationServer(config, assistants);
  return buildMcpHttpHandler({
    services,
    authenticate: (token) => verifier.verify(token),
    ...(server ? { authorizationServer: server } : {}),
    baseUrl: host.baseUrl ?? ((event) => `https://${event.requestContext.domainName}`),
    // Assistants call server to server; a browser page is never a caller in AWS.
    allowOrigin: host.allowOrigin ?? (() => false),
    logger: services.logger,
  });
}
