/**
 * Shopping in Hindi and Hinglish through the real Alexa skill (locale hi-IN) on DynamoDB Local with
 * the India demo catalog: each utterance is resolved against the hi-IN interaction model by the
 * voice console's stand-in for Alexa; search in Devanagari and romanised Hindi, adding to the cart,
 * hearing the cart, and the checkout read-back in rupees and paise, in Hindi.
 */
import { join } from 'node:path';
import { buildAlexaSkill } from '../../lambda/adapters/alexa/alexa-skill';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { buildConversation } from '../../lambda/conversation/core';
import type { StoreSettings } from '../../lambda/domain/model';
import { importCatalogFile } from '../../lambda/local/catalog-import';
import { loadInteractionModel } from '../../lambda/local/console/interaction-model';
import { buildUtteranceMatcher } from '../../lambda/local/console/utterance-matcher';
import { AlexaSession, alexaUserId, TEST_SKILL_ID, type TestSlot } from '../support/alexa-envelopes';
import { recordingLog } from '../support/alexa-log';
import { responseProblems, wordsOf } from '../support/alexa-ssml';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';
import { createTestServices, type TestServices } from '../support/test-services';

const INDIA_CATALOG = join(__dirname, '../../lambda/local/demo/india-catalog.csv');
const inr = (amount: number) => ({ amount, currency: 'INR' });

/** A neighbourhood grocery in Delhi, as this test needs it. */
const INDIA_STORE: StoreSettings = {
  name: 'Sharma Kirana',
  sellerName: 'Sharma Kirana Store',
  currency: 'INR',
  locale: 'hi-IN',
  timeZone: 'Asia/Kolkata',
  taxRatePercent: '5',
  taxDeliveryAndFees: false,
  fees: [],
  freeDeliveryThreshold: inr(50000),
  deliveryOptions: [
    { id: 'standard', name: 'standard delivery', price: inr(3000), leadTimeDays: 1, cutoffHour: 20 },
    { id: 'express', name: 'express delivery', price: inr(5000), leadTimeDays: 0, cutoffHour: 17 },
    { id: 'pickup', name: 'store pickup', price: inr(0), leadTimeDays: 0, cutoffHour: 20 },
  ],
  defaultDeliveryOptionId: 'standard',
  cancelWindowMinutes: 30,
  maxQuantityPerLine: 20,
  returnPolicy: 'खराब सामान सात दिन में वापस कर सकते हैं.',
  warrantyPolicy: 'Electrical सामान पर company की warranty मिलती है.',
  hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '08:00', closes: '21:30' })),
  supportPhone: '+91 11 4000 1234',
  supportEmail: 'help@sharmakirana.example',
  supportHours: 'रोज़ सुबह 9 से रात 9 बजे तक',
};

const matcher = buildUtteranceMatcher(loadInteractionModel('hi-IN'));

/** A shopper who speaks Hindi: utterances resolved by the hi-IN model, replies heard as text. */
class HindiShopper {
  constructor(private readonly session: AlexaSession) {}

  async say(utterance: string): Promise<{ intent: string; speech: string; reprompt: string }> {
    const resolved = matcher.resolve(utterance);
    const slots: Record<string, TestSlot> = {};
    for (const s of resolved.slots) {
      const r = s.resolution;
      slots[s.name] = r?.status === 'ER_SUCCESS_MATCH' ? { value: s.value, id: r.id, name: r.name } : s.value;
    }
    const response = await this.session.say(resolved.intent, slots);
    expect(responseProblems(response)).toEqual([]);
    return { intent: resolved.intent, ...wordsOf(response) };
  }
}

let backend: TestServices;
let skill: ReturnType<typeof buildAlexaSkill>;

beforeAll(async () => {
  backend = await createTestServices({}, '2026-11-23T06:30:00.000Z');
  const { table } = backend;
  const imported = await importCatalogFile({
    doc: table.doc,
    tableName: table.tableName,
    path: INDIA_CATALOG,
    currency: 'INR',
  });
  expect(imported.rejected).toEqual([]);
  expect(imported.created).toBeGreaterThanOrEqual(200);
  await new DynamoStoreSettingsRepository(table.doc, table.tableName).save(INDIA_STORE);
  skill = buildAlexaSkill(buildConversation({ ...backend.services, progressDelayMs: 10_000 }), {
    skillId: TEST_SKILL_ID,
    requireSkillId: true,
    log: recordingLog(),
  });
});
afterAll(() => backend.table.drop());

