/**
 * `npm run bench -- alexa`: turns through the real Alexa skill against DynamoDB Local with the demo
 * store, each followed by one turn of the standard skill's bare DynamoDB work (GetItem + PutItem of a
 * session item) measured in the same run, so every row is compared with a baseline taken under the
 * same load. Reports, per kind of turn and for the cart mix (a launch, three adds, two read-backs),
 * p50/p99, the ratios to the baseline, the handler's own time and the DynamoDB requests by operation;
 * then the scripted 20-turn shopping conversation.
 */
import { loadavg } from 'node:os';
import { conversationSection } from './alexa-conversation';
import { startAlexaBench, type BenchShopper, type BenchSlot, type MeasuredTurn } from './alexa-harness';
import type { BenchSection } from './report';
import { baselineRow, baselineTurn, summarise } from './turn-figures';

/** Cart-mix sessions: enough that p99 is not one stalled turn (180 turns swung it from 1.3 to 2.1). */
const CART_SESSIONS = 100;
/** Browsing sessions. */
const BROWSE_SESSIONS = 30;
const TABLE = 'bench-alexa';

/** One scripted turn: its kind, what is said, and what the reply must say (else the bench stops). */
type Step = readonly [kind: string, intent: string, slots: Record<string, BenchSlot>, expect: RegExp];

const words = (value: string): Record<string, BenchSlot> => ({ product: { value } });

/** The cart mix: a linked session's launch, three adds that land at once, two read-backs. */
const CART_MIX: readonly Step[] = [
  ['launch', 'LaunchRequest', {}, /Welcome/],
  ['add', 'AddToCartIntent', words('oatly barista'), /^Added 1 /],
  ['add', 'AddToCartIntent', words('raisin bran crunch'), /^Added 1 /],
  ['add', 'AddToCartIntent', words('paper towels'), /^Added 1 /],
  ['read-back', 'ReadCartIntent', {}, /^You have 3 items/],
  ['read-back', 'ReadCartIntent', {}, /^You have 3 items/],
];

/** Browsing: a launch, two searches, a "did you mean A or B?" and a question about the store. */
const BROWSING: readonly Step[] = [
  ['launch', 'LaunchRequest', {}, /Welcome/],
  ['search', 'SearchProductIntent', { query: { value: 'oat milk' } }, /^I found/],
  ['question: did you mean', 'AddToCartIntent', words('peanut butter'), /^Did you mean/],
  ['search', 'SearchProductIntent', { query: { value: 'coffee' } }, /^I found/],
  ['question: store hours', 'StoreHoursIntent', {}, /open/i],
];

const KINDS = ['launch', 'add', 'read-back', 'search', 'question: did you mean', 'question: store hours'];

/** Runs the Alexa turn benchmarks. */
export async function run(): Promise<BenchSection[]> {
  const loadBefore = loadavg()[0]!;
  const bench = await startAlexaBench(TABLE);
  try {
    const baseTimes: number[] = [];
    const measured = new Map<string, MeasuredTurn[]>();
    const mix: MeasuredTurn[] = [];
    const firstLinked: MeasuredTurn[] = [];
    const play = async (shopper: BenchShopper, steps: readonly Step[], record: boolean) => {
      for (const [kind, intent, slots, expect] of steps) {
        const turn = await shopper.say(intent, slots);
        if (!expect.test(turn.speech)) throw new Error(`${kind}: unexpected reply "${turn.speech}"`);
        const base = await baselineTurn(bench.clients, bench.table, baseTimes.length % BROWSE_SESSIONS);
        if (!record) continue;
        baseTimes.push(base);
        measured.set(kind, [...(measured.get(kind) ?? []), turn]);
        if (steps === CART_MIX) mix.push(turn);
      }
      shopper.endSession();
    };
    // Every shopper linked their account in an earlier session (that first turn is a row of its own).
    const link = async (name: string, record: boolean) => {
      const shopper = await bench.shopper(name);
      const first = await shopper.say('LaunchRequest');
      if (record) firstLinked.push(first);
      await shopper.say('AMAZON.StopIntent');
      return shopper;
    };
    // One session of each first, to warm the container (settings cache, search index, JIT).
    await play(await link('bench-warm-cart', false), CART_MIX, false);
    await play(await link('bench-warm-browse', false), BROWSING, false);
    for (let s = 0; s < CART_SESSIONS; s++) {
      await play(await link(`bench-cart-${s}`, true), CART_MIX, true);
      if (s < BROWSE_SESSIONS) await play(await link(`bench-browse-${s}`, true), BROWSING, true);
    }
    const conversation = await conversationSection(bench, baseTimes);
    const { row: baseRow, baseline } = baselineRow(baseTimes);
    const loadAfter = loadavg()[0]!;
    return [
      {
        title:
          'Alexa: turns by kind through the real skill on DynamoDB Local, against the bare GetItem + PutItem',
        rows: [
          baseRow,
          summarise(
            `cart mix: ${CART_SESSIONS} linked sessions (launch, 3 adds, 2 read-backs)`,
            mix,
            baseline,
          ),
          ...KINDS.map((kind) => summarise(kind, measured.get(kind) ?? [], baseline)),
          summarise('first turn after linking the account (once per shopper)', firstLinked, baseline),
        ],
        notes: [
          `baseline: after every measured turn, one GetItem (strongly consistent) and one PutItem of a 2 KB session item on the same DynamoDB Local, as ask-sdk's DynamoDB persistence adapter does every turn; the ratios compare each row with it.`,
          'Targets: on the cart mix at most 1.5 requests per turn, p50/base at most 3 and p99/base at most 1.5; no write on a read-only turn.',
          `own = turn time minus time waiting on DynamoDB. One load-average minute: ${loadBefore.toFixed(2)} at the start, ${loadAfter.toFixed(2)} at the end (2 cores).`,
        ],
      },
      conversation(baseline),
    ];
  } finally {
    await bench.stop();
  }
}
