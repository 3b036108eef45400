/**
 * Orders the scored hits of one search. By relevance, the score decides. With a spoken order
 * ("cheapest", "most popular") the products that match what was said compete on price or
 * popularity, in stock first, ahead of the rest: a product matches when it covers about as much of
 * the phrase as the best one and either is named about as well or is what was said (the head word of
 * its own name was said: "cheapest coffee" counts "French Roast Whole Bean Coffee" and "Cold Brew
 * Coffee Concentrate", not "Coffee Filters"; or, when no product's own name says it, exactly that of
 * a short other name: "cheapest pasta" counts Elbow Macaroni, known as "elbow pasta", though a
 * synonym covers less of the phrase).
 */
import type { SearchConstraints } from '../../domain/ports';
import type { IndexData } from './index-data';

/** A scored hit. */
export interface Hit {
  readonly id: number;
  readonly text: number;
  readonly query: number;
  readonly head: number;
  readonly alias: number;
  readonly score: number;
}

/** The hits with the best text and query coverage among them. */
export interface FoundHits {
  readonly hits: Hit[];
  readonly bestText: number;
  readonly bestQuery: number;
}

/** With an order, products within this share of the best query coverage compete... */
const SORT_QUERY_SHARE = 0.9;
/** ...when their text score is within this share of the best, */
const SORT_TEXT_SHARE = 0.9;
/** ...or their head word was matched at least this well; */
const SORT_HEAD_MATCH = 0.8;
/** or they cover this share of it and what was said is one of their short other names' head word. */
const SORT_ALIAS_QUERY_SHARE = 0.8;

/** The order asked for in the constraints. */
function sortOf(constraints: SearchConstraints): 'price' | 'popularity' | undefined {
  return constraints.cheapest ? 'price' : constraints.mostPopular ? 'popularity' : undefined;
}

/** Orders the hits in place; returns whether the top two are too close to call. */
export function orderHits(
  index: IndexData,
  found: FoundHits,
  constraints: SearchConstraints,
  margin: number,
): boolean {
  const { hits, bestText, bestQuery } = found;
  const sort = sortOf(constraints);
  if (sort === undefined) {
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
    const [a, b] = hits;
    return a !== undefined && b !== undefined && a.score - b.score < margin;
  }
  const { stock, price, popularity } = index.products;
  const key = sort === 'price' ? (h: Hit) => price[h.id]! : (h: Hit) => -popularity[h.id]!;
  const named = (h: Hit): boolean => h.query >= SORT_QUERY_SHARE * bestQuery && h.head >= SORT_HEAD_MATCH;
  // Other names count only when no product is, by its own name, what was said.
  const byAlias = !hits.some(named);
  const matches = (h: Hit): boolean =>
    (h.query >= SORT_QUERY_SHARE * bestQuery && h.text >= SORT_TEXT_SHARE * bestText) ||
    named(h) ||
    (byAlias && h.alias >= 1 && h.query >= SORT_ALIAS_QUERY_SHARE * bestQuery);
  const out = (h: Hit): number => (stock[h.id]! > 0 ? 0 : 1);
  hits.sort(
    (a, b) =>
      Number(matches(b)) - Number(matches(a)) || out(a) - out(b) || key(a) - key(b) || b.score - a.score,
  );
  const [a, b] = hits;
  return a !== undefined && b !== undefined && key(a) === key(b) && matches(b);
}
