/**
 * Shopping in Hindi and Hinglish through the real Alexa skill (locale hi-IN) on DynamoDB Local with
 * the India demo catalog: each utterance is resolved against the hi-IN interaction model by the
 * voice console's stand-in for Alexa, on the India demo store (Apna Bazaar); search in Devanagari and romanised Hindi, adding to the cart,
 * hearing the cart, and the checkout read-back in rupees and paise, in Hindi.
 */
import { buildAlexaSkill } from '../../lambda/adapters/alexa/alexa-skill';
import { buildConversation } from '../../lambda/conversation/core';
import { loadInteractionModel } from '../../lambda/local/console/interaction-model';
import { buildUtteranceMatcher } from '../../lambda/local/console/utterance-matcher';
import { DEMO_STORES } from '../../lambda/local/demo/demo-stores';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { AlexaSession, alexaUserId, TEST_SKILL_ID, type TestSlot } from '../support/alexa-envelopes';
import { recordingLog } from '../support/alexa-log';
import { responseProblems, wordsOf } from '../support/alexa-ssml';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';
import { createTestServices, type TestServices } from '../support/test-services';

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
  const loaded = await loadDemoStore({
    doc: table.doc,
    tableName: table.tableName,
    store: DEMO_STORES.india,
  });
  expect(loaded).toMatchObject({ loaded: true, catalog: { rejected: [] } });
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
    expect(welcome).toContain('Apna Bazaar में आपका स्वागत है');
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
    // The cart said in Devanagari, as a hi-IN recogniser writes it, is the cart, not an aisle.
    const devanagari = await s.say('कार्ट में क्या है');
    expect(devanagari.speech).toMatch(/^आपके cart में \d+ सामान है: /);
  });

  it('adds several products said together with "और", asking about the one that needs it', async () => {
    const { shopper: s } = await shopper();
    const asked = await s.say('दूध और अंडे डाल दो');
    expect(asked.intent).toBe('AddToCartIntent');
    expect(asked.speech).toMatch(/^अंडे मैं उसके बाद ढूँढूँगी\. आपका मतलब .* था, या .*\?$/);
    const next = await s.say('पहला वाला');
    expect(next.speech).toMatch(/cart में डाल दिया\./);
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
    expect(checkout.speech).toContain('evening delivery, 25 रुपये में, आज, शाम 6 से 8 बजे के बीच पहुँचेगा');
    expect(checkout.speech).toContain('standard delivery, 15 रुपये में, कल, सुबह 9 बजे से दोपहर 12 बजे के बीच पहुँचेगा');
    const readBack = await s.say('standard');
    expect(readBack.speech).toContain('Apna Bazaar Kirana Store से आपका order');
    expect(readBack.speech).toMatch(/कुल \d+ रुपये( \d+ पैसे)? हुए, जिसमें \d+ रुपये( \d+ पैसे)? GST शामिल है/);
    expect(readBack.speech).toContain('क्या मैं order place कर दूँ?');
    const placed = await s.say('हाँ');
    expect(placed.speech).toContain('आपका order place हो गया');
    expect(placed.speech).toContain('कल, सुबह 9 बजे से दोपहर 12 बजे के बीच पहुँचेगा');
    const status = await s.say('मेरा order कहाँ है');
    expect(status.intent).toBe('OrderStatusIntent');
    expect(status.speech).toContain('place हो गया है');
  });
});
