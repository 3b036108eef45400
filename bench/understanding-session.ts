/**
 * Runs one case of the understanding corpus: a new shopper on a new Echo device (the console's
 * stand-in for Alexa, on the bundled handler), the case's starting state written through the
 * services, "open voice shop", the setup turns, then the measured utterance, with the cart, orders
 * and handoff tickets read just before and just after it.
 */
import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Services } from '../lambda/composition-root';
import { anonymousCustomerId } from '../lambda/domain/identity-service';
import type { OrderStatus } from '../lambda/domain/model';
import { AlexaDevice } from '../lambda/local/console/alexa-device';
import type { Exchange } from '../lambda/local/console/exchange';
import { TurnLog } from '../lambda/local/console/turn-log';
import { issueDevToken } from '../lambda/local/dev-token-signer';
import type { Snapshot, TurnOutcome } from './understanding-check';
import type { CaseState, CorpusCase } from './understanding-corpus';
import type { Named } from './understanding-products';
import { SKILL_ID, type UnderstandingStack } from './understanding-stack';

const FALLBACK = 'AMAZON.FallbackIntent';
const PATH: readonly OrderStatus[] = [
  'placed',
  'confirmed',
  'packed',
  'shipped',
  'out_for_delivery',
  'delivered',
];

/** A case's measured turn, and what went wrong before it. */
export interface CaseRun {
  readonly outcome: TurnOutcome;
  /** Why the setup did not reach its context (a setup turn fell back or failed). */
  readonly setupProblems: readonly string[];
  /** The intents the measured utterance reached. */
  readonly intents: readonly string[];
}

/**
 * Writes a case's starting state. A setup order takes its lines from stock like any order; the stock
 * is put back after it, so no case depends on how many cases ordered the same product before it.
 */
async function prepare(services: Services, customerId: string, state: CaseState | undefined): Promise<void> {
  for (const order of state?.orders ?? []) {
    const skus = [...new Set(order.lines.map((line) => line.sku))];
    const stock = await Promise.all(skus.map(async (sku) => (await services.catalog.get(sku)).stock));
    for (const line of order.lines) await services.cart.add(customerId, line.sku, line.quantity);
    const placed = await services.checkout.placeOrder(customerId, {
      source: { kind: 'cart' },
      deliveryOptionId: order.delivery ?? 'standard',
      idempotencyKey: randomUUID(),
    });
    for (const [i, sku] of skus.entries()) await services.catalog.setStock(sku, stock[i]!);
    for (const status of PATH.slice(1, PATH.indexOf(order.status ?? 'placed') + 1)) {
      await services.orders.updateStatus(customerId, placed.orderId, status);
    }
  }
  for (const line of state?.cart ?? []) await services.cart.add(customerId, line.sku, line.quantity);
}

async function snapshot(services: Services, customerId: string): Promise<Snapshot> {
  const [cart, orders, handoffs] = await Promise.all([
    services.cart.read(customerId),
    services.orders.recent(customerId, 50),
    services.handoffQueue.listOpen(1000),
  ]);
  return {
    cart: new Map(cart.cart.lines.map((l) => [l.sku, l.quantity])),
    orders: new Map(orders.map((o) => [o.orderId, o.status])),
    handoffs: handoffs.filter((h) => h.customerId === customerId).length,
  };
}

const intentOf = (e: Exchange): string | undefined => {
  const request = (e.request as RequestEnvelope | undefined)?.request;
  return request?.type === 'IntentRequest' ? request.intent.name : request?.type;
};
const speechOf = (exchanges: readonly Exchange[]): string =>
  exchanges.map((e) => e.reply.speech?.text ?? '').join(' ');

/** Runs a turn, collecting the error events the bundled handler logs as JSON lines on stdout. */
async function sayWatched(
  device: AlexaDevice,
  text: string,
): Promise<{ exchanges: Exchange[]; errors: string[] }> {
  const errors: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => {
    const line = String(chunk);
    if (line.startsWith('{"level":"error"')) {
      errors.push(`the handler logged ${(JSON.parse(line) as { event: string }).event}`);
      return true;
    }
    return write(chunk, ...rest);
  };
  try {
    return { exchanges: await device.say(text), errors };
  } finally {
    process.stdout.write = write;
  }
}

/** Runs one case through the stand-in and the bundled handler. */
export async function runCase(stack: UnderstandingStack, c: CorpusCase): Promise<CaseRun> {
  const { services, book } = stack;
  const userId = `amzn1.ask.account.BENCH-${c.id}-${randomUUID().slice(0, 8).toUpperCase()}`;
  const linked = c.state?.linked === true;
  const customerId = linked
    ? `bench-${c.id.toLowerCase()}-${randomUUID().slice(0, 8)}`
    : anonymousCustomerId('alexa', userId);
  await prepare(services, customerId, c.state);
  const accessToken = linked ? await issueDevToken(stack.doc, stack.tableName, customerId) : undefined;
  const device = new AlexaDevice({
    skill: stack.skill,
    skillId: SKILL_ID,
    userId,
    locale: 'en-US',
    log: new TurnLog(),
    ...(accessToken ? { accessToken } : {}),
  });
  const setupProblems: string[] = [];
  const opened = await device.open();
  setupProblems.push(...opened.problems);
  let heard: Named = [];
  for (const utterance of c.setup ?? []) {
    const { exchanges, errors } = await sayWatched(device, utterance);
    if (exchanges.some((e) => intentOf(e) === FALLBACK)) setupProblems.push(`setup "${utterance}" fell back`);
    setupProblems.push(
      ...errors,
      ...exchanges.flatMap((e) => e.problems).map((p) => `setup "${utterance}": ${p}`),
    );
    const named = book.heardIn(speechOf(exchanges), utterance);
    if (named.length > 0) heard = named;
  }
  const before = await snapshot(services, customerId);
  const { exchanges, errors } = await sayWatched(device, c.say);
  const after = await snapshot(services, customerId);
  const intents = exchanges.flatMap((e) => intentOf(e) ?? []);
  return {
    setupProblems,
    intents,
    outcome: {
      said: c.say,
      reply: speechOf(exchanges),
      ended: exchanges.some((e) => e.sessionEnded),
      fallback: intents.includes(FALLBACK),
      problems: [...errors, ...exchanges.flatMap((e) => e.problems)],
      heard,
      before,
      after,
    },
  };
}
