/**
 * A whole shop through the MCP server, driven by the SDK's own client over Streamable HTTP against
 * the dev server and DynamoDB Local: search, product details, the cart, the read-back, placing the
 * order, its status, the list of orders, cancelling, store questions and reaching a person. Each
 * step checks the structured content, money as minor units plus a formatted string, and the text
 * an assistant reads aloud; and what the table holds afterwards.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { localTime } from '../../lambda/domain/delivery';
import { call, startMcpTestStack, type McpTestStack, type MoneyJson } from '../support/mcp-stack';

let env: McpTestStack;
let shopper: Client;
const CUSTOMER = 'mcp-shopper-1';

beforeAll(async () => {
  env = await startMcpTestStack();
  shopper = await env.connect(await env.shopperToken(CUSTOMER));
});

afterAll(() => env.close());

const usd = (amount: number, formatted: string): MoneyJson => ({ amount, currency: 'USD', formatted });
/** Today in the store's time zone. */
const today = () => localTime(new Date(), env.settings.timeZone).date;
/** How a delivery day is said, today's or tomorrow's (store pickup and its cut-off). */
const dayOf = (date: string) => (date === today() ? 'today' : 'tomorrow');

describe('browsing', () => {
  it('search_products says the count first and names the best products with their prices', async () => {
    const found = await call(shopper, 'search_products', { query: 'oat milk' });
    expect(found.isError).toBe(false);
    expect(found.data.total).toBe(2);
    expect(found.data.products!.map((p) => p.sku).sort()).toEqual(['OAT-1', 'OAT-2']);
    const barista = found.data.products!.find((p) => p.sku === 'OAT-1')!;
    expect(barista).toMatchObject({ brand: 'Oatly', price: usd(499, '$4.99'), inStock: true });
    expect(found.text).toMatch(/^Found 2 products for oat milk\. The top 2: .*Oat Milk.*\$4\.99/);
  });

  it('search_products tolerates a misheard word, applies a price ceiling and sorts by price', async () => {
    const misheard = await call(shopper, 'search_products', { query: 'eight grain bred' });
    expect(misheard.data.products![0]!.sku).toBe('BRD-1');
    const cheap = await call(shopper, 'search_products', { query: 'oat milk', maxPrice: 500 });
    expect(cheap.data.products!.map((p) => p.sku)).toEqual(['OAT-1']);
    const sorted = await call(shopper, 'search_products', { query: 'oat milk', sort: 'price_high_to_low' });
    expect(sorted.data.products!.map((p) => p.sku)).toEqual(['OAT-2', 'OAT-1']);
    const none = await call(shopper, 'search_products', { query: 'oat milk', maxPrice: 100 });
    expect(none).toMatchObject({ isError: false, text: 'The store has nothing matching oat milk.' });
  });

  it('counts only products that match everything asked for, and says plainly when nothing does', async () => {
    const milk = await call(shopper, 'search_products', { query: 'barista oat milk' });
    expect(milk.data).toMatchObject({ total: 1, exact: true });
    expect(milk.data.products!.map((p) => p.sku)).toEqual(['OAT-1']);
    const close = await call(shopper, 'search_products', { query: 'oat yogurt' });
    expect(close.data).toMatchObject({ total: 0, exact: false });
    expect(close.data.products!.every((p) => p.sku.startsWith('OAT-'))).toBe(true);
    expect(close.text).toMatch(
      /^The store has nothing that matches oat yogurt exactly\. The closest: Oatly Oat Milk/,
    );
  });

  it('a sold-out product is found and said to be sold out', async () => {
    const found = await call(shopper, 'search_products', { query: 'granola' });
    expect(found.data.products![0]).toMatchObject({ sku: 'GONE-1', inStock: false });
    expect(found.text).toContain('sold out');
  });

  it('get_product gives the details and the delivery options with prices and arrival days', async () => {
    const details = await call(shopper, 'get_product', { sku: 'OAT-1' });
    expect(details.data.product).toMatchObject({
      sku: 'OAT-1',
      name: 'Oat Milk Barista Edition',
      size: '32 oz',
    });
    expect(details.data.deliveryOptions!.map((o) => o.optionId)).toEqual(['standard', 'express', 'pickup']);
    expect(details.data.deliveryOptions![0]!.price).toEqual(usd(499, '$4.99'));
    expect(details.text).toMatch(
      /^Oatly Oat Milk Barista Edition, 32 oz, \$4\.99, in stock\. With standard delivery, it would arrive /,
    );
  });
});

