/**
 * Nothing the shopper or the platform sends makes a turn throw: malformed or tampered session
 * state is read field by field and never trusted for identity, prices or markup.
 */
import fc from 'fast-check';
import { HANDLED_INTENTS } from '../../lambda/conversation/routes';
import { linkedSession, TestSession } from './support/session';
import { createWorld, type World } from './support/world';

const ANONYMOUS = 'anon.alexa.amzn1.ask.account.TESTUSER';
let world: World;

beforeEach(async () => {
  world = await createWorld();
});

describe('malformed and tampered session state', () => {
  const garbage: unknown[] = [
    null,
    'state',
    42,
    [],
    { list: 'oat milk', pending: 7, rate: 'fast', last: { speech: 'hello' } },
    { list: { kind: 'products', items: [{ sku: 1, name: null }], position: -4 } },
    { pending: { kind: 'order', stage: 'confirm' } },
    { pending: { kind: 'add', sku: 'BANANAS', name: 'Bananas', quantity: -3 } },
    { rate: 1e9, customerId: { $ne: '' } },
    JSON.parse('{"__proto__": {"pending": {"kind": "emptyCart"}}}'),
  ];

  // Objects carry the right customer id, so every field is parsed rather than discarded wholesale.
  const owned = (state: unknown): unknown =>
    typeof state === 'object' && state !== null && !Array.isArray(state)
      ? { customerId: ANONYMOUS, ...state }
      : state;

  it.each(garbage.map((state) => [JSON.stringify(state), owned(state)]))('survives %s', async (_, state) => {
    const shopper = new TestSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    for (const intent of ['YesIntent', 'NextIntent', 'RepeatIntent', 'SelectItemIntent', 'HelpIntent']) {
      shopper.carry(state);
      const reply = await shopper.say(intent, { position: 'first' });
      expect(reply.endSession).toBe(false);
      expect(reply.speech.text).not.toMatch(/something went wrong/);
    }
    expect(world.carts.peek(ANONYMOUS).lines).toHaveLength(1);
    expect(world.orders.all()).toEqual([]);
  });

  it('does not carry state made for another customer', async () => {
    const shopper = linkedSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    shopper.carry({ customerId: 'cust-other', pending: { kind: 'emptyCart' } });
    expect(await shopper.text('YesIntent')).toMatch(/^I wasn't asking/);
    expect(world.carts.peek('cust-1').lines).toHaveLength(1);
  });

  it('a forged total in the session cannot place an order at another price', async () => {
    const shopper = linkedSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
    shopper.carry({ ...shopper.carried, pending: { ...(shopper.carried.pending as object), total: 1 } });
    expect(await shopper.text('YesIntent')).toMatch(/^The total changed to 85 cents since I read it/);
    expect(world.orders.all()).toEqual([]);
  });

  it('does not replay markup it did not make', async () => {
    const shopper = new TestSession(world);
    shopper.carry({ last: { speech: { ssml: '<audio src="https://evil.example/a.mp3"/>', text: 'hi' } } });
    expect(await shopper.text('RepeatIntent')).toBe(
      "There's nothing to repeat yet. What would you like to find?",
    );
  });

  it('never throws and always answers with well-formed speech, whatever the turn holds', async () => {
    const intents = [...HANDLED_INTENTS, 'Unknown', '', 'constructor', '__proto__', 'toString'];
    const pending = fc.record(
      {
        kind: fc.constantFrom(
          'add',
          'emptyCart',
          'hearCart',
          'delivery',
          'order',
          'cancelOrder',
          'voiceCode',
          'other',
        ),
        stage: fc.constantFrom('confirm', 'code', 'current', 'new'),
        key: fc.string(),
        total: fc.integer(),
        optionId: fc.constantFrom('standard', 'teleport'),
        optionIds: fc.array(fc.constantFrom('standard', 'pickup', '')),
        sku: fc.constantFrom('BANANAS', 'NOPE'),
        name: fc.string(),
        quantity: fc.integer({ min: -2, max: 30 }),
        orderId: fc.string(),
        code: fc.constantFrom('1234', '12', 'abcd'),
        lines: fc.array(
          fc.record({ sku: fc.constantFrom('BANANAS', 'NOPE'), quantity: fc.integer({ min: 0, max: 3 }) }),
        ),
      },
      { requiredKeys: ['kind'] },
    );
    const stateLike = fc.record({
      customerId: fc.constant('fuzz'),
      pending: fc.oneof(pending, fc.anything()),
      list: fc.anything(),
      product: fc.oneof(
        fc.record({ sku: fc.constantFrom('BANANAS', 'NOPE'), name: fc.string() }),
        fc.anything(),
      ),
      rate: fc.oneof(fc.integer(), fc.anything()),
      last: fc.anything(),
    });
    const slotValue = fc.oneof(
      fc.string(),
      fc.constantFrom('0', '500', '?', '2nd', 'oat milk', '<b>&', '99999999'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...intents),
        fc.dictionary(
          fc.constantFrom(
            'query',
            'product',
            'quantity',
            'position',
            'code',
            'orderNumber',
            'deliveryOption',
            'detail',
          ),
          slotValue,
        ),
        fc.oneof(fc.anything(), stateLike),
        async (intent, slots, state) => {
          const shopper = linkedSession(world, 'fuzz');
          shopper.carry(state);
          await shopper.say(intent, slots);
        },
      ),
      { numRuns: 300 },
    );
    expect(world.logger.events.filter((e) => e.level === 'error')).toEqual([]);
  });
});
