/**
 * Reorder rules over order history: "the usual" (the products bought most often over recent
 * orders) and finding a product bought before from the words a shopper uses ("the coffee"), by
 * its name or, when no name matches, by its brand, category or synonyms.
 */
import type { Money, Order, Product } from './model';

/** A product bought before, with how many of it to order again. */
export interface PastItem {
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  /** The unit price last paid. */
  readonly lastUnitPrice: Money;
}

const COUNTED: ReadonlySet<string> = new Set([
  'placed',
  'confirmed',
  'packed',
  'shipped',
  'out_for_delivery',
  'delivered',
]);

/** Orders that were not cancelled or returned, newest first as given. */
function kept(orders: readonly Order[]): Order[] {
  return orders.filter((o) => COUNTED.has(o.status));
}

/** The items of one order as past items. */
export function itemsOf(order: Order): PastItem[] {
  return order.quote.lines.map((l) => ({
    sku: l.sku,
    name: l.name,
    quantity: l.quantity,
    lastUnitPrice: l.unitPrice,
  }));
}

/**
 * The usual: products that appear in at least two of the recent orders (or every product of the only
 * order), most often first, ties broken by recency; the quantity is the one bought most often.
 */
export function usualItems(orders: readonly Order[], maxItems = 12): PastItem[] {
  const history = kept(orders);
  if (history.length === 0) return [];
  if (history.length === 1) return itemsOf(history[0]!).slice(0, maxItems);
  const stats = new Map<
    string,
    { item: PastItem; orders: number; firstSeen: number; quantities: Map<number, number> }
  >();
  history.forEach((order, index) => {
    for (const item of itemsOf(order)) {
      const entry = stats.get(item.sku) ?? {
        item,
        orders: 0,
        firstSeen: index,
        quantities: new Map<number, number>(),
      };
      entry.orders += 1;
      entry.quantities.set(item.quantity, (entry.quantities.get(item.quantity) ?? 0) + 1);
      stats.set(item.sku, entry);
    }
  });
  return [...stats.values()]
    .filter((s) => s.orders >= 2)
    .sort((a, b) => b.orders - a.orders || a.firstSeen - b.firstSeen)
    .slice(0, maxItems)
    .map((s) => {
      const quantity = [...s.quantities].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
      return { ...s.item, quantity };
    });
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'some',
  'my',
  'of',
  'again',
  'more',
  'that',
  'those',
  'this',
  'same',
]);

/** What a past product is also known by: its brand, category and synonyms, by sku. */
export type KnownAs = ReadonlyMap<string, Pick<Product, 'brand' | 'category' | 'synonyms'>>;

function wordsKnown(item: PastItem, knownAs?: KnownAs): Set<string> {
  const known = knownAs?.get(item.sku);
  const other = known ? [known.brand ?? '', known.category ?? '', ...known.synonyms] : [];
  return new Set(words([item.name, ...other].join(' ')));
}

/**
 * The product bought before that best matches the shopper's words, from the most recent order that
 * has it; undefined when nothing bought before matches. The words are matched against the product
 * names; with `knownAs`, also against each past product's brand, category and synonyms ("the
 * coffee" finds "Lavazza Espresso Italiano"). On equal matches the most recent purchase wins.
 */
export function findPastItem(
  orders: readonly Order[],
  phrase: string,
  sku?: string,
  knownAs?: KnownAs,
): PastItem | undefined {
  const history = kept(orders);
  if (sku) {
    for (const order of history) {
      const hit = itemsOf(order).find((i) => i.sku === sku);
      if (hit) return hit;
    }
  }
  const wanted = words(phrase);
  if (wanted.length === 0) return undefined;
  let best: { item: PastItem; score: number } | undefined;
  for (const order of history) {
    for (const item of itemsOf(order)) {
      const have = wordsKnown(item, knownAs);
      const score = wanted.filter((w) => have.has(w)).length / wanted.length;
      // Orders come newest first: a later equal match never replaces the more recent one.
      if (score > 0 && (!best || score > best.score)) best = { item, score };
    }
  }
  return best && best.score >= 0.5 ? best.item : undefined;
}

/** The skus bought in the orders that count (not cancelled or returned), each once. */
export function pastSkus(orders: readonly Order[]): string[] {
  return [...new Set(kept(orders).flatMap((o) => o.quote.lines.map((l) => l.sku)))];
}