describe('the cart, the read-back and the order', () => {
  let confirmationId: string;
  let orderId: string;

  it('add_to_cart adds, and says what the cart now holds', async () => {
    const added = await call(shopper, 'add_to_cart', { sku: 'OAT-1', quantity: 2 });
    expect(added.isError).toBe(false);
    expect(added.data.cart).toMatchObject({ itemCount: 2, subtotal: usd(998, '$9.98') });
    expect(added.text).toBe(
      'Added 2 Oatly Oat Milk Barista Edition. The cart has 2 items: 2 Oatly Oat Milk Barista Edition. The subtotal is $9.98.',
    );
    await call(shopper, 'add_to_cart', { sku: 'BRD-1', quantity: 1 });
    await call(shopper, 'add_to_cart', { sku: 'TWL-1', quantity: 1 });
  });

  it('set_cart_quantity replaces a quantity, remove_from_cart takes a line out, get_cart reads it', async () => {
    const set = await call(shopper, 'set_cart_quantity', { sku: 'BRD-1', quantity: 3 });
    expect(set.data.cart!.lines.find((l) => l.sku === 'BRD-1')!.quantity).toBe(3);
    const removed = await call(shopper, 'remove_from_cart', { sku: 'TWL-1' });
    expect(removed.text).toMatch(/^Removed Bounty Paper Towels 6 Rolls\./);
    const cart = await call(shopper, 'get_cart');
    expect(cart.data.cart).toMatchObject({ itemCount: 5, subtotal: usd(2135, '$21.35') });
    expect(cart.data.cart!.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['OAT-1', 2],
      ['BRD-1', 3],
    ]);
  });

  it('quote_checkout reads back seller, items, delivery and the total with tax and fees', async () => {
    const quote = await call(shopper, 'quote_checkout', { deliveryOption: 'Store Pickup' });
    expect(quote.isError).toBe(false);
    expect(quote.data).toMatchObject({
      seller: env.settings.sellerName,
      subtotal: usd(2135, '$21.35'),
      delivery: { optionId: 'pickup', name: 'store pickup', price: usd(0, '$0.00') },
      // 8.875% of 21.35 is 1.89; plus the 10-cent bag fee.
      tax: usd(189, '$1.89'),
      total: usd(2334, '$23.34'),
      voiceCodeRequired: false,
    });
    // Pickup is today before its 6 pm cut-off (New York time), tomorrow after it.
    const day = dayOf(quote.data.delivery!.expectedDate);
    expect(quote.data.readBack).toBe(
      `Your order from ${env.settings.sellerName}: 2 Oat Milk Barista Edition and 3 Eight Grain Bread. ` +
        `Free store pickup, arriving ${day}. The total is $23.34, including $1.89 tax and $0.10 in fees. Shall I place the order?`,
    );
    expect(quote.text).toBe(quote.data.readBack);
    confirmationId = quote.data.confirmationId!;
    // It names what was read back: the cart version, the delivery option and the total.
    expect(confirmationId).toMatch(/^v\d+\.pickup\.2334$/);
  });

  it('quote_checkout placed nothing: the cart is unchanged and there is no order', async () => {
    expect((await call(shopper, 'get_cart')).data.cart!.itemCount).toBe(5);
    expect((await call(shopper, 'list_orders')).data.orders).toEqual([]);
  });

  it('place_order places exactly what was read back, and empties the cart', async () => {
    const placed = await call(shopper, 'place_order', { confirmationId });
    expect(placed.data.error).toBeUndefined();
    const order = placed.data.order!;
    orderId = order.orderId;
    expect(order).toMatchObject({ status: 'placed', total: usd(2334, '$23.34') });
    expect(order.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['OAT-1', 2],
      ['BRD-1', 3],
    ]);
    expect(placed.text).toBe(
      `The order is placed: 2 Oat Milk Barista Edition and 3 Eight Grain Bread. ` +
        `The order number is ${orderId}, arriving ${dayOf(order.delivery.expectedDate)}. You will pay when it arrives.`,
    );
    expect((await call(shopper, 'get_cart')).data.cart!.itemCount).toBe(0);
    expect((await env.stack.services.catalog.get('OAT-1')).stock).toBe(18);
  });

  it('order_status says where it is, and that it can still be cancelled', async () => {
    const status = await call(shopper, 'order_status', { orderId });
    expect(status.data).toMatchObject({ order: { orderId, status: 'placed' }, cancellable: true });
    expect(status.text).toBe(
      `Order ${orderId} has been placed. It is expected ${dayOf(status.data.order!.delivery.expectedDate)}.`,
    );
    const latest = await call(shopper, 'order_status');
    expect(latest.data.order!.orderId).toBe(orderId);
  });

  it('list_orders lists it, newest first', async () => {
    const listed = await call(shopper, 'list_orders');
    expect(listed.data.orders!.map((o) => o.orderId)).toEqual([orderId]);
    expect(listed.text).toBe(`1 recent order: order ${orderId}, $23.34, placed.`);
  });

  it('cancel_order cancels within the window, and the stock goes back', async () => {
    const cancelled = await call(shopper, 'cancel_order', { orderId });
    expect(cancelled.data.order).toMatchObject({ orderId, status: 'cancelled' });
    expect(cancelled.text).toBe(`Order ${orderId} is cancelled; nothing will be charged for it.`);
    expect((await env.stack.services.catalog.get('OAT-1')).stock).toBe(20);
    const again = await call(shopper, 'cancel_order', { orderId });
    expect(again).toMatchObject({ isError: true, code: 'ORDER_NOT_CANCELLABLE' });
    expect(again.text).toBe(
      `Order ${orderId} can no longer be cancelled: it is already delivered, cancelled or returned.`,
    );
  });
});

