/**
 * The structured content of the tools: products, carts and orders as an assistant sees them, money
 * always as minor units plus a formatted string, and nothing the shopper may not see (no stock
 * counts, no other customer's data, no internal versions).
 */
import type { CartView } from '../../domain/cart-service';
import type { CartLine, Order, OrderLine, Product } from '../../domain/model';
import { times } from '../../domain/money';
import type { Phrasing } from './phrasing';

/** How many lines a spoken summary names before "and N more". */
export const SPOKEN_LINES = 3;

/** A product as tools show it. */
export function productView(product: Product, say: Phrasing) {
  return {
    sku: product.sku,
    name: product.name,
    ...(product.brand ? { brand: product.brand } : {}),
    ...(product.size ? { size: product.size } : {}),
    ...(product.category ? { category: product.category } : {}),
    price: say.money(product.price),
    inStock: product.stock > 0,
  };
}

/** A product's spoken name: brand first when the name does not already say it. */
export function spokenName(item: { name: string; brand?: string }): string {
  const { name, brand } = item;
  return brand && !name.toLowerCase().includes(brand.toLowerCase()) ? `${brand} ${name}` : name;
}

/** One cart line. */
export function cartLineView(line: CartLine, say: Phrasing) {
  return {
    sku: line.sku,
    name: line.name,
    ...(line.brand ? { brand: line.brand } : {}),
    ...(line.size ? { size: line.size } : {}),
    quantity: line.quantity,
    unitPrice: say.money(line.unitPrice),
    lineTotal: say.money(times(line.unitPrice, line.quantity)),
  };
}

/** The cart with its count and subtotal. */
export function cartView(view: CartView, say: Phrasing) {
  return {
    lines: view.cart.lines.map((line) => cartLineView(line, say)),
    itemCount: view.itemCount,
    subtotal: say.money(view.subtotal),
  };
}

/** "2 Oat Milk, 1 Eight Grain Bread and 3 more", naming at most three lines. */
export function spokenLines(lines: readonly (CartLine | OrderLine)[], say: Phrasing): string {
  const named = lines.slice(0, SPOKEN_LINES).map((l) => `${l.quantity} ${spokenName(l)}`);
  const rest = lines.length - named.length;
  return say.list(rest > 0 ? [...named, `${rest} more`] : named);
}

/** "Your cart has 3 items: ... The subtotal is $12.77." */
export function spokenCart(view: CartView, say: Phrasing): string {
  if (view.cart.lines.length === 0) return 'The cart is empty.';
  return (
    `The cart has ${say.count(view.itemCount, 'item', 'items')}: ${spokenLines(view.cart.lines, say)}. ` +
    `The subtotal is ${say.money(view.subtotal).formatted}.`
  );
}

/** An order as tools show it. */
export function orderView(order: Order, say: Phrasing) {
  const { quote } = order;
  return {
    orderId: order.orderId,
    status: order.status,
    placedAt: order.placedAt,
    lines: quote.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      unitPrice: say.money(l.unitPrice),
      lineTotal: say.money(l.lineTotal),
    })),
    delivery: {
      optionId: quote.delivery.optionId,
      name: quote.delivery.name,
      price: say.money(quote.delivery.price),
      expectedDate: quote.delivery.expectedDate,
    },
    subtotal: say.money(quote.subtotal),
    fees: quote.fees.map((f) => ({ name: f.name, amount: say.money(f.amount) })),
    tax: say.money(quote.tax),
    total: say.money(quote.total),
    payment: order.payment.status === 'due_on_delivery' ? 'pay on delivery' : 'authorized',
  };
}
