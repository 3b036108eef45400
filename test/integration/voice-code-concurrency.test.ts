/**
 * The voice-code lockout under concurrent guesses, against DynamoDB Local: each attempt is counted
 * before the code is judged, in one conditional write, so 40 codes sent at once for one account are
 * judged at most three times; and the order transaction itself refuses while purchases are locked.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { profileKey } from '../../lambda/adapters/dynamodb/keys';
import { ScryptSecretHasher } from '../../lambda/adapters/system/scrypt-secret-hasher';
import { isDomainError } from '../../lambda/domain/errors';
import type { SecretHasher } from '../../lambda/domain/ports';
import { injectTransactionConflicts } from '../support/conflict-injection';
import { beforeNextTransaction } from '../support/interleave';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

/** The real scrypt hasher, counting how many codes it judged. */
class CountingHasher implements SecretHasher {
  verifications = 0;
  private readonly real = new ScryptSecretHasher();
  hash(secret: string): Promise<string> {
    return this.real.hash(secret);
  }
  verify(secret: string, hash: string): Promise<boolean> {
    this.verifications += 1;
    return this.real.verify(secret, hash);
  }
}

let t: TestServices;
const hasher = new CountingHasher();

beforeAll(async () => {
  t = await createTestServices({ hasher });
  await t.seedSettings();
  await t.seedProducts([product('VC-1', 'Oat Milk', 399, { stock: 100 })]);
});
afterAll(() => t.table.drop());
beforeEach(() => {
  hasher.verifications = 0;
});

async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'placed';
  } catch (error) {
    if (isDomainError(error)) return error.code;
    return `unexpected ${error instanceof Error ? error.name : String(error)}`;
  }
}

const wrongCodes = (count: number, right: string) =>
  Array.from({ length: count }, (_, i) => String(1000 + i)).filter((code) => code !== right);

it('judges at most three of 40 wrong codes sent at once, counts every one, and locks', async () => {
  t.clock.set('2026-11-23T15:00:00.000Z');
  await t.services.customers.setVoiceCode('guessed', '4821');
  const outcomes = await Promise.all(
    wrongCodes(40, '4821').map((code) => outcomeOf(t.services.customers.verifyVoiceCode('guessed', code))),
  );
  expect(hasher.verifications).toBe(3);
  expect(outcomes.filter((o) => o === 'VOICE_CODE_WRONG')).toHaveLength(2);
  expect(outcomes.filter((o) => o === 'VOICE_CODE_LOCKED')).toHaveLength(outcomes.length - 2);
  const profile = await t.services.customers.profile('guessed');
  expect(profile.purchasesLockedUntil).toBe('2026-11-23T15:15:00.000Z');
  // Locked: even the right code is refused without being judged.
  await expect(t.services.customers.verifyVoiceCode('guessed', '4821')).rejects.toMatchObject({
    code: 'VOICE_CODE_LOCKED',
  });
  expect(hasher.verifications).toBe(3);
});

it('counts every attempt even when its write meets an order transaction holding the profile', async () => {
  t.clock.set('2026-11-23T15:30:00.000Z');
  await t.services.customers.setVoiceCode('contended', '4821');
  const conflicts = injectTransactionConflicts(
    t.table.doc,
    10,
    'TransactionConflictException',
    'UpdateItemCommand',
  );
  let outcomes: string[];
  try {
    outcomes = await Promise.all(
      wrongCodes(40, '4821').map((code) =>
        outcomeOf(t.services.customers.verifyVoiceCode('contended', code)),
      ),
    );
  } finally {
    conflicts.remove();
  }
  expect(conflicts.injected()).toBe(10);
  expect(hasher.verifications).toBe(3);
  expect(outcomes.filter((o) => o === 'VOICE_CODE_WRONG')).toHaveLength(2);
  expect(outcomes.filter((o) => o === 'VOICE_CODE_LOCKED')).toHaveLength(outcomes.length - 2);
});

it('places at most one order from 40 codes sent at once, and only a code judged before the lock', async () => {
  t.clock.set('2026-11-23T16:00:00.000Z');
  await t.services.customers.setVoiceCode('attacked', '4821');
  await t.services.cart.add('attacked', 'VC-1', 1);
  const codes = [...wrongCodes(39, '4821'), '4821'];
  const outcomes = await Promise.all(
    codes.map((voiceCode, i) =>
      outcomeOf(
        t.services.checkout.placeOrder('attacked', {
          source: { kind: 'lines', lines: [{ sku: 'VC-1', quantity: 1 }] },
          deliveryOptionId: 'pickup',
          idempotencyKey: `guess-${i}`,
          voiceCode,
        }),
      ),
    ),
  );
  expect(hasher.verifications).toBeLessThanOrEqual(3);
  expect(outcomes.every((o) => ['placed', 'VOICE_CODE_WRONG', 'VOICE_CODE_LOCKED'].includes(o))).toBe(true);
  const placed = outcomes.filter((o) => o === 'placed').length;
  expect(placed).toBeLessThanOrEqual(1);
  expect(outcomes.filter((o) => o === 'VOICE_CODE_WRONG').length + placed).toBeLessThanOrEqual(3);
  const orders = await t.services.orders.recent('attacked', 50);
  expect(orders).toHaveLength(placed);
  expect((await t.catalog.get('VC-1'))!.stock).toBe(100 - placed);
  const profile = await t.services.customers.profile('attacked');
  // Either the right code was among the three judged (and reset the count) or purchases are locked.
  if (placed === 1) expect(profile.purchasesLockedUntil).toBeUndefined();
  else expect(profile.purchasesLockedUntil).toBe('2026-11-23T16:15:00.000Z');
});

it('refuses the order when purchases were locked between the code check and the transaction', async () => {
  t.clock.set('2026-11-23T17:00:00.000Z');
  await t.services.customers.setVoiceCode('raced', '4821');
  await t.services.cart.add('raced', 'VC-1', 2);
  const before = await t.services.cart.read('raced');
  const stock = (await t.catalog.get('VC-1'))!.stock;
  // Another device's third wrong code lands after this code was found right.
  const lock = beforeNextTransaction(t.table.doc, () =>
    t.table.doc.send(
      new UpdateCommand({
        TableName: t.table.tableName,
        Key: profileKey('raced'),
        UpdateExpression: 'SET purchasesLockedUntil = :until, version = version + :one',
        ExpressionAttributeValues: { ':until': '2026-11-23T17:15:00.000Z', ':one': 1 },
      }),
    ),
  );
  try {
    await expect(
      t.services.checkout.placeOrder('raced', {
        source: { kind: 'cart' },
        deliveryOptionId: 'pickup',
        idempotencyKey: 'raced-1',
        voiceCode: '4821',
      }),
    ).rejects.toMatchObject({ code: 'VOICE_CODE_LOCKED', details: { until: '2026-11-23T17:15:00.000Z' } });
  } finally {
    lock.remove();
  }
  expect(lock.ran()).toBe(true);
  expect(await t.services.orders.recent('raced', 5)).toEqual([]);
  expect(await t.services.cart.read('raced')).toEqual(before);
  expect((await t.catalog.get('VC-1'))!.stock).toBe(stock);
});
