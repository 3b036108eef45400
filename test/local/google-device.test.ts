/**
 * The console's Google device on the real stack (the Google action its handler builds, a fresh
 * DynamoDB Local table with the demo store): typed words become webhook calls shaped like the
 * generated Actions Builder project's, session parameters and scenes are carried, and account
 * linking plays the platform's sign-in (REJECTED without a dev token, no sign-in with one).
 */
import { GoogleDevice } from '../../lambda/local/console/google-device';
import { TurnLog } from '../../lambda/local/console/turn-log';
import { buildLocalStack, type LocalStack } from '../../lambda/local/dev-server-stack';
import { issueDevToken } from '../../lambda/local/dev-token-signer';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let stack: LocalStack;
const log = new TurnLog();

beforeAll(async () => {
  table = await createTestTable('gconsole');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  stack = buildLocalStack({ endpoint: table.endpoint, tableName: table.tableName, logger: log, env: {} });
});

afterAll(async () => {
  stack.close();
  await table.drop();
});

type Body = {
  intent: { name: string; params: Record<string, { original: string; resolved: unknown }> };
  scene: { name: string };
  session: { id: string; params: Record<string, unknown> };
  user: { params: Record<string, unknown> };
};

describe("the console's Google device", () => {
  it('opens with MAIN, then carries the session parameters and scene from turn to turn', async () => {
    const google = new GoogleDevice({ action: stack.google, locale: 'en-US', log });
    const opened = await google.open();
    const first = opened.request as Body;
    expect(first.intent.name).toBe('actions.intent.MAIN');
    expect(first.scene.name).toBe('actions.scene.START_CONVERSATION');
    expect(opened.reply.speech?.text).toMatch(/^Welcome to Corner Market\./);
    expect(opened.problems).toEqual([]);

    const [found] = await google.say('do you have oat milk');
    const search = found!.request as Body;
    expect(search.intent).toMatchObject({
      name: 'SearchProductIntent',
      params: { query: { original: 'oat milk' } },
    });
    expect(search.scene.name).toBe('Shopping');
    expect(search.session.id).toBe(first.session.id);
    expect(search.session.params.state).toBeDefined();
    expect(found!.reply.speech?.text).toMatch(/^I found \d+ matches for oat milk\./);

    const [added] = await google.say('add two oat milk');
    const add = added!.request as Body;
    expect(add.intent.params).toEqual({
      quantity: { original: 'two', resolved: 2 },
      product: { original: 'oat milk', resolved: 'oat-milk' },
    });
    expect(added!.reply.speech?.text).not.toMatch(/Sorry/);
    expect([opened, found, added].flatMap((e) => e!.problems)).toEqual([]);
  });

  it('plays the sign-in as REJECTED when nothing is linked, which ends the conversation', async () => {
    const google = new GoogleDevice({ action: stack.google, locale: 'en-US', log });
    await google.open();
    await google.say('add milk');
    const exchanges = await google.say('check out');
    expect(exchanges.map((e) => e.sent)).toEqual([
      'webhook CheckoutIntent (scene Shopping)',
      'Account linking (REJECTED)',
      'webhook  (scene SignIn)',
    ]);
    expect((exchanges[2]!.request as Body).session.params.AccountLinkingSlot).toBe('REJECTED');
    expect(exchanges[2]!.sessionEnded).toBe(true);
    expect(google.sessionOpen).toBe(false);
  });

  it('sends the linked account token as the bearer token, so checkout goes on without sign-in', async () => {
    const google = new GoogleDevice({ action: stack.google, locale: 'en-US', log });
    google.setAccessToken(await issueDevToken(table.doc, table.tableName, 'google-console-customer'));
    await google.open();
    await google.say('add milk');
    const [checkout, ...rest] = await google.say('check out');
    expect((checkout!.request as Body).user.params.bearerToken).toMatch(/^ey/);
    expect(rest).toEqual([]);
    expect(checkout!.reply.directives).not.toContain('next scene: SignIn');
    expect(checkout!.problems).toEqual([]);
  });
});
