/**
 * The Alexa skill's events, with the real skill and services on DynamoDB Local: when an Alexa user
 * turns the skill off (AlexaSkillEvent.SkillDisabled), what belongs to that Alexa user goes (the
 * link, the anonymous cart and profile) while a linked customer's account, which other channels
 * use, stays; when they link their account (SkillAccountLinked), the link and the cart merge happen
 * at once. Both are answered with an empty response.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { buildAlexaSkill, type AlexaSkill } from '../../lambda/adapters/alexa/alexa-skill';
import { buildConversation } from '../../lambda/conversation/core';
import { anonymousCustomerId } from '../../lambda/domain/identity-service';
import { alexaSkillEvents } from '../../lambda/platforms/alexa';
import { AlexaSession, alexaUserId, TEST_SKILL_ID } from '../support/alexa-envelopes';
import { recordingLog } from '../support/alexa-log';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;
let skill: AlexaSkill;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  await t.seedProducts([product('EV-1', 'Bananas', 59, { stock: 100 }), product('EV-2', 'Rye Bread', 449)]);
  skill = buildAlexaSkill(buildConversation(t.services), {
    skillId: TEST_SKILL_ID,
    requireSkillId: true,
    log: recordingLog(),
    skillEvents: alexaSkillEvents(t.services),
  });
});
afterAll(() => t.table.drop());

function skillEvent(type: string, userId: string, body: Record<string, unknown> = {}): RequestEnvelope {
  return {
    version: '1.0',
    context: {
      System: {
        application: { applicationId: TEST_SKILL_ID },
        user: { userId },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: {
      type,
      requestId: `amzn1.echo-api.request.${userId}`,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      body,
    },
  } as unknown as RequestEnvelope;
}

const cartCount = async (customerId: string) => (await t.services.cart.read(customerId)).itemCount;

it('forgets an anonymous Alexa user who turns the skill off: cart and profile', async () => {
  const userId = alexaUserId();
  const anonymous = anonymousCustomerId('alexa', userId);
  const session = new AlexaSession(skill, { userId });
  await session.launch();
  await session.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await session.say('SpeakSlowerIntent');
  expect(await cartCount(anonymous)).toBe(2);
  expect((await t.services.customers.profile(anonymous)).version).toBeGreaterThan(0);

  const response = await skill.invoke(
    skillEvent('AlexaSkillEvent.SkillDisabled', userId, {
      userInformationPersistenceStatus: 'NOT_PERSISTED',
    }),
    {},
  );
  expect(response.response).toEqual({});
  expect(await cartCount(anonymous)).toBe(0);
  expect((await t.services.customers.profile(anonymous)).version).toBe(0);
});

it("removes a linked Alexa user's link and keeps the customer's account", async () => {
  const userId = alexaUserId();
  const accessToken = await ensureLocalSigningKeysAndSign(t.table, 'events-linked');
  const session = new AlexaSession(skill, { userId, accessToken });
  await session.launch();
  await session.say('AddToCartIntent', { product: 'rye bread' });
  expect(await t.services.dataRights.export('events-linked')).toMatchObject({
    linkedAccounts: [expect.objectContaining({ platformUserId: userId })],
  });

  await skill.invoke(skillEvent('AlexaSkillEvent.SkillDisabled', userId), {});
  expect((await t.services.dataRights.export('events-linked')).linkedAccounts).toEqual([]);
  expect(await cartCount('events-linked')).toBe(1);
});

it('links at once when the Alexa user links their account, merging the anonymous cart', async () => {
  const userId = alexaUserId();
  const session = new AlexaSession(skill, { userId });
  await session.launch();
  await session.say('AddToCartIntent', { product: 'bananas', quantity: '3' });
  const accessToken = await ensureLocalSigningKeysAndSign(t.table, 'events-linking');

  const response = await skill.invoke(
    skillEvent('AlexaSkillEvent.SkillAccountLinked', userId, { accessToken }),
    {},
  );
  expect(response.response).toEqual({});
  expect(await cartCount('events-linking')).toBe(3);
  expect(await cartCount(anonymousCustomerId('alexa', userId))).toBe(0);
  expect((await t.services.dataRights.export('events-linking')).linkedAccounts).toEqual([
    expect.objectContaining({ platform: 'alexa', platformUserId: userId }),
  ]);
});
