/**
 * The one rule that decides when a search answer may be acted on: a full match (every word the
 * search matched on is in the product's name, brand, synonyms, category or size), not too close
 * to call, else a question or an offer; and the list a search reads (only the full matches).
 */
import type { Product } from '../../lambda/domain/model';
import type { SearchResult } from '../../lambda/domain/ports';
import { judge, resultList } from '../../lambda/conversation/products/search-confidence';
import { product } from '../support/store-fixture';

const jerky = product('SNK-024', 'Beef Jerky Original', 699, {
  brand: "Jack Link's",
  category: 'Snacks',
  synonyms: ['jerky', 'beef jerky', 'meat snack'],
});
const bananas = product('PRO-001', 'Bananas', 69, { category: 'Produce' });
const organic = product('PRO-002', 'Organic Bananas', 99, { category: 'Produce' });
const creamy = product('PAN-018', 'Creamy Peanut Butter', 349);
const crunchy = product('PAN-019', 'Crunchy Peanut Butter', 349);
const ketchup = product('PAN-035', 'Tomato Ketchup', 329, { brand: 'Heinz' });
const brownie = product('ICE-BJ', "Ben & Jerry's Chocolate Fudge Brownie", 599, { brand: "Ben & Jerry's" });
const almond = product('DAI-010', 'Unsweetened Almond Milk', 379, { synonyms: ['almond milk'] });

function result(terms: string, hits: [Product, number][], ambiguous = false): SearchResult {
  return {
    hits: hits.map(([p, score]) => ({ product: p, score })),
    total: hits.length,
    ambiguous,
    constraints: {},
    terms,
  };
}

describe('judge', () => {
  it('acts on a full match, the search stems and word splits included', () => {
    expect(judge(result('beef jerki', [[jerky, 1.03]]))).toEqual({ kind: 'confident', product: jerky });
    expect(judge(result('jack link jerki', [[jerky, 1.03]]))).toMatchObject({ kind: 'confident' });
    expect(judge(result('all mond milk', [[almond, 0.95]]))).toMatchObject({ kind: 'confident' });
  });

  it('never acts on a partial match: it is offered, and says some words were found', () => {
    expect(judge(result('dragon fruit jerki', [[jerky, 0.74]]))).toEqual({
      kind: 'closest',
      product: jerky,
      partly: true,
    });
  });

  it('offers a match on none of the words (a synonym) only when it scores like one, never a sound-alike', () => {
    expect(judge(result('catsup', [[ketchup, 0.93]]))).toEqual({
      kind: 'closest',
      product: ketchup,
      partly: false,
    });
    // "jerky" sounds like "Jerry's": no word of it is in the product.
    expect(judge(result('jerki', [[brownie, 0.77]]))).toEqual({ kind: 'none' });
    expect(judge(result('purple carrot', [[jerky, 0.3]]))).toEqual({ kind: 'none' });
  });

  it('asks between two full matches too close to call, unless only one has its whole name said', () => {
    expect(
      judge(
        result(
          'peanut butter',
          [
            [creamy, 1.04],
            [crunchy, 1.03],
          ],
          true,
        ),
      ),
    ).toEqual({
      kind: 'choose',
      first: creamy,
      second: crunchy,
    });
    expect(
      judge(
        result(
          'banana',
          [
            [bananas, 1.04],
            [organic, 1.038],
          ],
          true,
        ),
      ),
    ).toEqual({
      kind: 'confident',
      product: bananas,
    });
    expect(
      judge(
        result(
          'banana',
          [
            [organic, 1.04],
            [bananas, 1.038],
          ],
          true,
        ),
      ),
    ).toEqual({
      kind: 'confident',
      product: bananas,
    });
  });

  it('prefers the full match of two too close to call; trusts the platform’s resolution; nothing is none', () => {
    expect(
      judge(
        result(
          'beef jerki',
          [
            [brownie, 1.0],
            [jerky, 0.99],
          ],
          true,
        ),
      ),
    ).toEqual({
      kind: 'confident',
      product: jerky,
    });
    expect(judge(result('dragon fruit', [[jerky, 1.5]]), 'SNK-024')).toMatchObject({ kind: 'confident' });
    expect(judge(result('unicorn', []))).toEqual({ kind: 'none' });
  });
});

describe('resultList', () => {
  it('keeps only the full matches, counted, when some hits match only part of what was said', () => {
    const list = resultList(
      result('peanut butter', [
        [creamy, 1.04],
        [crunchy, 1.03],
        [jerky, 0.6],
      ]),
    );
    expect(list).toEqual({ products: [creamy, crunchy], total: 2, weak: false });
  });

  it('keeps the search total when every hit returned is a full match', () => {
    const all = {
      ...result('peanut butter', [
        [creamy, 1.04],
        [crunchy, 1.03],
      ]),
      total: 9,
    };
    expect(resultList(all)).toMatchObject({ total: 9, weak: false });
  });

  it('marks a list with no full match as weak, and leaves out what is not worth offering', () => {
    expect(
      resultList(
        result('dragon fruit jerki', [
          [jerky, 0.74],
          [brownie, 0.77],
        ]),
      ),
    ).toEqual({
      products: [jerky],
      total: 1,
      weak: true,
    });
  });
});

it('lists only the weak hits that come close to the best one', () => {
  const oats = product('PAN-001', 'Old Fashioned Oats', 649);
  const oatMilk = product('DAI-007', 'Oat Milk Original', 599, { brand: 'Oatly' });
  const barista = product('DAI-008', 'Oat Milk Barista Edition', 499, { brand: 'Oatly' });
  const list = resultList(
    result('oat lee milk', [
      [oatMilk, 0.92],
      [barista, 0.91],
      [oats, 0.61],
    ]),
  );
  expect(list).toEqual({ products: [oatMilk, barista], total: 2, weak: true });
});
