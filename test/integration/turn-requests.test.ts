/**
 * What each kind of turn asks of DynamoDB, through the real Alexa skill on DynamoDB Local with the
 * demo store and production's search refresh interval: a linked session's first turn reads once, an
 * add reads once and writes once, a read-back reads once, searches and questions cost nothing. And
 * what must hold while doing less: a price changed between two turns is the one read back, and no
 * shopper ever hears another's cart on the same warm container.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { AlexaSession, alexaUserId, intentRequest } from '../support/alexa-envelopes';
import { wordsOf } from '../support/alexa-ssml';
import { createAlexaStack, type AlexaStack } from '../support/alexa-stack';
import { countingCommands } from '../support/command-counter';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';

let stack: AlexaStack;

beforeAll(async () => {
  // The catalog version is checked once a minute, as in production (the test clock stands still).
  stack = await createAlexaStack(undefined, { SEARCH_REFRESH_SECONDS: '60' });
  // A first session warms the container: the signing keys, the settings and the search index.
  const warm = await linkedSession('requests-warm');
  await warm.launch();
  await warm.say('SearchProductIntent', { query: 'oat milk' });
});

afterAll(async () => {
  await stack.drop();
});

/** A new session of a shopper whose account is linked (a dev token on every request). */
async function linkedSession(customerId: string, userId = alexaUserId()): Promise<AlexaSession> {
  const token = await ensureLocalSigningKeysAndSign(stack.backend.table, customerId);
  return new AlexaSession(stack.skill, { userId, accessToken: token });
}

/** A shopper who linked the account in an earlier session, in a new session. */
async function returningShopper(customerId: string, userId = alexaUserId()): Promise<AlexaSession> {
  const first = await linkedSession(customerId, userId);
  await first.launch();
  return linkedSession(customerId, userId);
}

/** One turn and the DynamoDB requests it sent. */
async function measured(
  send: () => Promise<ResponseEnvelope>,
): Promise<{ speech: string; commands: string[] }> {
  const counter = countingCommands(stack.backend.table.doc);
  try {
    const response = await send();
    return { speech: wordsOf(response).speech, commands: [...counter.commands] };
  } finally {
    counter.stop();
  }
}

const READ = 'BatchGetItemCommand';
const WRITE = 'PutItemCommand';
const LINK = 'TransactWriteItemsCommand';

describe('DynamoDB requests per kind of turn', () => {
  it('a linked session: the launch reads once, each add reads once and writes once, a read-back reads once', async () => {
    const shopper = await returningShopper('requests-cart');
    const turns = [
      await measured(() => shopper.launch()),
      await measured(() => shopper.say('AddToCartIntent', { product: 'oatly barista' })),
      await measured(() => shopper.say('AddToCartIntent', { product: 'raisin bran crunch' })),
      await measured(() => shopper.say('AddToCartIntent', { product: 'paper towels' })),
      await measured(() => shopper.say('ReadCartIntent')),
      await measured(() => shopper.say('ReadCartIntent')),
    ];
    expect(turns.map((t) => t.speech.split('.')[0])).toEqual([
      expect.stringMatching(/^Welcome/),
      'Added 1 Oat Milk Barista Edition',
      'Added 1 Raisin Bran Crunch',
      'Added 1 Paper Towels',
      'You have 3 items: 1 Oat Milk Barista Edition, 1 Raisin Bran Crunch, and 1 Paper Towels',
      'You have 3 items: 1 Oat Milk Barista Edition, 1 Raisin Bran Crunch, and 1 Paper Towels',
    ]);
    expect(turns.map((t) => t.commands)).toEqual([
      [READ],
      [READ, WRITE],
      [READ, WRITE],
      [READ, WRITE],
      [READ],
      [READ],
    ]);
    const requests = turns.reduce((sum, t) => sum + t.commands.length, 0);
    expect(requests / turns.length).toBeLessThanOrEqual(1.5);
  });

  it('searches, a "did you mean" question and a store question read and write nothing', async () => {
    const shopper = await returningShopper('requests-browse');
    await shopper.launch();
    const turns = [
      await measured(() => shopper.say('SearchProductIntent', { query: 'oat milk' })),
      await measured(() => shopper.say('AddToCartIntent', { product: 'peanut butter' })),
      await measured(() => shopper.say('SearchProductIntent', { query: 'coffee' })),
      await measured(() => shopper.say('StoreHoursIntent')),
    ];
    expect(turns[0]!.speech).toMatch(/^I found/);
    expect(turns[1]!.speech).toMatch(/^Did you mean/);
    expect(turns[2]!.speech).toMatch(/^I found/);
    expect(turns[3]!.speech).toMatch(/open/i);
    expect(turns.map((t) => t.commands)).toEqual([[], [], [], []]);
  });

  it('the first turn after linking reads once and writes the link, merging an anonymous cart', async () => {
    const userId = alexaUserId();
    const newlyLinked = await linkedSession('requests-new-link', userId);
    const first = await measured(() => newlyLinked.launch());
    expect(first.speech).toMatch(/^Welcome/);
    // The link is one conditional transaction (with the record under the customer, and any cart move).
    expect(first.commands).toEqual([READ, LINK]);

    const speaker = alexaUserId();
    const anonymous = new AlexaSession(stack.skill, { userId: speaker });
    await anonymous.launch();
    await anonymous.say('AddToCartIntent', { product: 'raisin bran crunch' });
    const linked = await linkedSession('requests-merged', speaker);
    const merged = await linked.launch();
    expect(wordsOf(merged).speech).toContain('You still have 1 item in your cart');
  });

  it('a returning shopper with a cart hears it at the prices of today, in at most two reads', async () => {
    const customer = 'requests-returning';
    const userId = alexaUserId();
    const before = await returningShopper(customer, userId);
    await before.launch();
    await before.say('AddToCartIntent', { product: 'raisin bran crunch' });
    await setPrice('BRK-002', 629);
    const after = await linkedSession(customer, userId);
    const launch = await measured(() => after.launch());
    expect(launch.speech).toContain('You still have 1 item in your cart, 6 dollars and 29 cents.');
    expect(launch.commands.every((c) => c === READ)).toBe(true);
    expect(launch.commands.length).toBeLessThanOrEqual(2);
  });
});

