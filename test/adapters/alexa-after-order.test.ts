/**
 * After the order, through the real skill and services on DynamoDB Local: Alexa asks once for order
 * updates after the first order (Connections.StartConnection, AskForPermissionsConsent), the answer
 * is kept with the Alexa user, a decline gets the permissions card; every open order is spoken; a
 * store's cancellation is told on the next launch; a cart left behind is said so; leaving with
 * items offers a reminder, made through a local Reminders API once permission is given.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';

import { DynamoContactRepository } from '../../lambda/adapters/dynamodb/contact-repository';
import {
  API_ACCESS_TOKEN,
  startAlexaApiReceiver,
  type AlexaApiReceiver,
} from '../support/alexa-api-receiver';
import { AlexaSession, alexaUserId } from '../support/alexa-envelopes';
import { wordsOf } from '../support/alexa-ssml';
import { createAlexaStack, type AlexaStack } from '../support/alexa-stack';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';

let stack: AlexaStack;
let api: AlexaApiReceiver;
let contacts: DynamoContactRepository;

beforeAll(async () => {
  api = await startAlexaApiReceiver();
  stack = await createAlexaStack(undefined, {}, undefined, { reminders: { isAllowedEndpoint: () => true } });
  contacts = new DynamoContactRepository(stack.backend.table.doc, stack.backend.table.tableName);
});
afterAll(async () => {
  await api.close();
  await stack.drop();
});

const spoken = (response: ResponseEnvelope) => wordsOf(response).speech;
const directives = (response: ResponseEnvelope) =>
  (response.response.directives ?? []) as unknown as Record<string, unknown>[];

async function device(customerId: string, userId = alexaUserId()): Promise<AlexaSession> {
  const accessToken = await ensureLocalSigningKeysAndSign(stack.backend.table, customerId);
  const session = new AlexaSession(stack.skill, {
    userId,
    accessToken,
    apiEndpoint: api.url,
    apiAccessToken: API_ACCESS_TOKEN,
  });
  await session.launch();
  return session;
}

async function order(session: AlexaSession, product = 'bananas'): Promise<ResponseEnvelope> {
  await session.say('AddToCartIntent', { product, quantity: '1' });
  await session.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  return session.say('AMAZON.YesIntent');
}

const consentAnswer = (kind: string, status: string) => ({
  type: 'SessionResumedRequest',
  cause: {
    type: 'ConnectionCompleted',
    token: kind,
    status: { code: '200', message: 'OK' },
    result: { status },
  },
});

describe('order updates', () => {
  it('asks once after the first order, with the consent directive and no reprompt', async () => {
    const user = alexaUserId();
    const kitchen = await device('notify-yes', user);
    const placed = await order(kitchen);
    expect(spoken(placed)).toMatch(
      /^Your order is placed\..*I can tell you here when your order ships and when it arrives\.$/,
    );
    expect(placed.response.reprompt).toBeUndefined();
    expect(directives(placed)).toEqual([
      {
        type: 'Connections.StartConnection',
        uri: 'connection://AMAZON.AskForPermissionsConsent/2',
        input: {
          '@type': 'AskForPermissionsConsentRequest',
          '@version': '2',
          permissionScopes: [
            { permissionScope: 'alexa::devices:all:notifications:write', consentLevel: 'ACCOUNT' },
          ],
        },
        token: 'notifications',
      },
    ]);
    const accepted = await kitchen.request(consentAnswer('notifications', 'ACCEPTED'));
    expect(spoken(accepted)).toBe("Thanks. I'll let you know when your order moves. Anything else?");
    expect(await contacts.get('notify-yes')).toMatchObject({
      notifications: 'granted',
      alexaUserId: user,
      locale: 'en-US',
    });
    const again = await order(kitchen, 'honeycrisp apples');
    expect(directives(again)).toEqual([]);
    expect(spoken(again)).toMatch(/Anything else\?$/);
  });

  it('a decline is kept and answered with the permissions card; the old Connections.Response is read too', async () => {
    const kitchen = await device('notify-no');
    await order(kitchen);
    const declined = await kitchen.request({
      type: 'Connections.Response',
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      token: 'notifications',
      payload: { permissionScope: 'alexa::devices:all:notifications:write', status: 'DENIED' },
    });
    expect(spoken(declined)).toMatch(/^OK, no order updates\./);
    expect(declined.response.card).toEqual({
      type: 'AskForPermissionsConsent',
      permissions: ['alexa::devices:all:notifications:write'],
    });
    expect((await contacts.get('notify-no'))!.notifications).toBe('denied');
  });

  it('not answered: the card, and the question stays asked', async () => {
    const kitchen = await device('notify-silent');
    await order(kitchen);
    const silent = await kitchen.request(consentAnswer('notifications', 'NOT_ANSWERED'));
    expect(spoken(silent)).toMatch(/^I've sent a card to the Alexa app/);
    expect(silent.response.card).toMatchObject({ type: 'AskForPermissionsConsent' });
    expect((await contacts.get('notify-silent'))!.notifications).toBe('asked');
  });
});

describe('orders, spoken', () => {
  it("where's my order speaks every open order, count first; the last order and the last few", async () => {
    const kitchen = await device('history');
    await order(kitchen);
    stack.backend.clock.advanceMinutes(1);
    await order(kitchen, 'honeycrisp apples');
    expect(spoken(await kitchen.say('OrderStatusIntent'))).toMatch(
      /^You have 2 open orders\. Order \d+, placed, expected today\. Order \d+, placed, expected today\.$/,
    );
    expect(spoken(await kitchen.say('LastOrderIntent'))).toMatch(
      /^Last time, today, you ordered 1 item: 1 Honeycrisp Apples, for /,
    );
    expect(spoken(await kitchen.say('RecentOrdersIntent'))).toMatch(
      /^Your last 2 orders: Order \d+, today, 1 item, .*, placed\. Order \d+/,
    );
  });

  it("tells a store's cancellation on the next launch, once", async () => {
    const kitchen = await device('cancelled-by-store');
    await order(kitchen);
    const [placed] = await stack.backend.services.orders.recent('cancelled-by-store', 1);
    await contacts.addNotice('cancelled-by-store', {
      kind: 'order_cancelled',
      orderId: placed!.orderId,
      at: '2026-11-23T15:30:00.000Z',
    });
    const accessToken = await ensureLocalSigningKeysAndSign(stack.backend.table, 'cancelled-by-store');
    const next = new AlexaSession(stack.skill, { userId: alexaUserId(), accessToken });
    expect(spoken(await next.launch())).toMatch(
      new RegExp(`^A message from Corner Market: order ${placed!.orderId} was cancelled by the store\\.`),
    );
    const later = new AlexaSession(stack.skill, { userId: alexaUserId(), accessToken });
    expect(spoken(await later.launch())).not.toMatch(/A message from/);
  });
});

describe('the cart left behind', () => {
  it('says the cart was left once it has been idle a day, and offers a reminder on leaving', async () => {
    const kitchen = await device('left-cart');
    await kitchen.say('AddToCartIntent', { product: 'bananas', quantity: '3' });
    stack.backend.clock.advanceMinutes(25 * 60);
    const back = new AlexaSession(stack.skill, {
      userId: alexaUserId(),
      accessToken: await ensureLocalSigningKeysAndSign(stack.backend.table, 'left-cart'),
      apiEndpoint: api.url,
      apiAccessToken: API_ACCESS_TOKEN,
    });
    expect(spoken(await back.launch())).toMatch(
      /^Welcome back to Corner Market\. You left 3 items, .*, in your cart\. Hear them\?$/,
    );
    await back.say('AMAZON.NoIntent');
    expect(spoken(await back.say('DoneShoppingIntent'))).toMatch(/Shall I check out\?$/);
    expect(spoken(await back.say('AMAZON.NoIntent'))).toBe(
      'Your 3 items will stay in your cart. Want a reminder tomorrow evening?',
    );
    const asking = await back.say('AMAZON.YesIntent');
    expect(directives(asking)[0]).toMatchObject({
      type: 'Connections.StartConnection',
      input: { permissionScopes: [{ permissionScope: 'alexa::alerts:reminders:skill:readwrite' }] },
      token: 'reminders',
    });
    const made = await back.request(consentAnswer('reminders', 'ACCEPTED'));
    expect(spoken(made)).toBe("Done. I'll remind you tomorrow at 6 PM. Goodbye.");
    expect(made.response.shouldEndSession).toBe(true);
    const reminder = JSON.parse(api.reminders.at(-1)!.body) as {
      trigger: { type: string; scheduledTime: string; timeZoneId: string };
      alertInfo: { spokenInfo: { content: { text: string }[] } };
    };
    expect(reminder.trigger).toMatchObject({ type: 'SCHEDULED_ABSOLUTE', timeZoneId: 'America/New_York' });
    expect(reminder.trigger.scheduledTime).toMatch(/^\d{4}-\d{2}-\d{2}T18:00:00$/);
    expect(reminder.alertInfo.spokenInfo.content[0]?.text).toBe(
      'Your cart at Corner Market is waiting for you.',
    );
    expect(api.reminders.at(-1)!.headers.authorization).toBe(`Bearer ${API_ACCESS_TOKEN}`);
  });
});
