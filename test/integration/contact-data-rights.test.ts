/**
 * The contact record (the Alexa user notifications go to, consents, store notices) follows the
 * shopper's data rights on DynamoDB Local: erased with the rest of their data, and gone when the
 * Alexa user it names turns the skill off.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoContactRepository } from '../../lambda/adapters/dynamodb/contact-repository';
import { identityToItem } from '../../lambda/adapters/dynamodb/customer-item';
import { createTestServices, type TestServices } from '../support/test-services';

let backend: TestServices;
let contacts: DynamoContactRepository;
const USER = 'amzn1.ask.account.CONTACTRIGHTS';

beforeAll(async () => {
  backend = await createTestServices();
  await backend.seedSettings();
  contacts = new DynamoContactRepository(backend.table.doc, backend.table.tableName);
});
afterAll(() => backend.table.drop());

it('is erased with the rest of the shopper data', async () => {
  await contacts.setConsent('rights-1', 'notifications', 'granted', { alexaUserId: USER, locale: 'en-US' });
  await backend.services.dataRights.erase('rights-1');
  expect(await contacts.get('rights-1')).toBeUndefined();
});

it('is forgotten when the Alexa user it names turns the skill off', async () => {
  await contacts.setConsent('rights-2', 'notifications', 'granted', { alexaUserId: USER });
  // The Alexa user linked to the customer, as a first linked turn leaves it.
  await backend.table.doc.send(
    new PutCommand({
      TableName: backend.table.tableName,
      Item: identityToItem('alexa', USER, 'rights-2', '2026-11-23T15:00:00.000Z'),
    }),
  );
  await backend.services.dataRights.forgetPlatformUser('alexa', USER);
  expect(await contacts.get('rights-2')).toBeUndefined();
});
