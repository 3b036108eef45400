/**
 * The MCP server's `initialize` and `tools/list` through the SDK's own client over Streamable HTTP
 * (with the service tier's token, as Alexa+ discovers tools): every tool, its input schema and its
 * four annotations, as an assistant reads them.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { startMcpTestStack, type McpTestStack } from '../support/mcp-stack';

let env: McpTestStack;
let client: Client;
let tools: Tool[];

beforeAll(async () => {
  env = await startMcpTestStack();
  client = await env.connect(await env.serviceToken());
  tools = (await client.listTools()).tools;
});

afterAll(() => env.close());

type Hints = [readOnly: boolean, destructive: boolean, idempotent: boolean];
const READS: Hints = [true, false, true];

/** name: [required arguments, optional arguments, annotations, personal]. */
const EXPECTED: Record<string, [string[], string[], Hints, boolean]> = {
  search_products: [['query'], ['maxPrice', 'sort'], READS, false],
  get_product: [['sku'], [], READS, false],
  get_cart: [[], [], READS, true],
  add_to_cart: [['sku', 'quantity'], [], [false, false, false], true],
  set_cart_quantity: [['sku', 'quantity'], [], [false, true, true], true],
  remove_from_cart: [['sku'], [], [false, true, true], true],
  quote_checkout: [[], ['deliveryOption'], READS, true],
  place_order: [['confirmationId'], ['voiceCode'], [false, true, true], true],
  order_status: [[], ['orderId'], READS, true],
  list_orders: [[], [], READS, true],
  cancel_order: [['orderId'], [], [false, true, true], true],
  store_info: [['topic'], [], READS, false],
  request_human: [['reason'], [], [false, false, false], true],
};

const tool = (name: string): Tool => tools.find((t) => t.name === name)!;
const property = (name: string, arg: string) =>
  (tool(name).inputSchema.properties as Record<string, Record<string, unknown>>)[arg]!;

describe('initialize', () => {
  it('names the server, offers tools, and tells the assistant the purchase rule', () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'voice-commerce-store' });
    expect(client.getServerCapabilities()?.tools).toBeDefined();
    expect(client.getInstructions()).toMatch(/quote_checkout.*readBack.*explicit yes.*place_order/s);
  });
});

describe('tools/list', () => {
  it('lists exactly the thirteen store tools', () => {
    expect(tools.map((t) => t.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    '%s: its arguments, required and optional',
    (name, [required, optional]) => {
      const schema = tool(name).inputSchema;
      expect(schema.type).toBe('object');
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...required, ...optional].sort());
      expect((schema.required ?? []).slice().sort()).toEqual(required.slice().sort());
      for (const arg of [...required, ...optional]) {
        expect(typeof property(name, arg).description).toBe('string');
      }
    },
  );

  it.each(Object.entries(EXPECTED))('%s: all four annotations, stated truthfully', (name, [, , hints]) => {
    const [readOnlyHint, destructiveHint, idempotentHint] = hints;
    expect(tool(name).annotations).toEqual({
      title: tool(name).title,
      readOnlyHint,
      destructiveHint,
      idempotentHint,
      openWorldHint: false,
    });
  });

  it.each(Object.entries(EXPECTED))(
    '%s: a title, and a description that says when a shopper must sign in',
    (name, [, , , personal]) => {
      expect(tool(name).title).toMatch(/^[A-Z]/);
      expect(tool(name).description!.length).toBeGreaterThan(40);
      expect(tool(name).description!.includes("shopper's own sign-in")).toBe(personal);
    },
  );

  it('types each argument as the tools validate it', () => {
    expect(property('search_products', 'query')).toMatchObject({
      type: 'string',
      minLength: 1,
      maxLength: 200,
    });
    expect(property('search_products', 'maxPrice')).toMatchObject({ type: 'integer', minimum: 0 });
    expect(property('search_products', 'sort')).toMatchObject({
      enum: ['relevance', 'price_low_to_high', 'price_high_to_low'],
    });
    expect(property('add_to_cart', 'quantity')).toMatchObject({ type: 'integer', minimum: 1 });
    expect(property('set_cart_quantity', 'quantity')).toMatchObject({ type: 'integer', minimum: 0 });
    expect(property('get_product', 'sku')).toMatchObject({ type: 'string', minLength: 1, maxLength: 64 });
    expect(property('store_info', 'topic')).toMatchObject({
      enum: ['returns', 'warranty', 'substitutions', 'address', 'delivery', 'hours'],
    });
    expect(property('request_human', 'reason')).toMatchObject({ type: 'string', maxLength: 500 });
    const code = property('place_order', 'voiceCode');
    expect(code.type).toBe('string');
    const pattern = new RegExp(code.pattern as string);
    expect(['1234', '12 34', '1-2-3-4'].every((c) => pattern.test(c))).toBe(true);
    expect(['123', '12345', 'abcd'].some((c) => pattern.test(c))).toBe(false);
  });
});
