/**
 * hi-IN sentences for after the order: order updates and the consent to them, the store's notices,
 * the orders still open and the ones before, the cart left behind and its reminder. Not yet
 * reviewed by a native speaker.
 */
import type { Money, OrderStatus } from '../../domain/model';
import { characters, say, type Phrase } from '../speech/phrase';
import { hindiCountOf as n, rupeeWords as money } from './hindi-phrasing';
import type { Sentences } from './locale';

const BRIEF: Readonly<Record<OrderStatus, string>> = {
  placed: 'place हो गया',
  confirmed: 'confirm हो गया',
  packed: 'pack हो गया',
  shipped: 'रास्ते में',
  out_for_delivery: 'delivery के लिए निकला',
  delivered: 'deliver हो गया',
  cancelled: 'cancel हो गया',
  returned: 'वापस हो गया',
};

/** Order updates, store notices, order history, the cart left behind and its reminder. */
export const notify: Sentences['notify'] = {
  askUpdates: () => say`जब आपका order निकलेगा और पहुँचेगा, मैं आपको यहीं बता सकती हूँ.`,
  updatesOn: () => say`धन्यवाद. आपका order आगे बढ़ेगा तो मैं बताऊँगी. और कुछ?`,
  updatesOff: () => say`ठीक है, order updates नहीं. मन बदले तो इसके लिए मैंने Alexa app में एक card भेजा है. और कुछ?`,
  updatesNotAnswered: () => say`मैंने Alexa app में एक card भेजा है, वहाँ से आप order updates चालू कर सकते हैं. और कुछ?`,
  updatesReprompt: () => say`आप कभी भी 'मेरा order कहाँ है' पूछ सकते हैं, या बताइए और क्या चाहिए.`,
  storeCancelled: (p: { store: string; orderId: string }) =>
    say`${p.store} का संदेश: order ${characters(p.orderId)} store ने cancel कर दिया है. कोई सवाल हो तो 'किसी से बात कराओ' कहिए.`,
  openCount: (p: { count: number }) => say`आपके ${n(p.count, 'order', 'orders')} अभी चल रहे हैं.`,
  openCountNewest: (p: { count: number }) =>
    say`आपके ${n(p.count, 'order', 'orders')} अभी चल रहे हैं. सबसे नए तीन:`,
  openOrder: (p: { orderId: string; status: OrderStatus; when: string }) =>
    say`Order ${characters(p.orderId)}, ${BRIEF[p.status]}, ${p.when} पहुँचेगा.`,
  openOrderLate: (p: { orderId: string; status: OrderStatus; when: string }) =>
    say`Order ${characters(p.orderId)}, ${BRIEF[p.status]}, देर हो रही है: इसे ${p.when} पहुँचना था.`,
  openReprompt: () => say`किसी order के बारे में और सुनने के लिए उसका number बोलिए, या shopping जारी रखिए.`,
  lastOrder: (p: { when: string; count: number; items: Phrase; total: Money }) =>
    say`पिछली बार, ${p.when}, आपने ${n(p.count, 'सामान')} मँगाया था: ${p.items}, ${money(p.total)} का.`,
  lastOrderReprompt: () => say`आप 'मेरा पिछला order फिर से मँगाओ' कह सकते हैं, या shopping जारी रखिए.`,
  recentCount: (p: { count: number }) =>
    p.count === 1 ? say`अब तक आपका एक order है.` : say`आपके पिछले ${p.count} orders:`,
  recentOrder: (p: { orderId: string; when: string; count: number; total: Money; status: OrderStatus }) =>
    say`Order ${characters(p.orderId)}, ${p.when}, ${n(p.count, 'सामान')}, ${money(p.total)}, ${BRIEF[p.status]}.`,
  welcomeBackStore: (p: { store: string }) => say`${p.store} में आपका फिर से स्वागत है.`,
  cartLeft: (p: { count: number; subtotal: Money }) =>
    say`आपने cart में ${n(p.count, 'सामान')} छोड़ा था, ${money(p.subtotal)} का. सुनना चाहेंगे?`,
  reminderOffer: (p: { count: number }) =>
    say`आपका ${n(p.count, 'सामान')} cart में रहेगा. कल शाम को याद दिला दूँ?`,
  reminderOfferReprompt: () => say`कल शाम याद दिलाने के लिए हाँ कहिए, या रहने देने के लिए नहीं.`,
  reminderAsk: () => say`याद दिलाने के लिए मुझे आपकी अनुमति चाहिए.`,
  reminderSet: (p: { time: string }) => say`हो गया. मैं कल ${p.time} याद दिलाऊँगी. नमस्ते.`,
  reminderNoPermission: () =>
    say`आपकी अनुमति के बिना मैं याद नहीं दिला सकती; अनुमति देने के लिए मैंने Alexa app में एक card भेजा है. आपका cart रखा है. नमस्ते.`,
  reminderFailed: () => say`मैं अभी याद दिलाने का समय set नहीं कर पाई. आपका cart अगली बार के लिए रखा है. नमस्ते.`,
  reminderText: (p: { store: string }) => say`${p.store} में आपका cart आपका इंतज़ार कर रहा है.`,
};