async function shopper(customerId?: string): Promise<{ shopper: HindiShopper; welcome: string }> {
  const accessToken = customerId ? await ensureLocalSigningKeysAndSign(backend.table, customerId) : undefined;
  const session = new AlexaSession(skill, {
    userId: alexaUserId(),
    locale: 'hi-IN',
    ...(accessToken ? { accessToken } : {}),
  });
  const welcome = wordsOf(await session.launch()).speech;
  return { shopper: new HindiShopper(session), welcome };
}

describe('shopping in Hindi through the Alexa skill', () => {
  it('welcomes in Hindi and finds milk said in Devanagari, romanised Hindi or English', async () => {
    const { shopper: s, welcome } = await shopper();
    expect(welcome).toContain('Sharma Kirana में आपका स्वागत है');
    const devanagari = await s.say('दूध ढूँढो');
    expect(devanagari.intent).toBe('SearchProductIntent');
    expect(devanagari.speech).toMatch(/दूध के लिए \d+ नतीजे मिले/);
    expect(devanagari.speech).toContain('पहला, Amul Taaza Toned Milk, 28 रुपये.');
    expect(devanagari.reprompt).toContain("'पहला वाला'");
    const romanised = await s.say('doodh dhundo');
    expect(romanised.speech).toContain('पहला, Amul Taaza Toned Milk');
    const english = await s.say('milk dhundo');
    expect(english.speech).toContain('Amul Taaza Toned Milk');
  });

  it('fills a cart said in Hinglish and reads it back in rupees and paise', async () => {
    const { shopper: s } = await shopper();
    expect((await s.say('basmati chawal dhundo')).speech).toContain('India Gate Basmati Rice Classic');
    const picked = await s.say('पहला वाला');
    expect(picked.speech).toContain('India Gate Basmati Rice Classic');
    expect(picked.speech).toContain('199 रुपये');
    const added = await s.say('दो add करो');
    expect(added.speech).toContain('2 India Gate Basmati Rice Classic cart में डाल दिया');
    expect(added.speech).toContain('398 रुपये का');
    const atta = await s.say('दो packet आटा add करो');
    expect(atta.intent).toBe('AddToCartIntent');
    expect(atta.speech).toMatch(/Atta/);
    const cart = await s.say('मेरे cart में क्या है');
    expect(cart.intent).toBe('ReadCartIntent');
    expect(cart.speech).toMatch(/^आपके cart में \d+ सामान है: /);
    expect(cart.speech).toContain('2 India Gate Basmati Rice Classic');
    expect(cart.speech).toMatch(/कुल [\d]+ रुपये/);
  });

  it('reads the order back in Hindi, rupees and GST, and places it on a yes', async () => {
    const { shopper: s } = await shopper('hindi-shopper-1');
    await s.say('मेरे cart में दूध डाल दो');
    const more = await s.say('doodh dhundo');
    expect(more.speech).toContain('Amul Taaza Toned Milk');
    await s.say('पहला वाला');
    await s.say('तीन add करो');
    const checkout = await s.say('check out करो');
    expect(checkout.intent).toBe('CheckoutIntent');
    expect(checkout.speech).toContain('आपका order कैसे आए');
    expect(checkout.speech).toContain('standard delivery, 30 रुपये में, कल तक');
    const readBack = await s.say('standard');
    expect(readBack.speech).toContain('Sharma Kirana Store से आपका order');
    expect(readBack.speech).toMatch(/कुल \d+ रुपये( \d+ पैसे)? हुए, जिसमें \d+ रुपये( \d+ पैसे)? GST शामिल है/);
    expect(readBack.speech).toContain('क्या मैं order place कर दूँ?');
    const placed = await s.say('हाँ');
    expect(placed.speech).toContain('आपका order place हो गया');
    const status = await s.say('मेरा order कहाँ है');
    expect(status.intent).toBe('OrderStatusIntent');
    expect(status.speech).toContain('place हो गया है');
  });
});
