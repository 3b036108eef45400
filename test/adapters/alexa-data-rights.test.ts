/**
 * The shopper's data rights by voice, with the real skill and services on DynamoDB Local: "what do
 * you know about me" says what is kept (never the values), and "delete my data" asks first, keeps
 * everything on "no", and on "yes" erases at once and says goodbye; orders stay with the store.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { anonymousCustomerId } from '../../lambda/domain/identity-service';
import { AlexaSession, alexaUserId } from '../support/alexa-envelopes';
import { responseProblems, wordsOf } from '../support/alexa-ssml';
import { createAlexaStack, type AlexaStack } from '../support/alexa-stack';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';

let stack: AlexaStack;

beforeAll(async () => {
  stack = await createAlexaStack();
});
afterAll(() => stack.drop());

function heard(response: ResponseEnvelope): string {
  expect(responseProblems(response)).toEqual([]);
  return wordsOf(response).speech;
}

async function linked(customerId: string): Promise<AlexaSession> {
  const accessToken = await ensureLocalSigningKeysAndSign(stack.backend.table, customerId);
  const session = new AlexaSession(stack.skill, { userId: alexaUserId(), accessToken });
  await session.launch();
  return session;
}

const exported = (customerId: string) => stack.backend.services.dataRights.export(customerId);

it('says what is kept, in a sentence, and how to erase it', async () => {
  const shopper = await linked('voice-data-summary');
  await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await shopper.say('SetVoiceCodeIntent', { code: '4821' });
  await shopper.say('AMAZON.YesIntent');
  const summary = heard(await shopper.say('MyDataIntent'));
  expect(summary).toBe(
    "Here's what this store keeps about you: your cart, with 2 items, your voice code, stored scrambled so nobody can read it, and that this device is linked to your store account. " +
      "To erase it, say 'delete my data'. Your orders stay with the store as its legal record, without your name.",
  );
  expect(summary).not.toMatch(/4821|4 8 2 1/);
});

it('asks before deleting, keeps everything on no, and erases at once on yes', async () => {
  const shopper = await linked('voice-data-erase');
  await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  await shopper.say('AMAZON.YesIntent');
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  expect((await exported('voice-data-erase')).orders).toHaveLength(1);

  expect(heard(await shopper.say('DeleteMyDataIntent'))).toMatch(/Shall I delete your data\?$/);
  expect(heard(await shopper.say('AMAZON.NoIntent'))).toBe(
    "OK, I haven't deleted anything. What would you like?",
  );
  expect((await exported('voice-data-erase')).cart).toHaveLength(1);

  await shopper.say('DeleteMyDataIntent');
  const goodbye = await shopper.say('AMAZON.YesIntent');
  expect(heard(goodbye)).toBe("Done. I've deleted your data, so next time you'll start fresh. Goodbye.");
  expect(goodbye.response.shouldEndSession).toBe(true);
  const after = await exported('voice-data-erase');
  expect(after.cart).toEqual([]);
  expect(after.profile).toBeUndefined();
  expect(after.linkedAccounts).toEqual([]);
  // The order is the store's legal record: kept, under another id.
  expect(after.orders).toEqual([]);
  expect(await stack.backend.services.orders.recent('voice-data-erase', 5)).toEqual([]);
});

it('works for a shopper who never linked an account, and says when nothing is kept', async () => {
  const userId = alexaUserId();
  const guest = new AlexaSession(stack.skill, { userId });
  await guest.launch();
  expect(heard(await guest.say('MyDataIntent'))).toBe(
    "This store doesn't keep anything about you yet. What would you like?",
  );
  await guest.say('AddToCartIntent', { product: 'bananas' });
  expect(heard(await guest.say('MyDataIntent'))).toMatch(
    /^Here's what this store keeps about you: your cart, with 1 item\./,
  );
  await guest.say('DeleteMyDataIntent');
  await guest.say('AMAZON.YesIntent');
  expect((await exported(anonymousCustomerId('alexa', userId))).cart).toEqual([]);
});
