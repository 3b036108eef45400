/**
 * How the understanding benchmark judges a turn: which products a reply names and in what order,
 * what "the n-th product heard" stands for, prices as the skill says them, cart changes against an
 * expectation, alternatives, and wrong-product adds.
 */
import { demoCatalog } from '../../bench/search-eval-catalogs';
import { judge, type Snapshot, type TurnOutcome } from '../../bench/understanding-check';
import { caseSchema, type CorpusCase } from '../../bench/understanding-corpus';
import { ProductBook } from '../../bench/understanding-products';

let book: ProductBook;

beforeAll(async () => {
  book = new ProductBook((await demoCatalog()).products);
});

const snap = (cart: Record<string, number> = {}, handoffs = 0): Snapshot => ({
  cart: new Map(Object.entries(cart)),
  orders: new Map(),
  handoffs,
});

function outcome(parts: Partial<TurnOutcome>): TurnOutcome {
  return {
    said: '',
    reply: '',
    ended: false,
    fallback: false,
    problems: [],
    heard: [],
    before: snap(),
    after: snap(),
    ...parts,
  };
}

const aCase = (fields: Record<string, unknown>): CorpusCase =>
  caseSchema.parse({ id: 'D999', class: 'test', source: { kind: 'invented' }, say: 'x', ...fields });

describe('products named in a reply', () => {
  it('are found in order, the longest phrase winning, by brand and name or by name', () => {
    const list =
      'I found 2 matches for cheerios. First, General Mills Honey Nut Cheerios, 5 dollars and 49 cents. … Second, General Mills Cheerios, 5 dollars and 49 cents.';
    expect(book.named(list, 'find cheerios')).toEqual([['BRK-004'], ['BRK-003']]);
    expect(book.named('Added 2 Large White Eggs. Your cart has 2 items.')).toEqual([['DAI-028']]);
    expect(book.named('Ben & Jerry’s Cherry Garcia Ice Cream')).toEqual([['FRZ-002']]);
  });

  it('keep both products a name alone could be', () => {
    expect(book.named('Did you mean Whole Milk?')).toEqual([['DAI-001', 'DAI-003']]);
  });

  it('do not count the shopper’s own words echoed back', () => {
    expect(book.named("I couldn't find anything for lemons.", 'where are the lemons')).toEqual([]);
    expect(book.named('Corner Market Lemons, 79 cents each.', 'where are the lemons')).toEqual([['PRO-007']]);
    expect(book.named('Added 2 Lemons.', 'add lemons')).toEqual([['PRO-007']]);
  });

  it('heard in a setup reply are its own words when those are all it named', () => {
    expect(book.heardIn('Added 1 Bananas. Anything else?', 'add bananas')).toEqual([['PRO-001']]);
    expect(
      book.heardIn('I found 2 matches for cheerios. First, General Mills Cheerios.', 'find cheerios'),
    ).toEqual([['BRK-003']]);
  });

  it('say prices as the skill does', () => {
    expect(book.spokenPrice('DAI-028')!.test('It costs 3 dollars and 99 cents.')).toBe(true);
    expect(book.spokenPrice('PRO-005')!.test('It costs 99 cents.')).toBe(true);
    expect(book.spokenPrice('DAI-028')!.test('It costs 13 dollars and 99 cents.')).toBe(false);
  });
});

describe('judging a turn', () => {
  const addHeard = aCase({
    setup: ['find eggs'],
    expect: { cart: { add: [{ product: { heard: 1 }, quantity: 1 }] } },
  });

  it('passes the cart change the shopper meant, on the product they heard', () => {
    const heard = book.named(
      'First, Corner Market Large White Eggs. Second, Pete and Gerry’s Organic Brown Eggs.',
    );
    const verdict = judge(addHeard, outcome({ heard, after: snap({ 'DAI-028': 1 }) }), book);
    expect(verdict).toEqual({ pass: true, reasons: [], wrongAdds: [] });
  });

  it('counts another product added as a wrong-product add, and fails', () => {
    const heard = book.named('First, Corner Market Large White Eggs.');
    const verdict = judge(addHeard, outcome({ heard, after: snap({ 'BAB-011': 3 }) }), book);
    expect(verdict.pass).toBe(false);
    expect(verdict.wrongAdds).toEqual(['BAB-011']);
  });

  it('fails a fallback, and a change where none was meant, unless an alternative holds', () => {
    const question = aCase({ anyOf: [{ reply: { topic: 'hours' } }, { handoff: true }] });
    const hours = outcome({ reply: "Today we're open from 7 AM to 10 PM." });
    expect(judge(question, hours, book).pass).toBe(true);
    expect(judge(question, { ...hours, fallback: true }, book).pass).toBe(false);
    expect(judge(question, outcome({ after: snap({}, 1) }), book).pass).toBe(true);
    expect(judge(question, { ...hours, after: snap({ 'DAI-028': 1 }) }, book).wrongAdds).toEqual(['DAI-028']);
  });

  it('lets the order it expects empty the cart, and nothing else', () => {
    const confirm = aCase({ expect: { order: 'placed' } });
    const placed = (after: Record<string, number>) =>
      outcome({
        before: snap({ 'DAI-028': 1 }),
        after: { ...snap(after), orders: new Map([['1', 'placed']]) },
      });
    expect(judge(confirm, placed({}), book).pass).toBe(true);
    expect(judge(confirm, placed({ 'DAI-028': 1, 'PRO-001': 1 }), book).pass).toBe(false);
  });

  it('fails a case whose expectation refers to a product nobody heard', () => {
    const verdict = judge(addHeard, outcome({ after: snap({ 'DAI-028': 1 }) }), book);
    expect(verdict.pass).toBe(false);
    expect(verdict.reasons.join(' ')).toMatch(/nothing heard/);
  });
});
