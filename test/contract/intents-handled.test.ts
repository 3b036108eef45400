/**
 * The conversation's side of the intent contract (the model's side is interaction-model-handlers):
 * every handled intent has its own handler and answers a bare first turn with well-formed speech,
 * and every slot an intent declares in HANDLED_SLOTS is really read by its handler.
 */
import { HANDLED_INTENTS, HANDLED_SLOTS, ROUTES, routeFor } from '../../lambda/conversation/routes';
import type { SlotValue, Turn } from '../../lambda/conversation/turn';
import { checkReply } from '../conversation/support/session';
import { createWorld, type World } from '../conversation/support/world';

let world: World;

beforeAll(async () => {
  world = await createWorld();
});

const LIST_STATE = {
  customerId: 'probe',
  rate: 100,
  list: {
    kind: 'products',
    position: 0,
    total: 2,
    items: [
      { sku: 'OAT-OATLY', name: 'Oatly Oat Milk', price: 499 },
      { sku: 'BANANAS', name: 'Bananas', price: 69 },
    ],
  },
};

function turn(intent: string, slots: Record<string, SlotValue>, state: unknown, isNewSession: boolean): Turn {
  return {
    platform: 'alexa',
    intent,
    slots,
    locale: 'en-US',
    platformUserId: 'probe-user',
    accessToken: 'valid:probe',
    isNewSession,
    device: { hasScreen: false },
    state,
  };
}

/** The slot names a handler looks up, with every slot filled and with none filled. */
async function slotsRead(intent: string): Promise<Set<string>> {
  const read = new Set<string>();
  for (const filled of [true, false]) {
    const slots = new Proxy({}, {
      get: (_, name) => {
        if (typeof name === 'string') read.add(name);
        return filled && typeof name === 'string' ? { raw: name === 'quantity' ? '2' : 'oatly' } : undefined;
      },
    });
    await world.conversation.handleTurn(turn(intent, slots, LIST_STATE, false));
  }
  return read;
}

describe.each(HANDLED_INTENTS.map((intent) => [intent]))('%s', (intent) => {
  it('has its own handler (only FallbackIntent is the fallback)', () => {
    expect(routeFor(intent) === routeFor('NoSuchIntent')).toBe(intent === 'FallbackIntent');
  });

  it('answers a first turn without slots with a well-formed reply', async () => {
    const reply = await world.conversation.handleTurn(turn(intent, {}, undefined, true));
    checkReply(reply);
    expect(reply.speech.text).not.toMatch(/something went wrong/);
  });

  it('reads every slot it declares (except those it declares as ignored)', async () => {
    const read = await slotsRead(intent);
    const ignored = ROUTES[intent]?.ignored ?? [];
    expect(
      (HANDLED_SLOTS[intent] ?? []).filter((slot) => !read.has(slot) && !ignored.includes(slot)),
    ).toEqual([]);
  });
});
