/**
 * The voice code: set by voice (read back for a yes), asked before every purchase once set, three
 * wrong codes lock purchases for 15 minutes, and the lock holds in a new session (it is counted in
 * the profile, not the session). Changing the code needs the current one.
 */
import { linkedSession, TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;
let shopper: TestSession;

async function setCode(code: string): Promise<void> {
  expect(await shopper.text('SetVoiceCodeIntent', { code })).toBe(
    `I heard ${code}. Shall I make that your voice code?`,
  );
  expect(shopper.replies.at(-1)!.speech.ssml).toContain(`<say-as interpret-as="characters">${code}</say-as>`);
  expect(await shopper.text('YesIntent')).toBe(
    "Your voice code is set. I'll ask for it before every purchase. Anything else?",
  );
}

async function toConfirmation(): Promise<void> {
  await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  expect(await shopper.text('YesIntent')).toBe("What's your four-digit voice code?");
}

beforeEach(async () => {
  world = await createWorld();
  shopper = linkedSession(world);
  await shopper.say('LaunchRequest');
  await setCode('4821');
});

it('asks for the code after the yes, and places the order with the right one', async () => {
  expect(world.customers.peek('cust-1')!.voiceCodeHash).toMatch(/^sha256\$/);
  await toConfirmation();
  expect(shopper.replies.at(-1)!.reprompt!.text).toBe(
    'Say the four digits of your voice code, one at a time.',
  );
  expect(await shopper.text('VoiceCodeIntent', { code: '4821' })).toMatch(/^Your order is placed\./);
  expect(world.orders.all()).toHaveLength(1);
});

it('wants the yes before the code', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  expect(await shopper.text('VoiceCodeIntent', { code: '4821' })).toBe(
    "First, say yes if you'd like me to place the order.",
  );
  expect(world.orders.all()).toEqual([]);
});

it('locks purchases after three wrong codes, also in a new session, until 15 minutes pass', async () => {
  await toConfirmation();
  const first = await shopper.say('VoiceCodeIntent', { code: '1111' });
  expect(first.speech.text).toBe("That code isn't right; you have 2 tries left. What's your voice code?");
  // The reprompt guides (how to say it, how many tries are left) instead of the generic help.
  expect(first.reprompt!.text).toBe(
    'Say the four digits of your voice code, one at a time, for example four, eight, two, one. You have 2 tries left.',
  );
  expect(shopper.carried.pending).toMatchObject({ kind: 'order', stage: 'code' });
  const second = await shopper.say('VoiceCodeIntent', { code: '2222' });
  expect(second.speech.text).toBe("That code isn't right; you have 1 try left. What's your voice code?");
  expect(second.reprompt!.text).toMatch(
    /one at a time, for example four, eight, two, one\. You have 1 try left\.$/,
  );
  expect(await shopper.text('VoiceCodeIntent', { code: '3333' })).toBe(
    'Purchases are locked for 15 more minutes after too many wrong voice codes. You can keep shopping meanwhile.',
  );
  expect(shopper.carried.pending).toBeUndefined();
  expect(world.orders.all()).toEqual([]);

  shopper.endSession();
  await shopper.say('LaunchRequest');
  world.clock.advanceMinutes(10);
  expect(await shopper.text('CheckoutIntent')).toBe(
    'Purchases are locked for 5 more minutes after too many wrong voice codes. You can keep shopping meanwhile.',
  );
  expect(await shopper.text('ReorderLastIntent')).toMatch(/^You haven't ordered anything yet/);
  world.clock.advanceMinutes(6);
  expect(await shopper.text('CheckoutIntent')).toMatch(/^How would you like your order/);
  expect(world.carts.peek('cust-1').lines).toHaveLength(1);
});

it('changing the code needs the current one first', async () => {
  expect(await shopper.text('SetVoiceCodeIntent', { code: '9999' })).toBe(
    'First, say your current voice code.',
  );
  expect(await shopper.text('VoiceCodeIntent', { code: '0000' })).toBe(
    "That code isn't right; you have 2 tries left. What's your voice code?",
  );
  expect(await shopper.text('VoiceCodeIntent', { code: '4821' })).toBe(
    'I heard 9999. Shall I make that your voice code?',
  );
  expect(await shopper.text('NoIntent')).toBe("OK, I didn't change your voice code. What would you like?");
  await shopper.say('SetVoiceCodeIntent');
  await shopper.say('VoiceCodeIntent', { code: '4821' });
  expect(await shopper.text('VoiceCodeIntent', { code: '12' })).toBe(
    'A voice code is exactly four digits. Please say four digits.',
  );
  expect(await shopper.text('VoiceCodeIntent', { code: '7531' })).toBe(
    'I heard 7531. Shall I make that your voice code?',
  );
  await shopper.say('YesIntent');
  await toConfirmation();
  expect(await shopper.text('VoiceCodeIntent', { code: '7531' })).toMatch(/^Your order is placed\./);
});

it('a code nobody asked for is answered plainly', async () => {
  expect(await shopper.text('VoiceCodeIntent', { code: '4821' })).toBe(
    "I wasn't asking for a voice code. To set one, say 'set my voice code'.",
  );
});

it('setting a code needs a linked account', async () => {
  const guest = new TestSession(world, { userId: 'guest' });
  const reply = await guest.say('SetVoiceCodeIntent', { code: '1234' });
  expect(reply.linkAccount).toBe(true);
});
