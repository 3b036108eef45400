/**
 * Customers against DynamoDB Local: speech rate persists within limits; the voice code locks
 * purchases for 15 minutes after three wrong codes, counted in the profile across sessions; linking.
 */
import { createTestServices, type TestServices } from '../support/test-services';
import { anonymousCustomerId } from '../../lambda/domain/identity-service';
import { product } from '../support/store-fixture';

let t: TestServices;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
});
afterAll(() => t.table.drop());

describe('speech rate', () => {
  it('steps slower and faster within limits, and back to normal', async () => {
    expect(await t.services.customers.changeSpeechRate('rate', 'slower')).toBe(85);
    expect(await t.services.customers.changeSpeechRate('rate', 'slower')).toBe(70);
    expect(await t.services.customers.changeSpeechRate('rate', 'slower')).toBe(70);
    expect((await t.services.customers.profile('rate')).speechRate).toBe(70);
    expect(await t.services.customers.changeSpeechRate('rate', 'normal')).toBe(100);
    for (let i = 0; i < 6; i++) await t.services.customers.changeSpeechRate('rate', 'faster');
    expect((await t.services.customers.profile('rate')).speechRate).toBe(150);
  });
});

describe('voice code', () => {
  it('asks for no code until one is set, then checks it', async () => {
    expect(await t.services.customers.purchaseGate('coder')).toEqual({ voiceCodeRequired: false });
    await t.services.customers.setVoiceCode('coder', '4821');
    expect(await t.services.customers.purchaseGate('coder')).toEqual({ voiceCodeRequired: true });
    await expect(t.services.customers.verifyVoiceCode('coder', '4821')).resolves.toBeUndefined();
    await expect(t.services.customers.setVoiceCode('coder', '12a4')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('locks purchases for 15 minutes after three wrong codes, even with the right code', async () => {
    t.clock.set('2026-11-23T15:00:00.000Z');
    await t.services.customers.setVoiceCode('locked', '1111');
    await expect(t.services.customers.verifyVoiceCode('locked', '2222')).rejects.toMatchObject({
      code: 'VOICE_CODE_WRONG',
      details: { attemptsLeft: 2 },
    });
    await expect(t.services.customers.verifyVoiceCode('locked', '3333')).rejects.toMatchObject({
      details: { attemptsLeft: 1 },
    });
    await expect(t.services.customers.verifyVoiceCode('locked', '4444')).rejects.toMatchObject({
      code: 'VOICE_CODE_LOCKED',
      details: { until: '2026-11-23T15:15:00.000Z' },
    });
    await expect(t.services.customers.verifyVoiceCode('locked', '1111')).rejects.toMatchObject({
      code: 'VOICE_CODE_LOCKED',
    });
    expect(await t.services.customers.purchaseGate('locked')).toEqual({
      voiceCodeRequired: true,
      lockedUntil: '2026-11-23T15:15:00.000Z',
    });
    t.clock.advanceMinutes(16);
    await expect(t.services.customers.verifyVoiceCode('locked', '1111')).resolves.toBeUndefined();
    expect(await t.services.customers.purchaseGate('locked')).toEqual({ voiceCodeRequired: true });
  });

  it('resets the wrong-code count after a right code', async () => {
    await t.services.customers.setVoiceCode('resets', '5555');
    await expect(t.services.customers.verifyVoiceCode('resets', '0000')).rejects.toMatchObject({
      code: 'VOICE_CODE_WRONG',
    });
    await t.services.customers.verifyVoiceCode('resets', '5555');
    expect((await t.services.customers.profile('resets')).voiceCodeFailures).toBe(0);
  });
});

describe('identity', () => {
  it('treats a shopper without a valid token as anonymous, keyed by the platform user', async () => {
    const anon = await t.services.identity.resolve({
      platform: 'alexa',
      platformUserId: 'amzn1.ask.account.X#1',
    });
    expect(anon).toEqual({ id: 'anon.alexa.amzn1.ask.account.X_1', linked: false });
    expect(anon.id).toBe(anonymousCustomerId('alexa', 'amzn1.ask.account.X#1'));
    const forged = await t.services.identity.resolve({
      platform: 'alexa',
      platformUserId: 'u1',
      accessToken: 'not-a-jwt',
    });
    expect(forged.linked).toBe(false);
  });

  it('merges the anonymous cart into the account when the account is first linked', async () => {
    const { ensureLocalSigningKeysAndSign } = await import('../support/dev-tokens');
    await t.seedProducts([product('ID-1', 'Bananas', 59, { stock: 100 })]);
    const anonymous = anonymousCustomerId('alexa', 'linking-user');
    await t.services.cart.add(anonymous, 'ID-1', 6);
    const token = await ensureLocalSigningKeysAndSign(t.table, 'cust-linked');
    const customer = await t.services.identity.resolve({
      platform: 'alexa',
      platformUserId: 'linking-user',
      accessToken: token,
    });
    expect(customer).toEqual({ id: 'cust-linked', linked: true });
    expect((await t.services.cart.read('cust-linked')).cart.lines).toEqual([
      expect.objectContaining({ sku: 'ID-1', quantity: 6 }),
    ]);
    expect((await t.services.cart.read(anonymous)).itemCount).toBe(0);
  });
});
