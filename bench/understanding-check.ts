/**
 * Judges one measured turn of the understanding benchmark against its case: the cart change, the
 * orders, the handoff queue and the reply, for each alternative expectation; and which products
 * went into the cart that no expectation allows (a wrong-product add).
 */
import { alternativesOf, type CorpusCase, type Expectation, type ProductRef } from './understanding-corpus';
import type { Named, ProductBook } from './understanding-products';

/** What the shopper's cart, orders and handoff tickets were at one moment. */
export interface Snapshot {
  /** sku -> quantity. */
  readonly cart: ReadonlyMap<string, number>;
  /** order id -> status. */
  readonly orders: ReadonlyMap<string, string>;
  readonly handoffs: number;
}

/** What happened on the measured turn. */
export interface TurnOutcome {
  readonly said: string;
  /** The speech of the turn, all of it. */
  readonly reply: string;
  readonly ended: boolean;
  readonly fallback: boolean;
  /** Exceptions, invalid responses, errors the handler logged. */
  readonly problems: readonly string[];
  /** What the last setup reply that named products named. */
  readonly heard: Named;
  readonly before: Snapshot;
  readonly after: Snapshot;
}

/** The verdict on a case. */
export interface Verdict {
  readonly pass: boolean;
  /** Why it failed; for several alternatives, why each failed. */
  readonly reasons: readonly string[];
  /** Skus added that no expectation of the case allows. */
  readonly wrongAdds: readonly string[];
}

const TOPIC_PATTERNS: Readonly<Record<string, RegExp>> = {
  hours: /\b(open|opens|close|closes|closed|hours)\b/i,
  delivery: /\b(deliver|delivers|delivery|delivered|deliveries|pickup|pick up|shipping|express)\b/i,
  warranty: /\b(warranty|warranties|guarantee|guaranteed)\b/i,
  returns: /\b(return|returns|returned|refund|refunds|refunded)\b/i,
  payment: /\b(pay|paid|payment|cash|card)\b/i,
  'order-status':
    /\border\b[^.?]*\b(placed|confirmed|packed|on its way|out for delivery|delivered|cancelled|returned|expected)\b|\bexpected\b/i,
  cart: /\b(cart|basket|subtotal)\b|\byou have \d+ items?\b/i,
  help: /\byou can (say|ask)\b|\bsay '/i,
};

function diffOf(before: Snapshot, after: Snapshot): Map<string, number> {
  const diff = new Map<string, number>();
  for (const sku of new Set([...before.cart.keys(), ...after.cart.keys()])) {
    const change = (after.cart.get(sku) ?? 0) - (before.cart.get(sku) ?? 0);
    if (change !== 0) diff.set(sku, change);
  }
  return diff;
}

const describe = (diff: ReadonlyMap<string, number>): string =>
  [...diff].map(([sku, n]) => `${n > 0 ? '+' : ''}${n} ${sku}`).join(', ') || 'no change';

type Resolve = (ref: ProductRef) => string[];

/** The cart against its expectation; placing an order may empty the cart, which is then no change. */
function cartReasons(
  expected: Expectation['cart'],
  outcome: TurnOutcome,
  resolve: Resolve,
  placing: boolean,
): string[] {
  const diff = diffOf(outcome.before, outcome.after);
  if (expected === undefined && placing) {
    const added = [...diff].filter(([, n]) => n > 0);
    return added.length === 0 ? [] : [`placing an order should add nothing: ${describe(new Map(added))}`];
  }
  if (expected === undefined || expected === 'unchanged') {
    return diff.size === 0 ? [] : [`cart should not change; it did: ${describe(diff)}`];
  }
  if (expected === 'empty') return outcome.after.cart.size === 0 ? [] : ['cart should be empty'];
  const touched = new Set<string>();
  const reasons: string[] = [];
  const claim = (label: string, skus: string[], holds: (sku: string) => boolean): void => {
    const sku = skus.find((s) => !touched.has(s) && holds(s));
    if (sku) touched.add(sku);
    else reasons.push(`${label} ${skus.join('|') || '(nothing heard to refer to)'}`);
  };
  for (const item of expected.add ?? []) {
    claim(`should add ${item.quantity} of`, resolve(item.product), (s) => diff.get(s) === item.quantity);
  }
  for (const ref of expected.remove ?? []) {
    claim('should remove', resolve(ref), (s) => outcome.before.cart.has(s) && !outcome.after.cart.has(s));
  }
  for (const item of expected.set ?? []) {
    claim(
      `should set to ${item.quantity}`,
      resolve(item.product),
      (s) => outcome.after.cart.get(s) === item.quantity,
    );
  }
  const stray = [...diff].filter(([sku]) => !touched.has(sku));
  if (stray.length > 0) reasons.push(`unexpected cart change: ${describe(new Map(stray))}`);
  return reasons.length > 0 ? [...reasons, `cart change was: ${describe(diff)}`] : [];
}