/** Sets a product's price as the merchant's catalog import does. */
async function setPrice(sku: string, amount: number): Promise<void> {
  const { catalog } = stack.backend;
  const product = await catalog.get(sku);
  if (!product) throw new Error(`no product ${sku}`);
  const { version: _version, updatedAt: _updatedAt, ...input } = product;
  await catalog.upsert({ ...input, price: { ...product.price, amount } });
}

describe('what is never cached', () => {
  it('a price changed between two turns is the one read back, and the one an add speaks', async () => {
    const shopper = await returningShopper('requests-price');
    await shopper.launch();
    await shopper.say('AddToCartIntent', { product: 'oatly barista' });
    await setPrice('DAI-008', 550);
    const readBack = await measured(() => shopper.say('ReadCartIntent'));
    expect(readBack.speech).toContain('The subtotal is 5 dollars and 50 cents.');
    expect(readBack.commands).toEqual([READ]);
    await setPrice('DAI-008', 600);
    const add = await shopper.say('AddToCartIntent', { product: 'raisin bran crunch' });
    // 6.00 for the oat milk now, and the cereal at its price of the moment.
    const cereal = (await stack.backend.catalog.get('BRK-002'))!.price.amount;
    const subtotal = 600 + cereal;
    const dollars = Math.floor(subtotal / 100);
    const cents = subtotal % 100;
    expect(wordsOf(add).speech).toContain(`${dollars} dollars and ${cents} cents`);
  });

  it("a second customer on the same warm container never hears the first one's cart", async () => {
    const first = await returningShopper('requests-first');
    await first.launch();
    await first.say('AddToCartIntent', { product: 'paper towels' });
    const firstRead = await first.say('ReadCartIntent');
    expect(wordsOf(firstRead).speech).toMatch(/^You have 1 item/);

    const second = await returningShopper('requests-second');
    expect(wordsOf(await second.launch()).speech).not.toMatch(/You still have/);
    expect(wordsOf(await second.say('ReadCartIntent')).speech).toMatch(/^Your cart is empty/);

    // The first shopper's session attributes replayed by someone else are not theirs to use.
    const attributes = firstRead.sessionAttributes ?? {};
    const token = await ensureLocalSigningKeysAndSign(stack.backend.table, 'requests-second');
    const replayed = await stack.skill.invoke(
      intentRequest('ReadCartIntent', {}, { userId: alexaUserId(), accessToken: token, attributes }),
      {},
    );
    expect(wordsOf(replayed).speech).toMatch(/^Your cart is empty/);
  });
});
