/**
 * Something wrong with a delivery, as said ("the eggs were broken", "my milk was missing", "I want
 * to return the coffee"): the line found in the shopper's recent orders (a delivered one first),
 * the store's rule applied (delivered, within its window), the request read back for a yes and
 * sent; outside the window, the policy and the way to a person; and how the requests are going.
 */
import type { Order } from '../../domain/model';
import type { ReturnReason, ReturnStatus } from '../../domain/support-model';
import type { ReturnPending, ReturnProblem } from './after-order-state';
import { awaiting, orderFocused, settled } from '../dialog-state';
import type { Locale } from '../locales/locale';
import { matchNamed } from '../matching';
import { ask, labels, type Answer } from '../reply';
import { sentences, shorten, type Phrase } from '../speech/phrase';
import type { TurnContext } from '../turn-context';

const REASONS: Readonly<Record<ReturnProblem, ReturnReason>> = {
  broken: 'damaged',
  missing: 'missing',
  spoiled: 'spoiled',
  wrong: 'wrong_item',
  return: 'unwanted',
};

function problemPhrase(locale: Locale, problem: ReturnProblem): Phrase {
  const { returns } = locale;
  const phrases = {
    broken: returns.broken,
    missing: returns.missing,
    spoiled: returns.spoiled,
    wrong: returns.wrongItem,
    return: returns.unwanted,
  };
  return phrases[problem]();
}

/** The newest order holding a line the words name, a delivered one first. */
function orderLineNamed(orders: readonly Order[], words: string) {
  const found = orders.flatMap((order) => {
    const index = matchNamed(words, order.quote.lines)[0];
    return index === undefined ? [] : [{ order, line: order.quote.lines[index]! }];
  });
  return found.find((f) => f.order.status === 'delivered') ?? found[0];
}

function toPerson(ctx: TurnContext, ...lead: Phrase[]): Answer {
  const { returns, common } = ctx.locale;
  return ask(sentences(...lead, returns.toPerson()), common.homeReprompt(), settled(ctx.state));
}

/** The answer to a problem with a named item of a delivered order. */
export async function reportProblem(
  ctx: TurnContext,
  words: string,
  problem: ReturnProblem,
): Promise<Answer> {
  const { returns, common } = ctx.locale;
  const found = orderLineNamed(await ctx.deps.orders.recent(ctx.customer.id, 10), words);
  const product = shorten(found?.line.name ?? words, 80);
  if (!found) return ask(returns.notOrdered({ product }), common.homeReprompt(), settled(ctx.state));
  const { order, line } = found;
  const { verdict } = await ctx.deps.returns.check(order, line.sku);
  if (!verdict.ok) {
    switch (verdict.reason) {
      case 'not_delivered':
        return ask(
          returns.notDelivered({ product, orderId: order.orderId }),
          common.homeReprompt(),
          orderFocused(ctx.state, order.orderId),
        );
      case 'no_policy':
        return toPerson(ctx, returns.noPolicy());
      case 'window_passed': {
        const policy = ctx.settings.returnPolicy.trim();
        const said = policy ? ctx.locale.store.returns({ text: shorten(policy, 300) }) : undefined;
        return toPerson(
          ctx,
          returns.windowPassed({ product, count: verdict.windowDays }),
          said ?? returns.noPolicy(),
        );
      }
    }
  }
  const quantity = order.quote.lines.filter((l) => l.sku === line.sku).reduce((n, l) => n + l.quantity, 0);
  const pending: ReturnPending = {
    kind: 'returnRequest',
    orderId: order.orderId,
    sku: line.sku,
    name: line.name.slice(0, 120),
    quantity,
    problem,
  };
  return ask(
    returns.confirmRequest({
      items: ctx.locale.phrasing.quantityOf(quantity, product),
      orderId: order.orderId,
      problem: problemPhrase(ctx.locale, problem),
    }),
    returns.confirmRequestReprompt(),
    awaiting(orderFocused(ctx.state, order.orderId), pending),
    { suggestions: labels([common.yesLabel(), common.noLabel()]) },
  );
}

/** After the yes: the request sent to the store, and its number. */
export async function sendReturnRequest(ctx: TurnContext, pending: ReturnPending): Promise<Answer> {
  const request = await ctx.deps.returns.request(ctx.customer.id, {
    orderId: pending.orderId,
    sku: pending.sku,
    reason: REASONS[pending.problem],
  });
  const { returns, common } = ctx.locale;
  return ask(returns.sent({ ticketId: request.requestId }), common.homeReprompt(), settled(ctx.state));
}

/** How the shopper's newest return request is going. */
export async function returnStatusAnswer(ctx: TurnContext): Promise<Answer> {
  const { returns, common } = ctx.locale;
  const [latest] = await ctx.deps.returns.list(ctx.customer.id, 1);
  if (!latest) return ask(returns.noRequests(), common.homeReprompt(), settled(ctx.state));
  const states: Readonly<Record<ReturnStatus, () => Phrase>> = {
    requested: returns.requested,
    approved: returns.approved,
    refunded: returns.refunded,
    declined: returns.declined,
  };
  const speech = returns.status({
    product: shorten(latest.name, 80),
    orderId: latest.orderId,
    state: states[latest.status](),
  });
  return ask(sentences(speech, common.whatElse()), common.homeReprompt(), settled(ctx.state));
}
