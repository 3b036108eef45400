/**
 * The purchase rules without a voice, through the SDK's client over Streamable HTTP: an order only
 * from quote_checkout's confirmation, exactly what was read back (a cart, price or stock changed
 * since is refused with the reason, and nothing is lost), once (a repeated or concurrent place_order
 * returns the same order), and the voice code with its lockout counted in the profile.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { call, startMcpTestStack, type McpTestStack } from '../support/mcp-stack';

let env: McpTestStack;

beforeAll(async () => {
  env = await startMcpTestStack();
});

afterAll(() => env.close());

let count = 0;
/** A new shopper's client, with a cart holding these lines. */
async function shopperWith(lines: Record<string, number>): Promise<{ client: Client; customerId: string }> {
  const customerId = `rules-${++count}`;
  const client = await env.connect(await env.shopperToken(customerId));
  for (const [sku, quantity] of Object.entries(lines)) {
    expect((await call(client, 'add_to_cart', { sku, quantity })).isError).toBe(false);
  }
  return { client, customerId };
}

const orders = (customerId: string) => env.stack.services.orders.recent(customerId, 10);
const cartOf = async (customerId: string) =>
  (await env.stack.services.cart.read(customerId)).cart.lines.map((l) => [l.sku, l.quantity]);

describe('no order without a quote', () => {
  it('refuses a confirmation no read-back gave, and buys nothing', async () => {
    const { client, customerId } = await shopperWith({ 'OAT-1': 1 });
    for (const confirmationId of ['abc', 'v0.standard.0', 'v1', 'standard', 'v1.standard.-5']) {
      const refused = await call(client, 'place_order', { confirmationId });
      expect(refused).toMatchObject({ isError: true, code: 'CONFIRMATION_INVALID' });
      expect(refused.text).toMatch(
        /^Nothing was read back under that confirmation\. Get the read-back with quote_checkout/,
      );
    }
    expect(await orders(customerId)).toEqual([]);
    expect(await cartOf(customerId)).toEqual([['OAT-1', 1]]);
  });

  it('refuses a made-up total or delivery option: placing is conditional on what the confirmation names', async () => {
    const { client, customerId } = await shopperWith({ 'OAT-1': 1 });
    const quote = await call(client, 'quote_checkout');
    const [version] = quote.data.confirmationId!.split('.');
    const wrongTotal = await call(client, 'place_order', { confirmationId: `${version}.standard.1` });
    expect(wrongTotal).toMatchObject({ isError: true, code: 'PRICE_CHANGED' });
    const wrongOption = await call(client, 'place_order', { confirmationId: `${version}.drone.1000` });
    expect(wrongOption).toMatchObject({ isError: true, code: 'DELIVERY_OPTION_UNKNOWN' });
    expect(await orders(customerId)).toEqual([]);
  });

  it('buys nothing from the read-only tools', async () => {
    const { client, customerId } = await shopperWith({ 'BRD-1': 2 });
    await call(client, 'quote_checkout');
    await call(client, 'quote_checkout', { deliveryOption: 'express' });
    await call(client, 'get_cart');
    await call(client, 'search_products', { query: 'bread' });
    expect(await orders(customerId)).toEqual([]);
    expect(await cartOf(customerId)).toEqual([['BRD-1', 2]]);
  });
});

describe('exactly what was read back', () => {
  it('refuses a cart changed since the quote, with the reason, and keeps the cart', async () => {
    const { client, customerId } = await shopperWith({ 'OAT-1': 1 });
    const quote = await call(client, 'quote_checkout');
    await call(client, 'add_to_cart', { sku: 'BRD-1', quantity: 1 });
    const refused = await call(client, 'place_order', { confirmationId: quote.data.confirmationId });
    expect(refused).toMatchObject({ isError: true, code: 'CART_CHANGED' });
    expect(refused.text).toBe(
      'The cart has changed since the order was read back, so nothing was ordered. Get a new read-back with quote_checkout and read it to the shopper first.',
    );
    expect(await orders(customerId)).toEqual([]);
    expect(await cartOf(customerId)).toEqual([
      ['OAT-1', 1],
      ['BRD-1', 1],
    ]);
    const fresh = await call(client, 'quote_checkout');
    const placed = await call(client, 'place_order', { confirmationId: fresh.data.confirmationId });
    expect(placed.data.order!.lines.map((l) => l.sku)).toEqual(['OAT-1', 'BRD-1']);
  });

  it('refuses a cart changed and changed back: same lines and total, but not the cart that was read back', async () => {
    const { client, customerId } = await shopperWith({ 'OAT-1': 1 });
    const quote = await call(client, 'quote_checkout');
    await call(client, 'set_cart_quantity', { sku: 'OAT-1', quantity: 2 });
    await call(client, 'set_cart_quantity', { sku: 'OAT-1', quantity: 1 });
    const again = await call(client, 'quote_checkout');
    expect(again.data.total).toEqual(quote.data.total);
    expect(again.data.confirmationId).not.toBe(quote.data.confirmationId);
    const refused = await call(client, 'place_order', { confirmationId: quote.data.confirmationId });
    expect(refused).toMatchObject({ isError: true, code: 'CART_CHANGED' });
    expect(await orders(customerId)).toEqual([]);
  });

  it('refuses a total changed by a new price, saying the new total', async () => {
    const { client, customerId } = await shopperWith({ 'OAT-2': 1 });
    const quote = await call(client, 'quote_checkout');
    const product = await env.stack.services.catalog.get('OAT-2');
    const catalog = new DynamoCatalogRepository(env.table.doc, env.table.tableName);
    const { version: _v, updatedAt: _u, ...input } = product;
    await catalog.upsert({ ...input, price: { amount: 649, currency: 'USD' } });
    try {
      const refused = await call(client, 'place_order', { confirmationId: quote.data.confirmationId });
      expect(refused).toMatchObject({ isError: true, code: 'PRICE_CHANGED' });
      expect(refused.text).toMatch(/^The total is now \$\d+\.\d\d, not what was read back\./);
      expect(await orders(customerId)).toEqual([]);
    } finally {
      await catalog.upsert(input);
    }
  });

  it('refuses stock gone since the quote, saying how many are left, and keeps the cart', async () => {
    const { client, customerId } = await shopperWith({ 'TWL-1': 4 });
    const quote = await call(client, 'quote_checkout');
    await env.stack.services.catalog.setStock('TWL-1', 2);
    try {
      const refused = await call(client, 'place_order', { confirmationId: quote.data.confirmationId });
      expect(refused).toMatchObject({ isError: true, code: 'OUT_OF_STOCK' });
      expect(refused.text).toBe('Only 2 of Paper Towels 6 Rolls are left.');
      expect(await cartOf(customerId)).toEqual([['TWL-1', 4]]);
      expect((await env.stack.services.catalog.get('TWL-1')).stock).toBe(2);
    } finally {
      await env.stack.services.catalog.setStock('TWL-1', 5);
    }
  });
});

