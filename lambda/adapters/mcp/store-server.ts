/**
 * The MCP server of the store, on the SDK's low-level Server: it lists the store tools and answers
 * tools/call for one caller. Built per request (the HTTP transport is stateless) or once for a stdio
 * session; building costs two handler registrations, the tool list is computed once per process.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import { listedTools } from './store-tools';
import { callStoreTool } from './tool-calls';
import type { Caller, StoreToolServices } from './tool-kit';

/** The name and version the server gives in `initialize`. */
export const SERVER_INFO = { name: 'voice-commerce-store', title: 'Voice commerce store', version: '1.0.0' };

/** What an assistant is told on `initialize`. */
export const SERVER_INSTRUCTIONS =
  "A store's shop: find products, fill the shopper's cart, check out, track and cancel orders, and answer " +
  'store questions. Money comes as minor units (amount) with a formatted string; say the formatted one. ' +
  'Each result has a short text to read aloud. To buy: call quote_checkout, read its readBack to the shopper ' +
  'as it is, and only after an explicit yes call place_order with its confirmationId (and the voice code when ' +
  'it says one is required). Never place an order the shopper has not heard read back.';

/**
 * The server never validates data against a schema a client sent (it asks clients for nothing), so
 * it needs no JSON Schema validator; this one stands in for the SDK's default (Ajv, costly to build
 * on every request) and refuses everything.
 */
const noClientSchemas: jsonSchemaValidator = {
  getValidator: () => () => ({ valid: false, data: undefined, errorMessage: 'not supported' }),
};

/** An MCP server answering for one caller. */
export function buildStoreServer(services: StoreToolServices, caller: Caller): Server {
  const server = new Server(SERVER_INFO, {
    capabilities: { tools: { listChanged: false } },
    instructions: SERVER_INSTRUCTIONS,
    jsonSchemaValidator: noClientSchemas,
  });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: listedTools() }));
  server.setRequestHandler(CallToolRequestSchema, (request) =>
    callStoreTool(services, caller, request.params.name, request.params.arguments),
  );
  return server;
}
