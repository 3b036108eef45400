/**
 * DynamoCustomerRepository against DynamoDB Local: profiles saved under optimistic locking (version
 * 0 = new) and the link from a platform user to a customer.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCustomerRepository } from '../../lambda/adapters/dynamodb/customer-repository';
import { CorruptItemError } from '../../lambda/adapters/dynamodb/dynamo-errors';
import { ENTITY, identityKey, profileKey } from '../../lambda/adapters/dynamodb/keys';
import type { CustomerProfile } from '../../lambda/domain/model';
import { ConcurrencyConflict } from '../../lambda/domain/ports';
import { TestClock } from '../support/commerce-fixtures';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let customers: DynamoCustomerRepository;
const clock = new TestClock(new Date('2026-03-01T09:00:00.000Z'));

beforeAll(async () => {
  table = await createTestTable('customers');
  customers = new DynamoCustomerRepository(table.doc, table.tableName, clock);
});
afterAll(() => table.drop());

const newProfile = (customerId: string): CustomerProfile => ({
  customerId,
  speechRate: 100,
  voiceCodeFailures: 0,
  firstSeenAt: '2026-03-01T09:00:00.000Z',
  lastSeenAt: '2026-03-01T09:00:00.000Z',
  version: 0,
});

it('has no profile for a customer never seen', async () => {
  expect(await customers.getProfile('c-unknown')).toBeUndefined();
});

it('creates a profile at version 1 and saves changes under the version read', async () => {
  const created = await customers.saveProfile({ ...newProfile('c-1'), name: 'Ada' });
  expect(created.version).toBe(1);
  const locked = await customers.saveProfile({
    ...created,
    voiceCodeHash: 'scrypt$salt$hash',
    voiceCodeFailures: 3,
    purchasesLockedUntil: '2026-03-01T09:15:00.000Z',
  });

  expect(locked.version).toBe(2);
  expect(await customers.getProfile('c-1')).toEqual(locked);
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.tableName, Key: profileKey('c-1') }),
  );
  expect(Item).toMatchObject({ type: ENTITY.profile, version: 2, voiceCodeFailures: 3 });
});

it('removes an optional field that the saved profile no longer has', async () => {
  const created = await customers.saveProfile({
    ...newProfile('c-2'),
    purchasesLockedUntil: '2026-03-01T09:15:00.000Z',
  });
  const { purchasesLockedUntil: _gone, ...unlocked } = created;
  await customers.saveProfile(unlocked);
  expect((await customers.getProfile('c-2'))?.purchasesLockedUntil).toBeUndefined();
});

it('refuses a stale save or a second creation with ConcurrencyConflict, keeping what is stored', async () => {
  const v1 = await customers.saveProfile(newProfile('c-3'));
  const v2 = await customers.saveProfile({ ...v1, voiceCodeFailures: 1 });

  await expect(customers.saveProfile({ ...v1, voiceCodeFailures: 0 })).rejects.toBeInstanceOf(
    ConcurrencyConflict,
  );
  await expect(customers.saveProfile(newProfile('c-3'))).rejects.toBeInstanceOf(ConcurrencyConflict);
  expect(await customers.getProfile('c-3')).toEqual(v2);
});

it('counts every wrong voice code when two turns race: one save wins, the other must reload', async () => {
  const base = await customers.saveProfile(newProfile('c-4'));
  const outcomes = await Promise.allSettled([
    customers.saveProfile({ ...base, voiceCodeFailures: 1 }),
    customers.saveProfile({ ...base, voiceCodeFailures: 1, speechRate: 80 }),
  ]);
  expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
  expect((await customers.getProfile('c-4'))?.version).toBe(2);
});

it('links a platform user to a customer and relinks on a new linking', async () => {
  expect(await customers.getLinkedCustomer('alexa', 'amzn1.ask.account.XYZ')).toBeUndefined();
  const link = (customerId: string) =>
    customers.linkIdentity({ platform: 'alexa', platformUserId: 'amzn1.ask.account.XYZ', customerId });
  expect(await link('c-5')).toBe('linked');
  expect(await link('c-5')).toBe('already_linked');
  expect(await customers.getLinkedCustomer('alexa', 'amzn1.ask.account.XYZ')).toBe('c-5');
  expect(await customers.getLinkedCustomer('google', 'amzn1.ask.account.XYZ')).toBeUndefined();

  expect(await link('c-6')).toBe('linked');
  expect(await customers.getLinkedCustomer('alexa', 'amzn1.ask.account.XYZ')).toBe('c-6');
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.tableName, Key: identityKey('alexa', 'amzn1.ask.account.XYZ') }),
  );
  expect(Item).toMatchObject({
    type: ENTITY.identity,
    customerId: 'c-6',
    linkedAt: '2026-03-01T09:00:00.000Z',
  });
});

it('names the bad fields of a corrupt profile', async () => {
  await table.doc.send(
    new PutCommand({
      TableName: table.tableName,
      Item: {
        ...profileKey('c-bad'),
        type: ENTITY.profile,
        customerId: 'c-bad',
        speechRate: 'fast',
        version: 1,
      },
    }),
  );
  const read = customers.getProfile('c-bad');
  await expect(read).rejects.toBeInstanceOf(CorruptItemError);
  await expect(read).rejects.toThrow(/speechRate.*voiceCodeFailures/s);
});
