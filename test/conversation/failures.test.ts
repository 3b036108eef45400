/**
 * Failures and slow work: an unexpected error is an apology that keeps the session and the cart,
 * logged once without personal data; a store not set up says so; slow work gets a progressive
 * response, quick work does not.
 */
import type { ProductSearch } from '../../lambda/domain/ports';
import { linkedSession, TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;

beforeEach(async () => {
  world = await createWorld();
});

describe('unexpected failures', () => {
  const failing = (real: ProductSearch): ProductSearch => ({
    search: (request) =>
      request.text.includes('boom')
        ? Promise.reject(new TypeError('index exploded for Jane Doe, 1 Main St'))
        : real.search(request),
  });

  it('apologise briefly, keep the session, the state and the cart, and log once without personal data', async () => {
    world = await createWorld({ search: failing });
    const shopper = linkedSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    await shopper.say('SearchProductIntent', { query: 'oat milk' });
    const reply = await shopper.say('SearchProductIntent', { query: 'boom' });
    expect(reply.speech.text).toBe(
      'Sorry, something went wrong on my side. Your cart is safe, so please try that again.',
    );
    expect(reply.endSession).toBe(false);
    expect(shopper.carried.list).toMatchObject({ kind: 'products' });
    expect(await shopper.text('NextIntent')).toMatch(/^That's all 3\./);
    expect(world.carts.peek('cust-1').lines).toHaveLength(1);
    expect(world.logger.events).toEqual([
      {
        level: 'error',
        event: 'conversation.turn_failed',
        fields: { intent: 'SearchProductIntent', error: 'TypeError' },
      },
    ]);
    expect(JSON.stringify(world.logger.events)).not.toMatch(/Jane|Main St|boom|cust-1/);
  });

  it('a store with a catalog but no settings answers what it can, and says it takes no orders yet', async () => {
    world = await createWorld({ settings: null });
    const shopper = new TestSession(world);
    expect(await shopper.say('LaunchRequest')).toMatchObject({
      endSession: false,
      speech: {
        text: "This store isn't taking orders yet, but I can tell you what it sells. What would you like to find?",
      },
    });
    expect((await shopper.say('SearchProductIntent', { query: 'oat milk' })).speech.text).toMatch(
      /oat milk/i,
    );
    expect((await shopper.say('ReturnPolicyIntent')).speech.text).toMatch(
      /^This store hasn't set a return policy yet\./,
    );
    expect((await shopper.say('StoreHoursIntent')).speech.text).toMatch(
      /^This store hasn't said when it's open yet\./,
    );
    expect((await shopper.say('AddToCartIntent', { product: 'bananas' })).speech.text).toMatch(
      /isn't taking orders yet/,
    );
  });
});

describe('progressive responses', () => {
  function slowSearch(release: Promise<void>) {
    return (real: ProductSearch): ProductSearch => ({
      search: async (request) => (await release, real.search(request)),
    });
  }

  it('says a holding sentence when a search takes more than a moment, and then the answer', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    world = await createWorld({ search: slowSearch(released), progressDelayMs: 1 });
    const shopper = new TestSession(world);
    const said: string[] = [];
    shopper.progress = (speech) => {
      said.push(speech);
      release();
      return Promise.reject(new Error('the platform refused the progressive response'));
    };
    expect(await shopper.text('SearchProductIntent', { query: 'oat milk' })).toMatch(/^I found 3 matches/);
    expect(said).toEqual(['One moment while I look.']);
  });

  it('says a holding sentence while a slow order is placed', async () => {
    world = await createWorld({ progressDelayMs: 1 });
    const shopper = linkedSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
    const said: string[] = [];
    world.payments.hold = new Promise<void>((resolve) => {
      shopper.progress = (speech) => (said.push(speech), resolve(), Promise.resolve());
    });
    expect(await shopper.text('YesIntent')).toMatch(/^Your order is placed\./);
    expect(said).toEqual(['One moment, I&apos;m placing your order.']);
  });

  it('says nothing extra when the work is quick', async () => {
    const shopper = new TestSession(world);
    const said: string[] = [];
    shopper.progress = (speech) => (said.push(speech), Promise.resolve());
    await shopper.say('SearchProductIntent', { query: 'oat milk' });
    expect(said).toEqual([]);
  });
});