function orderReasons(expected: Expectation['order'], outcome: TurnOutcome): string[] {
  const placed = [...outcome.after.orders.keys()].filter((id) => !outcome.before.orders.has(id)).length;
  const cancelled = [...outcome.after.orders].filter(
    ([id, status]) => status === 'cancelled' && outcome.before.orders.get(id) !== 'cancelled',
  ).length;
  const wanted = expected ?? 'none';
  if (wanted === 'placed') return placed > 0 ? [] : ['an order should have been placed'];
  if (wanted === 'cancelled') return cancelled > 0 ? [] : ['the order should have been cancelled'];
  return placed + cancelled === 0 ? [] : [`no order should change; ${placed} placed, ${cancelled} cancelled`];
}

function replyReasons(
  check: Expectation['reply'],
  outcome: TurnOutcome,
  book: ProductBook,
  resolve: Resolve,
) {
  if (!check) return [];
  const reasons: string[] = [];
  const named = book.named(outcome.reply, outcome.said);
  const mentions = new Set(named.flat());
  if (check.topic && !TOPIC_PATTERNS[check.topic]!.test(outcome.reply))
    reasons.push(`reply is not about ${check.topic}`);
  if (check.asks !== undefined && outcome.reply.includes('?') !== check.asks) {
    reasons.push(check.asks ? 'reply should ask something back' : 'reply should not ask');
  }
  for (const ref of check.names ?? []) {
    const skus = resolve(ref);
    if (!skus.some((s) => mentions.has(s)))
      reasons.push(`reply should name ${skus.join('|') || '(nothing heard)'}`);
  }
  if (check.first) {
    const skus = resolve(check.first);
    if (!skus.some((s) => named[0]?.includes(s))) reasons.push(`reply should name ${skus.join('|')} first`);
  }
  if (check.priceOf) {
    const skus = resolve(check.priceOf);
    if (!skus.some((s) => book.spokenPrice(s)?.test(outcome.reply)))
      reasons.push(`reply should say the price of ${skus.join('|')}`);
  }
  for (const p of check.says ?? [])
    if (!new RegExp(p, 'i').test(outcome.reply)) reasons.push(`reply should say /${p}/`);
  for (const p of check.saysNot ?? [])
    if (new RegExp(p, 'i').test(outcome.reply)) reasons.push(`reply should not say /${p}/`);
  if (check.ends !== undefined && outcome.ended !== check.ends) {
    reasons.push(check.ends ? 'the session should end' : 'the session should stay open');
  }
  return reasons;
}

function reasonsFor(
  expect: Expectation,
  outcome: TurnOutcome,
  book: ProductBook,
  resolve: Resolve,
): string[] {
  return [
    ...(outcome.fallback && !expect.fallbackOk ? ['fell back (AMAZON.FallbackIntent)'] : []),
    ...cartReasons(expect.cart, outcome, resolve, expect.order === 'placed'),
    ...orderReasons(expect.order, outcome),
    ...((expect.handoff ?? false) === outcome.after.handoffs > outcome.before.handoffs
      ? []
      : [
          expect.handoff
            ? 'a handoff ticket should have been created'
            : 'no handoff ticket should be created',
        ]),
    ...replyReasons(expect.reply, outcome, book, resolve),
  ];
}

/** The skus a case allows to go into the cart (every add and set of every alternative). */
function allowedAdds(c: CorpusCase, resolve: Resolve): Set<string> {
  const refs = alternativesOf(c).flatMap((e) =>
    typeof e.cart === 'object' ? [...(e.cart.add ?? []), ...(e.cart.set ?? [])].map((i) => i.product) : [],
  );
  return new Set(refs.flatMap(resolve));
}

/** Judges a case. */
export function judge(c: CorpusCase, outcome: TurnOutcome, book: ProductBook): Verdict {
  const resolve: Resolve = (ref) => book.resolve(ref, outcome.heard);
  const allowed = allowedAdds(c, resolve);
  const wrongAdds = [...diffOf(outcome.before, outcome.after)]
    .filter(([sku, n]) => n > 0 && !allowed.has(sku))
    .map(([sku]) => sku);
  const each = alternativesOf(c).map((e) => reasonsFor(e, outcome, book, resolve));
  const problems = outcome.problems.map((p) => `turn failed: ${p}`);
  const pass = problems.length === 0 && each.some((reasons) => reasons.length === 0);
  const reasons = pass
    ? []
    : [...problems, ...each.map((r, i) => (each.length > 1 ? `(${i + 1}) ` : '') + r.join('; '))];
  return { pass, reasons, wrongAdds };
}
