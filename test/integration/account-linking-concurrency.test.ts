/**
 * Linking merges the anonymous cart exactly once: six first turns after linking, at once, leave
 * the account's cart with what the anonymous cart held (not twice or six times that), the
 * anonymous cart empty and one link. One conditional link write wins, and the anonymous cart is
 * emptied in the same transaction as the merge. Against DynamoDB Local.
 */
import { anonymousCustomerId } from '../../lambda/domain/identity-service';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  await t.seedProducts([
    product('LNK-1', 'Oat Milk', 399, { stock: 100 }),
    product('LNK-2', 'Rye Bread', 449),
  ]);
});
afterAll(() => t.table.drop());

it('merges the anonymous cart once when six first turns after linking arrive together', async () => {
  const anonymous = anonymousCustomerId('alexa', 'six-devices');
  await t.services.cart.add(anonymous, 'LNK-1', 2);
  await t.services.cart.add('linked-six', 'LNK-2', 1);
  const token = await ensureLocalSigningKeysAndSign(t.table, 'linked-six');
  const customers = await Promise.all(
    Array.from({ length: 6 }, () =>
      t.services.identity.resolve({ platform: 'alexa', platformUserId: 'six-devices', accessToken: token }),
    ),
  );
  expect(customers.every((c) => c.id === 'linked-six' && c.linked)).toBe(true);
  const lines = (await t.services.cart.read('linked-six')).cart.lines.map((l) => [l.sku, l.quantity]);
  expect(lines).toEqual([
    ['LNK-2', 1],
    ['LNK-1', 2],
  ]);
  expect((await t.services.cart.read(anonymous)).itemCount).toBe(0);
  expect(
    await t.services.identity.resolve({
      platform: 'alexa',
      platformUserId: 'six-devices',
      accessToken: token,
    }),
  ).toEqual({ id: 'linked-six', linked: true });
  expect((await t.services.cart.read('linked-six')).itemCount).toBe(3);
});
