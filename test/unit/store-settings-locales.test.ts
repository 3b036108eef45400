/**
 * The settings document names the locales a store serves, its tax display and delivery windows, and
 * refuses what cannot be: served locales without the store's own, a malformed window.
 */
import {
  settingsDocumentSchema,
  settingsFromDocument,
  settingsToDocument,
} from '../../lambda/adapters/store-settings/settings-document';
import { INDIA_STORE_SETTINGS } from '../../lambda/local/demo/india-settings';

const document = settingsToDocument(INDIA_STORE_SETTINGS);

it('keeps served locales, tax display, delivery windows and the address through a document', () => {
  expect(INDIA_STORE_SETTINGS.storeAddress).toBeDefined();
  expect(settingsFromDocument(settingsDocumentSchema.parse(document))).toEqual(INDIA_STORE_SETTINGS);
});

it.each([
  ['locales', { locales: ['hi-IN'] }, 'must include the store locale'],
  ['locales', { locales: ['hindi'] }, 'must be a locale like en-US'],
  ['taxName', { taxName: ' ' }, 'must not be empty'],
  ['storeAddress', { storeAddress: ' ' }, 'must not be empty'],
])('refuses a bad %s, naming it', (field, change, message) => {
  const result = settingsDocumentSchema.safeParse({ ...document, ...change });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((i) => [i.path[0], i.message])).toContainEqual([field, message]);
});

it('refuses a delivery window that is not two times of day', () => {
  const options = document.deliveryOptions.map((o) => ({ ...o, window: { from: '6pm', to: '20:00' } }));
  const result = settingsDocumentSchema.safeParse({ ...document, deliveryOptions: options });
  expect(result.error?.issues[0]?.path.join('.')).toBe('deliveryOptions.0.window.from');
});
