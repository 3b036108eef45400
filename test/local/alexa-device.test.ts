/**
 * The console's Echo device on the real stack (the skill the Alexa handler builds, a fresh DynamoDB
 * Local table with the demo store): typed words become real envelopes, the session is carried as a
 * device carries it, a reply that ends the session makes the next utterance open a new one, account
 * linking puts a dev token on every request, and Alexa's own dialog asks for the voice-code digits.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { AlexaDevice } from '../../lambda/local/console/alexa-device';
import { ConsoleSession } from '../../lambda/local/console/console-session';
import type { Exchange } from '../../lambda/local/console/exchange';
import { createSpeaker } from '../../lambda/local/console/speaker';
import { makeStyle } from '../../lambda/local/console/terminal-style';
import { TurnLog } from '../../lambda/local/console/turn-log';
import { buildLocalStack, type LocalStack } from '../../lambda/local/dev-server-stack';
import { issueDevToken } from '../../lambda/local/dev-token-signer';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let stack: LocalStack;
const log = new TurnLog();

beforeAll(async () => {
  table = await createTestTable('console');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  stack = buildLocalStack({ endpoint: table.endpoint, tableName: table.tableName, logger: log, env: {} });
});

afterAll(async () => {
  stack.close();
  await table.drop();
});

const device = (userId: string) =>
  new AlexaDevice({ skill: stack.alexa, skillId: stack.skillId, userId, locale: 'en-US', log });
const envelopeOf = (exchange: Exchange) => exchange.request as RequestEnvelope;
const speechOf = (exchanges: readonly Exchange[]) =>
  exchanges.map((e) => e.reply.speech?.text ?? '').join(' | ');

describe("the console's Echo device", () => {
  it('opens, searches, selects, adds and reads the cart in one session carrying its attributes', async () => {
    const echo = device('amzn1.ask.account.CONSOLE-SHOPPER-1');
    const opened = await echo.open();
    expect(envelopeOf(opened).request.type).toBe('LaunchRequest');
    expect(envelopeOf(opened).session?.new).toBe(true);
    expect(opened.reply.speech?.text).toMatch(/^Welcome to Corner Market\./);
    expect(opened.problems).toEqual([]);

    const [found] = await echo.say('do you have oat milk');
    const request = envelopeOf(found!);
    expect(request.session?.new).toBe(false);
    expect(request.session?.sessionId).toBe(envelopeOf(opened).session?.sessionId);
    expect(request.session?.attributes).toEqual((opened.response as ResponseEnvelope).sessionAttributes);
    expect(found!.sent).toBe('IntentRequest SearchProductIntent query="oat milk"');
    expect(found!.reply.speech?.text).toMatch(/^I found \d+ matches for oat milk\./);

    const [chosen] = await echo.say('the first one');
    expect(chosen!.sent).toBe('IntentRequest SelectItemIntent position="1"');
    expect(chosen!.reply.speech?.text).toMatch(/^Oatly Oat Milk Original/);
    const [added] = await echo.say("i'll take two");
    expect(added!.reply.speech?.text).toMatch(/^Added 2 Oat Milk Original\./);
    const [cart] = await echo.say("what's in my cart");
    expect(cart!.reply.speech?.text).toContain('2 Oat Milk Original');
    expect([found, chosen, added, cart].flatMap((e) => e!.problems)).toEqual([]);
  });

  it('starts a new session on the next line after a reply that ends one, and ends an open one on request', async () => {
    const echo = device('amzn1.ask.account.CONSOLE-SHOPPER-2');
    await echo.open();
    const [bye] = await echo.say('stop');
    expect(bye!.sessionEnded).toBe(true);
    expect(echo.sessionOpen).toBe(false);
    const [help] = await echo.say('help');
    expect(envelopeOf(help!).session?.new).toBe(true);
    expect(envelopeOf(help!).request).toMatchObject({
      type: 'IntentRequest',
      intent: { name: 'AMAZON.HelpIntent' },
    });
    const ended = await echo.end();
    expect(envelopeOf(ended!).request).toMatchObject({
      type: 'SessionEndedRequest',
      reason: 'USER_INITIATED',
    });
    expect(echo.sessionOpen).toBe(false);
  });

  it('sends what matches nothing as AMAZON.FallbackIntent, and "open voice shop" as a LaunchRequest', async () => {
    const echo = device('amzn1.ask.account.CONSOLE-SHOPPER-3');
    await echo.open();
    const [fallback] = await echo.say('tell me a joke');
    expect(envelopeOf(fallback!).request).toMatchObject({ intent: { name: 'AMAZON.FallbackIntent' } });
    expect(fallback!.problems).toEqual([]);
    const relaunch = await echo.say('open voice shop');
    expect(relaunch.map((e) => envelopeOf(e).request.type)).toEqual(['SessionEndedRequest', 'LaunchRequest']);
  });

  it('links the account with a dev token, then plays the voice-code dialog Alexa manages', async () => {
    const lines: string[] = [];
    const session = new ConsoleSession({
      makeDevice: () => device('amzn1.ask.account.CONSOLE-SHOPPER-4'),
      platform: 'alexa',
      locale: 'en-US',
      issueToken: (customer) => issueDevToken(table.doc, table.tableName, customer),
      print: (line) => lines.push(line),
      style: makeStyle(false),
      speaker: createSpeaker('a-command-that-does-not-exist'),
      echo: true,
    });
    expect(await session.link('console-customer-4')).toBe(true);
    await session.open();
    const echo = session.current;
    const asked = await echo.say('set my voice code');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.byPlatform).toBe(true);
    expect(asked[0]!.request).toBeUndefined();
    expect(asked[0]!.reply.speech?.text).toMatch(/four digit|four digits/i);
    const [confirm] = await echo.say('one two three four');
    const request = envelopeOf(confirm!);
    expect(request.context.System.user.accessToken).toMatch(/^ey/);
    expect(request.request).toMatchObject({
      type: 'IntentRequest',
      dialogState: 'COMPLETED',
      intent: { name: 'SetVoiceCodeIntent', slots: { code: { value: '1234' } } },
    });
    expect(speechOf([confirm!])).toMatch(/1 2 3 4|one two three four|1234/i);
    expect(session.failed).toBe(0);

    await session.handle('/speak');
    expect(lines.at(-1)).toMatch(/espeak-ng is not installed/);
    await session.handle('/locale xx-XX');
    expect(lines.at(-1)).toMatch(/no interaction model for locale xx-XX/);
    expect(session.failed).toBe(1);
  });
});
