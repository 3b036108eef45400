/**
 * Store questions from the store settings (returns, warranty, substitutions, delivery and costs, hours), reaching
 * a person (a handoff recorded with context), and the speech rate: kept in the profile, carried in
 * the session so warm turns do not read it, applied to every reply.
 */
import { FIXTURE_SETTINGS } from './support/fixture-store';
import { linkedSession, TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;
let shopper: TestSession;

beforeEach(async () => {
  world = await createWorld();
  shopper = linkedSession(world);
  await shopper.say('LaunchRequest');
});

describe('store questions', () => {
  it('reads the return and warranty policies, escaped for SSML', async () => {
    const returns = await shopper.say('ReturnPolicyIntent');
    expect(returns.speech.text).toBe(`${FIXTURE_SETTINGS.returnPolicy} What else would you like to know?`);
    expect(returns.speech.ssml).toContain(
      'fresh food &lt;can&apos;t&gt; be returned &amp; that&apos;s final.',
    );
    expect(await shopper.text('WarrantyIntent')).toMatch(/^Appliances carry the maker's one-year warranty/);
  });

  it('reads the substitution policy, escaped for SSML, whatever product the question names', async () => {
    const heard = await shopper.say('SubstitutionPolicyIntent', { product: 'oat milk' });
    expect(heard.speech.text).toBe(
      `${FIXTURE_SETTINGS.substitutionPolicy} What else would you like to know?`,
    );
    expect(heard.speech.ssml).toContain('closest match &amp; you can &lt;refuse&gt; it at the door.');
  });

  it('says where the store is, escaped for SSML, and plainly when the store has given no address', async () => {
    const heard = await shopper.say('StoreLocationIntent');
    expect(heard.speech.text).toBe(
      `${FIXTURE_SETTINGS.name} is at ${FIXTURE_SETTINGS.storeAddress}. What else would you like to know?`,
    );
    expect(heard.speech.ssml).toContain('7 Mill &amp; Main Street, behind the &lt;old&gt; bakery.');
    world = await createWorld({ settings: { storeAddress: ' ' } });
    shopper = new TestSession(world);
    expect(await shopper.text('StoreLocationIntent')).toMatch(/^I don't have that written down\./);
  });

  it('says when a store has written no substitution policy', async () => {
    world = await createWorld({ settings: { substitutionPolicy: '  ' } });
    shopper = new TestSession(world);
    expect(await shopper.text('SubstitutionPolicyIntent')).toMatch(/^I don't have that written down\./);
  });

  it('says when a policy is missing', async () => {
    world = await createWorld({ settings: { warrantyPolicy: '  ' } });
    shopper = new TestSession(world);
    expect(await shopper.text('WarrantyIntent')).toMatch(/^I don't have that written down\./);
  });

  it('lists delivery options with cost and day, and the free-delivery threshold', async () => {
    expect(await shopper.text('DeliveryInfoIntent')).toBe(
      'If you order now, you can have Standard delivery for 4 dollars and 99 cents, expected on Thursday; ' +
        'Express delivery for 9 dollars and 99 cents, expected tomorrow; and Store pickup, free, expected today. ' +
        'Standard delivery is free on orders of 35 dollars or more. What else would you like to know?',
    );
  });

  it("gives today's and tomorrow's hours, and says when the store is closed", async () => {
    expect(await shopper.text('StoreHoursIntent')).toBe(
      "Today we're open from 8 AM to 8 PM. Tomorrow we're open from 8 AM to 8 PM. What else would you like to know?",
    );
    world.clock.advanceMinutes(4 * 24 * 60);
    expect(await shopper.text('StoreHoursIntent')).toBe(
      "Today we're open from 8 AM to 8 PM. Tomorrow we're closed. What else would you like to know?",
    );
  });
});

describe('talk to a person', () => {
  it('asks how to get back, records the handoff with the context, and promises what the hours allow', async () => {
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    const asked = await shopper.say('TalkToPersonIntent');
    expect(asked.speech.text).toMatch(/Should they call you, or send you a message\?/);
    const reply = await shopper.say('ContactPreferenceIntent', {
      method: { raw: 'text', resolvedId: 'message' },
    });
    expect(reply.speech.text).toBe(
      'Done; your ticket number is H100001. The team is in now; someone will send you a message soon. What else would you like?',
    );
    expect(reply.speech.ssml).toContain('<say-as interpret-as="characters">H100001</say-as>');
    expect(world.handoffs.requests).toEqual([
      expect.objectContaining({
        ticketId: 'H100001',
        customerId: 'cust-1',
        status: 'open',
        contact: { method: 'message' },
        context: { lastIntent: 'TalkToPersonIntent', cartSkus: ['BANANAS'] },
      }),
    ]);
  });
});

describe('a request about the delivery itself', () => {
  it('says only the team can do it, asks how to get back, and the ticket says what it followed', async () => {
    const asked = await shopper.say('DeliveryRequestIntent');
    expect(asked.speech.text).toMatch(
      /^I can't change the address or pass a note to the driver myself, but the store's team can\. I'll ask the store's team to get back to you\. Should they call you, or send you a message\?/,
    );
    await shopper.say('ContactPreferenceIntent', { method: { raw: 'call me', resolvedId: 'call' } });
    expect(world.handoffs.requests).toEqual([
      expect.objectContaining({
        contact: { method: 'call' },
        context: expect.objectContaining({ lastIntent: 'DeliveryRequestIntent' }),
      }),
    ]);
  });
});

describe('speech rate', () => {
  it('"talk slower" persists, applies to this and every later reply, and warm turns do not read the profile', async () => {
    const slower = await shopper.say('SpeakSlowerIntent');
    expect(slower.speech.text).toBe("OK, I'll speak more slowly. What would you like?");
    expect(slower.speech.ssml).toMatch(/^<prosody rate="85%">.*<\/prosody>$/);
    expect(slower.reprompt!.ssml).toMatch(/^<prosody rate="85%">/);
    expect(world.customers.peek('cust-1')!.speechRate).toBe(85);
    const before = world.io.snapshot();
    const next = await shopper.say('HelpIntent');
    expect(next.speech.ssml).toMatch(/^<prosody rate="85%">/);
    expect(world.io.since(before)).toEqual({ reads: 0, writes: 0 });
  });

  it('a new session reads the rate once from the profile', async () => {
    await shopper.say('SpeakSlowerIntent');
    await shopper.say('SpeakSlowerIntent');
    shopper.endSession();
    const launch = await shopper.say('LaunchRequest');
    expect(launch.speech.ssml).toMatch(/^<prosody rate="70%">/);
    expect((await shopper.say('StoreHoursIntent')).speech.ssml).toMatch(/^<prosody rate="70%">/);
    expect(shopper.costs.at(-1)!.io).toEqual({ reads: 0, writes: 0 });
  });

  it('faster, back to normal (no prosody), and the limits write nothing', async () => {
    expect((await shopper.say('SpeakFasterIntent')).speech.ssml).toMatch(/^<prosody rate="115%">/);
    const normal = await shopper.say('NormalSpeedIntent');
    expect(normal.speech.text).toBe('OK, back to my normal speed. What would you like?');
    expect(normal.speech.ssml).not.toContain('prosody');
    for (let i = 0; i < 2; i++) await shopper.say('SpeakSlowerIntent');
    const writes = world.io.snapshot().writes;
    expect(await shopper.text('SpeakSlowerIntent')).toBe(
      'This is already the slowest I can speak. What would you like?',
    );
    expect(world.io.snapshot().writes).toBe(writes);
    expect(world.customers.peek('cust-1')!.speechRate).toBe(70);
  });
});
