/**
 * The understanding corpus stays usable: both parts follow the schema, the hold-out is 30% of at
 * least 400 cases, at least half the cases come from somewhere other than our own invention, every
 * class is in both parts, and every product a case names or starts with exists in the demo store in
 * the quantity the case needs. Not the scores: those are measured by `npm run bench -- understanding`.
 */
import { demoCatalog } from '../../bench/search-eval-catalogs';
import {
  alternativesOf,
  loadPart,
  type CorpusCase,
  type Expectation,
  type ProductRef,
} from '../../bench/understanding-corpus';
import type { Product } from '../../lambda/domain/model';

const development = loadPart('development');
const holdout = loadPart('hold-out');
const all = [...development, ...holdout];
let products: ReadonlyMap<string, Product>;

beforeAll(async () => {
  products = new Map((await demoCatalog()).products.map((p) => [p.sku, p]));
});

function refsOf(e: Expectation): ProductRef[] {
  const cart = typeof e.cart === 'object' ? e.cart : {};
  const reply = e.reply ?? {};
  return [
    ...(cart.add ?? []).map((i) => i.product),
    ...(cart.remove ?? []),
    ...(cart.set ?? []).map((i) => i.product),
    ...(reply.names ?? []),
    ...(reply.first ? [reply.first] : []),
    ...(reply.priceOf ? [reply.priceOf] : []),
  ];
}

const refsOfCase = (c: CorpusCase): ProductRef[] => alternativesOf(c).flatMap(refsOf);

describe('the understanding corpus', () => {
  it('has at least 400 cases, 30% of them in the hold-out and at least 120 there', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(holdout.length).toBeGreaterThanOrEqual(120);
    expect(Math.abs(holdout.length / all.length - 0.3)).toBeLessThan(0.01);
  });

  it('numbers the cases of each part uniquely, H for the hold-out and D for development', () => {
    expect(holdout.every((c) => c.id.startsWith('H'))).toBe(true);
    expect(development.every((c) => c.id.startsWith('D'))).toBe(true);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it('takes at least half its cases from sources other than our own invention', () => {
    const sourced = all.filter((c) => c.source.kind !== 'invented').length;
    expect(sourced / all.length).toBeGreaterThanOrEqual(0.5);
  });

  it('covers every class in both parts', () => {
    const classesOf = (cases: readonly CorpusCase[]) => [...new Set(cases.map((c) => c.class))].sort();
    expect(classesOf(holdout)).toEqual(classesOf(development));
  });

  it('names only products of the demo store', () => {
    const unknown = all.flatMap((c) =>
      refsOfCase(c)
        .flatMap((ref) => (typeof ref === 'string' ? [ref] : Array.isArray(ref) ? ref : []))
        .filter((sku) => !products.has(sku))
        .map((sku) => `${c.id}: ${sku}`),
    );
    expect(unknown).toEqual([]);
  });

  it('refers to a product heard only in cases whose setup can have named one', () => {
    const blind = all.filter(
      (c) => !c.setup && refsOfCase(c).some((ref) => typeof ref === 'object' && !Array.isArray(ref)),
    );
    expect(blind.map((c) => c.id)).toEqual([]);
  });

  it('starts from carts and orders the demo store has the stock for', () => {
    const short = all.flatMap((c) =>
      [...(c.state?.cart ?? []), ...(c.state?.orders ?? []).flatMap((o) => o.lines)]
        .filter((line) => (products.get(line.sku)?.stock ?? 0) < line.quantity)
        .map((line) => `${c.id}: ${line.quantity} x ${line.sku}`),
    );
    expect(short).toEqual([]);
  });

  it('gives every case an expectation that checks something', () => {
    const empty = all.filter((c) => alternativesOf(c).some((e) => Object.keys(e).length === 0));
    expect(empty.map((c) => c.id)).toEqual([]);
  });
});
