/**
 * The voice code is proved below the conversation: a session altered to say no code is needed
 * (`codeRequired: false`) still gets nothing ordered without the code, on checkout and on reorder;
 * the shopper is asked for the code, and the order is placed once it is given.
 */
import { linkedSession, type TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;
let shopper: TestSession;

beforeEach(async () => {
  world = await createWorld();
  shopper = linkedSession(world);
  await shopper.say('LaunchRequest');
  await shopper.say('SetVoiceCodeIntent', { code: '4821' });
  await shopper.say('YesIntent');
});

/** The carried session, with the pending order claiming no code is needed. */
function tamperedSession(): Record<string, unknown> {
  const state = shopper.carried;
  expect(state.pending).toMatchObject({ kind: 'order', stage: 'confirm', codeRequired: true });
  return { ...state, pending: { ...(state.pending as object), codeRequired: false } };
}

async function yesAfterTampering(): Promise<void> {
  shopper.carry(tamperedSession());
  const before = world.orders.all().length;
  expect(await shopper.text('YesIntent')).toBe("What's your four-digit voice code?");
  expect(world.orders.all()).toHaveLength(before);
  expect(shopper.carried.pending).toMatchObject({ kind: 'order', stage: 'code' });
  expect(await shopper.text('VoiceCodeIntent', { code: '4821' })).toMatch(/^Your order is placed\./);
  expect(world.orders.all()).toHaveLength(before + 1);
}

it('checkout: a session claiming no code is needed still needs the code', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  await yesAfterTampering();
});

it('reorder: a session claiming no code is needed still needs the code', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  await shopper.say('YesIntent');
  await shopper.say('VoiceCodeIntent', { code: '4821' });
  expect(world.orders.all()).toHaveLength(1);
  await shopper.say('ReorderLastIntent');
  await yesAfterTampering();
  expect(world.orders.all()[1]!.quote.lines.map((l) => [l.sku, l.quantity])).toEqual(
    world.orders.all()[0]!.quote.lines.map((l) => [l.sku, l.quantity]),
  );
});
