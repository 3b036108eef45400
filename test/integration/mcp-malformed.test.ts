/**
 * Whatever an assistant sends, the MCP server answers and keeps answering: malformed arguments to
 * every tool are tool errors (INVALID_INPUT, naming the field, in a sentence), odd but well-formed
 * values are refused by the domain's rules, and an unknown tool or a non-object argument list is a
 * protocol error, never a crash.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { call, startMcpTestStack, type McpTestStack } from '../support/mcp-stack';

let env: McpTestStack;
let client: Client;

beforeAll(async () => {
  env = await startMcpTestStack();
  client = await env.connect(await env.shopperToken('malformed-1'));
});

afterAll(() => env.close());

const long = 'x'.repeat(10_000);

/** Per tool, argument objects its schema refuses, and the field each names. */
const MALFORMED: [string, Record<string, unknown>, string][] = [
  ['search_products', {}, 'query'],
  ['search_products', { query: 42 }, 'query'],
  ['search_products', { query: '   ' }, 'query'],
  ['search_products', { query: long }, 'query'],
  ['search_products', { query: 'milk', maxPrice: -1 }, 'maxPrice'],
  ['search_products', { query: 'milk', maxPrice: 4.99 }, 'maxPrice'],
  ['search_products', { query: 'milk', maxPrice: '5 dollars' }, 'maxPrice'],
  ['search_products', { query: 'milk', sort: 'cheapest' }, 'sort'],
  ['get_product', { sku: '' }, 'sku'],
  ['get_product', { sku: { $ne: null } }, 'sku'],
  ['add_to_cart', { sku: 'OAT-1' }, 'quantity'],
  ['add_to_cart', { sku: 'OAT-1', quantity: 0 }, 'quantity'],
  ['add_to_cart', { sku: 'OAT-1', quantity: 1.5 }, 'quantity'],
  ['add_to_cart', { sku: 'OAT-1', quantity: '2' }, 'quantity'],
  ['add_to_cart', { sku: 'OAT-1', quantity: 1e300 }, 'quantity'],
  ['add_to_cart', { sku: ['OAT-1'], quantity: 1 }, 'sku'],
  ['set_cart_quantity', { sku: 'OAT-1', quantity: -3 }, 'quantity'],
  ['set_cart_quantity', { sku: 'OAT-1', quantity: null }, 'quantity'],
  ['remove_from_cart', {}, 'sku'],
  ['quote_checkout', { deliveryOption: '' }, 'deliveryOption'],
  ['quote_checkout', { deliveryOption: 7 }, 'deliveryOption'],
  ['place_order', {}, 'confirmationId'],
  ['place_order', { confirmationId: 'v1.standard.499', voiceCode: '12345' }, 'voiceCode'],
  ['place_order', { confirmationId: 'v1.standard.499', voiceCode: 1234 }, 'voiceCode'],
  ['order_status', { orderId: '' }, 'orderId'],
  ['cancel_order', {}, 'orderId'],
  ['store_info', { topic: 'parking' }, 'topic'],
  ['request_human', { reason: long }, 'reason'],
];

describe('malformed arguments', () => {
  it.each(MALFORMED)('%s %j: a tool error naming %s', async (tool, args, field) => {
    const answer = await call(client, tool, args);
    expect(answer).toMatchObject({ isError: true, code: 'INVALID_INPUT' });
    expect(answer.data.error!.details).toMatchObject({ field });
    expect(answer.text).toMatch(new RegExp(`^The ${field} given to ${tool} is not valid: .+\\.$`));
  });

  it('changed nothing: the cart is still empty', async () => {
    expect((await call(client, 'get_cart')).data.cart!.itemCount).toBe(0);
  });
});

describe('well-formed values the store refuses', () => {
  it.each([
    ['get_product', { sku: '../../etc/passwd' }, 'PRODUCT_NOT_FOUND'],
    ['get_product', { sku: 'PRODUCT#OAT-1' }, 'PRODUCT_NOT_FOUND'],
    ['add_to_cart', { sku: 'NOPE', quantity: 1 }, 'PRODUCT_NOT_FOUND'],
    ['add_to_cart', { sku: 'OAT-1', quantity: 51 }, 'QUANTITY_INVALID'],
    ['add_to_cart', { sku: 'GONE-1', quantity: 1 }, 'OUT_OF_STOCK'],
    ['remove_from_cart', { sku: 'OAT-1' }, 'CART_LINE_NOT_FOUND'],
    ['quote_checkout', {}, 'CART_EMPTY'],
    ['quote_checkout', { deliveryOption: 'teleport' }, 'DELIVERY_OPTION_UNKNOWN'],
    ['order_status', { orderId: '00000000' }, 'ORDER_NOT_FOUND'],
    ['order_status', {}, 'ORDER_NOT_FOUND'],
  ])('%s %j: %s, with a sentence', async (tool, args, code) => {
    const answer = await call(client, tool, args);
    expect(answer).toMatchObject({ isError: true, code });
    expect(answer.text).toMatch(/^[A-Z].*\.$/);
    expect(answer.text).not.toMatch(/undefined|\[object|Error:/);
  });
});

describe('protocol errors', () => {
  it('answers an unknown tool with a protocol error and keeps serving', async () => {
    await expect(client.callTool({ name: 'delete_everything', arguments: {} })).rejects.toThrow(
      /Unknown tool/,
    );
    expect((await call(client, 'search_products', { query: 'bread' })).isError).toBe(false);
  });

  it('answers arguments that are not an object without running anything, and keeps serving', async () => {
    const answer = await client
      .callTool({ name: 'add_to_cart', arguments: ['OAT-1', 1] as unknown as Record<string, unknown> })
      .then((result) => ({ refused: result.isError === true }))
      .catch((error: unknown) => ({ refused: /Invalid|argument/i.test(String(error)) }));
    expect(answer.refused).toBe(true);
    expect((await call(client, 'get_cart')).data.cart!.itemCount).toBe(0);
  });

  it('answers a body that is not JSON-RPC with a JSON-RPC error, not a crash', async () => {
    const token = await env.shopperToken('malformed-1');
    for (const body of ['{', '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":7}', 'null', '"x"']) {
      const response = await fetch(`${env.server.url}/mcp`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ jsonrpc: '2.0', error: { code: -32700 } });
    }
    expect((await call(client, 'store_info', { topic: 'hours' })).isError).toBe(false);
  });
});