describe('store questions and a person', () => {
  it('store_info answers returns, warranty, delivery and hours from the store settings', async () => {
    expect((await call(shopper, 'store_info', { topic: 'returns' })).text).toBe(env.settings.returnPolicy);
    expect((await call(shopper, 'store_info', { topic: 'warranty' })).text).toBe(env.settings.warrantyPolicy);
    expect((await call(shopper, 'store_info', { topic: 'substitutions' })).text).toBe(
      env.settings.substitutionPolicy,
    );
    expect((await call(shopper, 'store_info', { topic: 'address' })).text).toBe(
      `${env.settings.name} is at 20 Elm Street.`,
    );
    const delivery = await call(shopper, 'store_info', { topic: 'delivery' });
    expect(delivery.text).toMatch(
      /^Ordered now: standard delivery, \$4\.99, arriving .*; store pickup, free, arriving (today|tomorrow)\. Standard delivery is free from \$35\.00\.$/,
    );
    const hours = await call(shopper, 'store_info', { topic: 'hours' });
    expect(hours.text).toMatch(
      /^The store is open today from 8:00 AM to 9:00 PM, and open tomorrow from 8:00 AM to 9:00 PM\.$/,
    );
  });

  it('request_human opens a ticket for the team and says when and how they answer', async () => {
    await call(shopper, 'add_to_cart', { sku: 'OAT-2', quantity: 1 });
    const asked = await call(shopper, 'request_human', { reason: 'My delivery address changed' });
    expect(asked.isError).toBe(false);
    expect(asked.text).toBe(
      `Ticket ${asked.data.ticketId as string} is open: the store's team answers ${env.settings.supportHours}. You can also call ${env.settings.supportPhone}.`,
    );
    const [ticket] = await env.stack.services.handoffQueue.listOpen(10);
    expect(ticket).toMatchObject({
      customerId: CUSTOMER,
      reason: 'My delivery address changed',
      context: { cartSkus: ['OAT-2'] },
    });
  });
});
