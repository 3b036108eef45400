/**
 * `POST /mcp` and `/.well-known/...` on the dev server: the store's MCP server, the same handler
 * the `mcp` function runs, wired to the local stack's services. Bearer tokens come from
 * `npm run dev:token` (`--service` for the service tier). A browser page may call it only from a
 * loopback origin (the MCP Inspector, for one), never from a site on the Internet.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readAssistantConfig } from '../assistant-config';
import type { Services } from '../composition-root';
import type { Config } from '../config';
import { buildMcpHandler } from '../mcp-root';
import { toHttpApiEvent } from './dev-server-api';

/** The MCP server's HTTP handler. */
export type McpEndpoint = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d{1,5})?$/;
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;

/** True for http(s) origins on this machine. */
export function isLoopbackOrigin(origin: string): boolean {
  return LOOPBACK_ORIGIN.test(origin);
}

/** The MCP handler over a local stack's services; its public address is the one the request was sent to. */
export function buildLocalMcp(
  stack: { readonly config: Config; readonly services: Services },
  env: Readonly<Record<string, string | undefined>> = process.env,
): McpEndpoint {
  return buildMcpHandler(stack.config, readAssistantConfig(env), stack.services, {
    baseUrl: (event) => `http://${event.requestContext.domainName}`,
    allowOrigin: isLoopbackOrigin,
  });
}

/** Serves one request to /mcp or /.well-known/...; returns a short description for the request log. */
export async function serveMcp(
  request: IncomingMessage,
  response: ServerResponse,
  raw: Buffer,
  mcp: McpEndpoint,
): Promise<string> {
  const event = toHttpApiEvent(request, raw);
  const host = request.headers.host ?? '';
  const domainName = HOST.test(host) ? host : `127.0.0.1:${request.socket.localPort ?? 3000}`;
  const result = await mcp({ ...event, requestContext: { ...event.requestContext, domainName } });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  const body = result.body ?? '';
  response.writeHead(result.statusCode ?? 200, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(body);
  return `mcp ${result.statusCode ?? 200}`;
}
