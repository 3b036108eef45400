/**
 * The same everyday words through the Google action: typed words become webhook calls shaped like
 * the generated Actions Builder project's, answered by the real action on DynamoDB Local with the
 * demo store. How to pay, in-cart questions, one less, delivery by description and the order in
 * focus said with "it" work on Google as on Alexa, since the understanding lives in the core.
 */
import { GoogleDevice } from '../../lambda/local/console/google-device';
import { TurnLog } from '../../lambda/local/console/turn-log';
import { StoppedClock } from '../../lambda/local/console/fixed-time-and-ids';
import { buildLocalStack, type LocalStack } from '../../lambda/local/dev-server-stack';
import { issueDevToken } from '../../lambda/local/dev-token-signer';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let stack: LocalStack;
const log = new TurnLog();

beforeAll(async () => {
  table = await createTestTable('gwords');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  // A morning in the store's time zone (New York): express delivery still comes the same day.
  const morning = new Date();
  morning.setUTCHours(15, 0, 0, 0);
  stack = buildLocalStack({
    endpoint: table.endpoint,
    tableName: table.tableName,
    logger: log,
    env: {},
    fixed: { clock: new StoppedClock(morning) },
  });
});

afterAll(async () => {
  stack.close();
  await table.drop();
});

async function linkedShopper(customerId: string): Promise<GoogleDevice> {
  const google = new GoogleDevice({ action: stack.google, locale: 'en-US', log });
  google.setAccessToken(await issueDevToken(table.doc, table.tableName, customerId));
  await google.open();
  return google;
}

async function heard(google: GoogleDevice, words: string): Promise<{ intent: string; text: string }> {
  const [exchange] = await google.say(words);
  expect(exchange!.problems).toEqual([]);
  const request = exchange!.request as { intent: { name: string } };
  return { intent: request.intent.name, text: exchange!.reply.speech?.text ?? '' };
}

describe('everyday words on Google', () => {
  it('answers how to pay, what is in the cart, and one less', async () => {
    const google = await linkedShopper('google-words-cart');
    expect(await heard(google, 'can i pay cash')).toMatchObject({
      intent: 'PaymentInfoIntent',
      text: expect.stringMatching(/^You pay when your order arrives/) as unknown,
    });
    await heard(google, 'add bananas');
    await heard(google, 'add two more');
    expect((await heard(google, 'how many bananas do i have')).text).toBe(
      'Yes, you have 3 Bananas in your cart.',
    );
    expect((await heard(google, 'one less')).text).toMatch(/^You now have 2 Bananas\./);
  });

  it('takes "the fast one" as express delivery, then speaks of the order placed when asked "when\'s it coming"', async () => {
    const google = await linkedShopper('google-words-order');
    await heard(google, 'add bananas');
    await heard(google, 'check out');
    expect((await heard(google, 'the fast one')).text).toMatch(/express same-day delivery/i);
    expect((await heard(google, 'yes')).text).toMatch(/^Your order is placed\./);
    const when = await heard(google, "when's it coming");
    expect(when.text).toMatch(/^Order \d+ has been placed\. It's expected today/);
  });
});
