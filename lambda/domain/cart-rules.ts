/**
 * Cart rules: quantity limits, stock checks and line arithmetic. Pure functions over Cart values.
 */
import { DomainError } from './errors';
import type { Cart, CartLine, Money, Product } from './model';
import { sum, times } from './money';

/** Refuses a quantity that is not a whole number from 1 to the store's per-line maximum. */
export function assertQuantity(quantity: number, max: number): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > max) {
    throw new DomainError('QUANTITY_INVALID', `quantity ${quantity} outside 1..${max}`, {
      min: 1,
      max,
      requested: quantity,
    });
  }
}

/** Refuses a quantity the store cannot supply right now. */
export function assertInStock(product: Product, quantity: number): void {
  if (product.stock < quantity) {
    throw new DomainError('OUT_OF_STOCK', `${product.sku} has ${product.stock}`, {
      sku: product.sku,
      productName: product.name,
      available: product.stock,
    });
  }
}

/** The cart's line for a sku, if any. */
export function findLine(cart: Cart, sku: string): CartLine | undefined {
  return cart.lines.find((line) => line.sku === sku);
}

/** A cart line for a product at a quantity, with today's price as the snapshot. */
export function lineFor(product: Product, quantity: number): CartLine {
  return {
    sku: product.sku,
    name: product.name,
    ...(product.brand ? { brand: product.brand } : {}),
    ...(product.size ? { size: product.size } : {}),
    quantity,
    unitPrice: product.price,
  };
}

/**
 * The cart with every line at its product's price now; a line whose product was not read (gone from
 * the catalog) keeps the price it was added at. The same cart when no price moved.
 */
export function atCurrentPrices(cart: Cart, products: ReadonlyMap<string, Product>): Cart {
  const moved = (line: CartLine) => {
    const price = products.get(line.sku)?.price;
    return (
      price !== undefined &&
      (price.amount !== line.unitPrice.amount || price.currency !== line.unitPrice.currency)
    );
  };
  if (!cart.lines.some(moved)) return cart;
  return {
    ...cart,
    lines: cart.lines.map((line) =>
      moved(line) ? { ...line, unitPrice: products.get(line.sku)!.price } : line,
    ),
  };
}

/** The cart with one line replaced (or appended, or removed when quantity is 0). */
export function withLine(cart: Cart, line: CartLine | undefined, sku: string): Cart {
  const others = cart.lines.filter((l) => l.sku !== sku);
  const index = cart.lines.findIndex((l) => l.sku === sku);
  const lines = line
    ? index >= 0
      ? cart.lines.map((l) => (l.sku === sku ? line : l))
      : [...others, line]
    : others;
  return { ...cart, lines };
}

/** The cart's subtotal at its snapshot prices. */
export function cartSubtotal(cart: Cart, currency: string): Money {
  return sum(
    cart.lines.map((l) => times(l.unitPrice, l.quantity)),
    currency,
  );
}

/** How many units the cart holds. */
export function itemCount(cart: Cart): number {
  return cart.lines.reduce((n, l) => n + l.quantity, 0);
}
