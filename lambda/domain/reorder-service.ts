/**
 * Reorder: the last order, "the usual", or one product again, repriced at today's price. Every line
 * is reported: available, repriced (with the old and new price), short (less stock than wanted) or
 * unavailable. Nothing is silently dropped.
 */
import type { Money, Order, Product } from './model';
import type { CatalogRepository, OrderRepository } from './ports';
import { findPastItem, itemsOf, pastSkus, usualItems, type PastItem } from './reorder-rules';

/** How one past line fares today. */
export interface ReorderLine {
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly status: 'available' | 'repriced' | 'short' | 'unavailable';
  readonly previousUnitPrice: Money;
  /** Today's price, when the product still exists. */
  readonly unitPrice?: Money;
  /** How many can be ordered now (the quantity, less when short, 0 when unavailable). */
  readonly orderableQuantity: number;
}

/** A reorder ready to read back and confirm. */
export interface ReorderPreview {
  readonly source: 'last' | 'usual' | 'product';
  /** The order it repeats (last order, or where the product was last bought). */
  readonly basedOnOrderId?: string;
  readonly lines: readonly ReorderLine[];
  /** The lines and quantities that can be ordered now. */
  readonly orderable: readonly { readonly sku: string; readonly quantity: number }[];
}

/** Builds reorders from history. */
export class ReorderService {
  constructor(
    private readonly orders: OrderRepository,
    private readonly catalog: CatalogRepository,
    private readonly historyDepth = 10,
  ) {}

  /** The last order again; undefined when there is no order yet. */
  async previewLast(customerId: string): Promise<ReorderPreview | undefined> {
    const [last] = await this.orders.recent(customerId, 1);
    if (!last) return undefined;
    return this.preview('last', itemsOf(last), last.orderId);
  }

  /** The usual; undefined when there is no history. */
  async previewUsual(customerId: string): Promise<ReorderPreview | undefined> {
    const items = usualItems(await this.orders.recent(customerId, this.historyDepth));
    if (items.length === 0) return undefined;
    return this.preview('usual', items);
  }

  /**
   * One product bought before, found by sku or by the shopper's words; undefined when never bought.
   * When no past product's name matches, the past products are read in one batch and matched by
   * brand, category and synonyms too (a rare turn; the products read are reused for the preview).
   */
  async previewProduct(
    customerId: string,
    phrase: string,
    sku?: string,
  ): Promise<ReorderPreview | undefined> {
    const history: Order[] = await this.orders.recent(customerId, this.historyDepth);
    let item = findPastItem(history, phrase, sku);
    let known: Product[] | undefined;
    if (!item) {
      const skus = pastSkus(history);
      if (skus.length === 0) return undefined;
      known = await this.catalog.getMany(skus);
      item = findPastItem(history, phrase, sku, new Map(known.map((p) => [p.sku, p])));
      if (!item) return undefined;
    }
    const chosen = item;
    const from = history.find((o) => o.quote.lines.some((l) => l.sku === chosen.sku));
    return this.preview('product', [chosen], from?.orderId, known);
  }

  private async preview(
    source: ReorderPreview['source'],
    items: PastItem[],
    orderId?: string,
    known?: readonly Product[],
  ): Promise<ReorderPreview> {
    const read = known ?? (await this.catalog.getMany(items.map((i) => i.sku)));
    const products = new Map(read.map((p) => [p.sku, p]));
    const lines = items.map((item) => judge(item, products.get(item.sku)));
    return {
      source,
      ...(orderId ? { basedOnOrderId: orderId } : {}),
      lines,
      orderable: lines
        .filter((l) => l.orderableQuantity > 0)
        .map((l) => ({ sku: l.sku, quantity: l.orderableQuantity })),
    };
  }
}

function judge(item: PastItem, product: Product | undefined): ReorderLine {
  const base = {
    sku: item.sku,
    name: product?.name ?? item.name,
    quantity: item.quantity,
    previousUnitPrice: item.lastUnitPrice,
  };
  if (!product || product.stock <= 0) return { ...base, status: 'unavailable', orderableQuantity: 0 };
  const orderableQuantity = Math.min(item.quantity, product.stock);
  const status =
    orderableQuantity < item.quantity
      ? 'short'
      : product.price.amount !== item.lastUnitPrice.amount
        ? 'repriced'
        : 'available';
  return { ...base, status, unitPrice: product.price, orderableQuantity };
}