describe('once', () => {
  it('returns the same order to a repeated place_order, and sells the stock once', async () => {
    const { client, customerId } = await shopperWith({ 'OAT-2': 3 });
    const stock = (await env.stack.services.catalog.get('OAT-2')).stock;
    const quote = await call(client, 'quote_checkout');
    const first = await call(client, 'place_order', { confirmationId: quote.data.confirmationId });
    const second = await call(client, 'place_order', { confirmationId: quote.data.confirmationId });
    expect(second.isError).toBe(false);
    expect(second.data.order!.orderId).toBe(first.data.order!.orderId);
    expect((await orders(customerId)).map((o) => o.orderId)).toEqual([first.data.order!.orderId]);
    expect((await env.stack.services.catalog.get('OAT-2')).stock).toBe(stock - 3);
  });

  it('places one order when the same confirmation arrives twice at once', async () => {
    const { client, customerId } = await shopperWith({ 'BRD-1': 1 });
    const other = await env.connect(await env.shopperToken(customerId));
    const quote = await call(client, 'quote_checkout');
    const [a, b] = await Promise.all([
      call(client, 'place_order', { confirmationId: quote.data.confirmationId }),
      call(other, 'place_order', { confirmationId: quote.data.confirmationId }),
    ]);
    expect([a.isError, b.isError]).toEqual([false, false]);
    expect(a.data.order!.orderId).toBe(b.data.order!.orderId);
    expect(await orders(customerId)).toHaveLength(1);
  });
});

describe('the voice code', () => {
  it('is asked for when set, and a missing one is not counted as wrong', async () => {
    const { client, customerId } = await shopperWith({ 'OAT-1': 1 });
    await env.stack.services.customers.setVoiceCode(customerId, '4321');
    const quote = await call(client, 'quote_checkout');
    expect(quote.data.voiceCodeRequired).toBe(true);
    expect(quote.data.readBack).toMatch(/Shall I place the order\? If so, please say your voice code\.$/);
    const missing = await call(client, 'place_order', { confirmationId: quote.data.confirmationId });
    expect(missing).toMatchObject({ isError: true, code: 'VOICE_CODE_REQUIRED' });
    expect((await env.stack.services.customers.profile(customerId)).voiceCodeFailures).toBe(0);
    const placed = await call(client, 'place_order', {
      confirmationId: quote.data.confirmationId,
      voiceCode: '43 21',
    });
    expect(placed.data.order!.status).toBe('placed');
  });

  it('counts a wrong code towards the lockout, in the profile, and locks purchases at the third', async () => {
    const { client, customerId } = await shopperWith({ 'OAT-1': 1 });
    await env.stack.services.customers.setVoiceCode(customerId, '4321');
    const quote = await call(client, 'quote_checkout');
    const place = (voiceCode: string) =>
      call(client, 'place_order', { confirmationId: quote.data.confirmationId, voiceCode });

    const wrong = await place('1111');
    expect(wrong).toMatchObject({ isError: true, code: 'VOICE_CODE_WRONG' });
    expect(wrong.data.error!.details).toEqual({ attemptsLeft: 2 });
    expect(wrong.text).toBe(
      'That voice code is not right. 2 tries are left before purchases lock for 15 minutes.',
    );
    expect((await env.stack.services.customers.profile(customerId)).voiceCodeFailures).toBe(1);

    expect((await place('2222')).code).toBe('VOICE_CODE_WRONG');
    const locked = await place('3333');
    expect(locked).toMatchObject({ isError: true, code: 'VOICE_CODE_LOCKED' });
    expect((await env.stack.services.customers.profile(customerId)).purchasesLockedUntil).toBeDefined();

    // Locked: even the right code buys nothing, and the read-back says so.
    expect((await place('4321')).code).toBe('VOICE_CODE_LOCKED');
    const lockedQuote = await call(client, 'quote_checkout');
    expect(lockedQuote.data.purchasesLockedUntil).toBeDefined();
    expect(lockedQuote.text).toMatch(/^Purchases are locked for a while/);
    expect(await orders(customerId)).toEqual([]);
    expect(await cartOf(customerId)).toEqual([['OAT-1', 1]]);
  });
});
