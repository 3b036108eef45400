/**
 * The scripted 20-turn shopping conversation (search, lists, adds, the cart, checkout, an order,
 * questions) by linked shoppers through the real skill: per-turn latency, the handler's own time and
 * DynamoDB requests by operation, each turn followed by one baseline turn like the other Alexa rows.
 */
import type { AlexaBench, BenchSlot, MeasuredTurn } from './alexa-harness';
import type { BenchSection } from './report';
import { baselineTurn, summarise, type Baseline } from './turn-figures';

const CONVERSATIONS = 30;

type Step = readonly [intent: string, slots?: Record<string, BenchSlot>, kind?: 'readOnly'];
const v = (value: string, id?: string): BenchSlot => ({ value, ...(id ? { id } : {}) });

/** The conversation: what a shopper says, in order; `readOnly` turns should write nothing. */
const SCRIPT: readonly Step[] = [
  ['LaunchRequest'],
  ['SearchProductIntent', { query: v('oat milk') }, 'readOnly'],
  ['AMAZON.NextIntent', {}, 'readOnly'],
  ['AMAZON.PreviousIntent', {}, 'readOnly'],
  ['SelectItemIntent', { position: v('1', '1') }, 'readOnly'],
  ['ProductDetailsIntent', { detail: v('price', 'price') }, 'readOnly'],
  ['AddToCartIntent', { quantity: v('2') }],
  ['SearchProductIntent', { query: v('coffee') }, 'readOnly'],
  ['SelectItemIntent', { position: v('2', '2') }, 'readOnly'],
  ['AddToCartIntent', {}],
  ['SetQuantityIntent', { quantity: v('3') }],
  ['ReadCartIntent', {}, 'readOnly'],
  ['DeliveryInfoIntent', {}, 'readOnly'],
  ['CheckoutIntent', {}, 'readOnly'],
  ['ChooseDeliveryIntent', { deliveryOption: v('pick up', 'pickup') }, 'readOnly'],
  ['AMAZON.YesIntent'],
  ['OrderStatusIntent', {}, 'readOnly'],
  ['StoreHoursIntent', {}, 'readOnly'],
  ['AMAZON.HelpIntent', {}, 'readOnly'],
  ['AMAZON.StopIntent', {}, 'readOnly'],
];

/**
 * Plays the conversation (one warm-up, then the measured ones), pushing each baseline time into
 * `baseTimes`; returns the section, to be rendered once the run's baseline is known.
 */
export async function conversationSection(
  bench: AlexaBench,
  baseTimes: number[],
): Promise<(baseline: Baseline) => BenchSection> {
  const figures: MeasuredTurn[][] = SCRIPT.map(() => []);
  for (let c = -1; c < CONVERSATIONS; c++) {
    const shopper = await bench.shopper(`bench-conversation-${c + 1}`);
    for (const [index, [intent, slots]] of SCRIPT.entries()) {
      const turn = await shopper.say(intent, slots);
      const base = await baselineTurn(bench.clients, bench.table, index);
      if (c < 0) continue;
      figures[index]!.push(turn);
      baseTimes.push(base);
    }
  }
  const readOnly = figures.filter((_, index) => SCRIPT[index]![2] === 'readOnly').flat();
  return (baseline) => ({
    title: 'Alexa: the scripted 20-turn shopping conversation through the real skill, DynamoDB Local',
    rows: [
      summarise('all turns', figures.flat(), baseline),
      summarise('read-only turns', readOnly, baseline),
      ...SCRIPT.map((step, index) =>
        summarise(`${index + 1}. ${step[0].replace('AMAZON.', '')}`, figures[index]!, baseline),
      ),
    ],
    notes: [
      `${CONVERSATIONS} conversations of ${SCRIPT.length} turns by linked shoppers (the first turn links the account), one turn at a time, after one warm-up conversation; the baseline is the one of the table above.`,
    ],
  });
}
