/**
 * The `mcp` function's entry: the store as an MCP server (Streamable HTTP, stateless, JSON responses)
 * behind the HTTP API at /mcp, with the OAuth metadata documents. Wiring only, built once per container.
 */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { readAssistantConfig } from '../assistant-config';
import { buildServices } from '../composition-root';
import { readConfig } from '../config';
import { buildMcpHandler } from '../mcp-root';

const config = readConfig(process.env);
const mcp = buildMcpHandler(config, readAssistantConfig(process.env), buildServices(config));

/** One HTTP API (payload 2.0) request in, one response out. */
export const handler = async (event: APIGatewayProxyEventV2, _context?: Context) => mcp(event);
