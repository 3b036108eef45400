/**
 * Reading a cart with the products of its lines, so every price spoken from it is today's. Prices are
 * never taken from a cache nor from the cart alone: the cart keeps the price a line was added at, and
 * each read fetches the lines' products with the cart in the same request. Which products to fetch
 * comes from the turn's cart session (the skus the cart held when this session last saw it); a line
 * the session did not know about costs one more read, never a stale price.
 */
import type { Cart, Product } from './model';
import type { CartRepository } from './ports';

/** At most this many skus are remembered from one read to the next. */
export const MAX_SESSION_SKUS = 50;

/** Extra reads for lines that appeared since the session last saw the cart, before giving up on them. */
const CATCH_UP_READS = 2;

/**
 * What one turn knows about its customer's cart beyond the table: never trusted as the cart, only
 * as which products to read with it. Bound to the turn's verified customer.
 */
export interface CartSession {
  readonly customerId: string;
  /** The skus the cart held when last seen; updated by every read and change in the turn. */
  skus: readonly string[];
  /** The cart as read when the turn opened (with the account link): used by the turn's first read. */
  opened?: Cart;
}

/** A cart and the products of its lines, by sku. */
export interface CoveredCart {
  readonly cart: Cart;
  readonly products: ReadonlyMap<string, Product>;
}

const unique = (skus: readonly string[]): string[] => [...new Set(skus)];

/**
 * Reads the customer's cart with the products of `extra` and of every line: one request when the
 * session knows the lines (or the cart is empty), one more per round of lines it did not know.
 */
export async function readCovered(
  carts: CartRepository,
  customerId: string,
  extra: readonly string[],
  session: CartSession | undefined,
): Promise<CoveredCart> {
  const known = session?.customerId === customerId ? session : undefined;
  let asked = unique([...extra, ...(known?.skus ?? [])]);
  const opened = known?.opened;
  if (known) known.opened = undefined;
  let read =
    opened && extra.length === 0 ? { cart: opened, products: [] } : await readWith(carts, customerId, asked);
  const products = new Map(read.products.map((p) => [p.sku, p]));
  for (let round = 0; round < CATCH_UP_READS; round++) {
    const missing = unique(read.cart.lines.map((line) => line.sku).filter((sku) => !asked.includes(sku)));
    if (missing.length === 0) break;
    asked = [...asked, ...missing];
    // The cart comes again with them: a line added meanwhile is seen, and asked for in the next round.
    read = await carts.getWithProducts(customerId, missing);
    for (const product of read.products) products.set(product.sku, product);
  }
  rememberCart(known, read.cart);
  return { cart: read.cart, products };
}

async function readWith(
  carts: CartRepository,
  customerId: string,
  skus: readonly string[],
): Promise<{ cart: Cart; products: readonly Product[] }> {
  return skus.length > 0
    ? carts.getWithProducts(customerId, skus)
    : { cart: await carts.get(customerId), products: [] };
}

/** Records a cart just read or saved: its skus for the session's next read, and no opening copy. */
export function rememberCart(session: CartSession | undefined, cart: Cart): void {
  if (session?.customerId !== cart.customerId) return;
  session.skus = cart.lines.map((line) => line.sku).slice(0, MAX_SESSION_SKUS);
  session.opened = undefined;
}
