/**
 * hi-IN sentences for store questions, the handoff, the voice code, the shopper's data, domain
 * errors, and what the platform adapters say themselves. Not yet reviewed by a native speaker.
 */
import type { Money } from '../../domain/model';
import { characters, say, telephone, type Phrase } from '../speech/phrase';
import { hindiCountOf as n, rupeeWords as money } from './hindi-phrasing';
import type { Sentences } from './locale';

/** Store questions and reaching a person. */
export const store: Sentences['store'] = {
  returns: (p: { text: string }) => say`${p.text}`,
  warranty: (p: { text: string }) => say`${p.text}`,
  substitutions: (p: { text: string }) => say`${p.text}`,
  location: (p: { store: string; address: string }) => say`${p.store} का पता है: ${p.address}.`,
  noPolicy: () => say`यह मेरे पास लिखा नहीं है. 'किसी से बात कराओ' कहिए, हमारी team जवाब देगी.`,
  deliveryOptions: (p: { options: Phrase }) => say`अभी order करें तो आपको ${p.options} मिल सकता है.`,
  freeDelivery: (p: { option: string; price: Money }) =>
    say`${money(p.price)} या उससे ज़्यादा के order पर ${p.option} मुफ़्त है.`,
  hoursToday: (p: { opens: string; closes: string }) => say`आज हम ${p.opens} से ${p.closes} तक खुले हैं.`,
  closedToday: () => say`आज हम बंद हैं.`,
  hoursTomorrow: (p: { opens: string; closes: string }) => say`कल हम ${p.opens} से ${p.closes} तक खुले हैं.`,
  closedTomorrow: () => say`कल हम बंद हैं.`,
  question: () => say`और क्या जानना चाहेंगे?`,
  reprompt: () =>
    say`आप return, warranty, delivery, payment या खुलने के समय के बारे में पूछ सकते हैं, या कोई product ढूँढ सकते हैं.`,
  payOnDelivery: () =>
    say`आप order आने पर, या store से लेते समय पैसे देते हैं; order करते समय कुछ नहीं कटता, और मैं कभी card की जानकारी नहीं माँगती.`,
  payByCardOnFile: (p: { store: string }) =>
    say`${p.store} order place होने पर store के पास रखे आपके card से पैसे लेता है. मैं कभी card की जानकारी नहीं माँगती.`,
  payAskStore: () => say`Payment store खुद लेता है, और मैं कभी card की जानकारी नहीं माँगती.`,
  payOtherWays: () => say`पैसे देने के दूसरे तरीकों के बारे में पूछने के लिए 'किसी से बात कराओ' कहिए.`,
  contact: (p: { store: string; phone: string; hours: string }) =>
    say`आप ${p.store} को ${telephone(p.phone)} पर call कर सकते हैं; वे ${p.hours} जवाब देते हैं. या 'किसी से बात कराओ' कहिए, मैं उनसे आपसे संपर्क करने को कहूँगी.`,
  handoff: (p: { ticketId: string; hours: string; phone: string }) =>
    say`मैंने हमारी team से आपसे संपर्क करने को कहा है; आपका ticket number ${characters(p.ticketId)} है. वे ${p.hours} जवाब देते हैं, या आप ${telephone(p.phone)} पर call कर सकते हैं.`,
  handoffReprompt: () => say`तब तक आप shopping जारी रख सकते हैं. क्या चाहिए?`,
  notSetUp: () => say`यह store अभी orders नहीं ले रहा, पर मैं बता सकती हूँ कि यहाँ क्या मिलता है. आप क्या ढूँढना चाहेंगे?`,
  noHoursSet: () => say`इस store ने अभी नहीं बताया है कि वह कब खुलता है.`,
  noDeliverySet: () => say`इस store ने अभी delivery शुरू नहीं की है.`,
};

/** The voice code. */
export const code: Sentences['code'] = {
  notAsked: () => say`मैंने voice code नहीं माँगा था. नया set करने के लिए 'मेरा voice code set करो' कहिए.`,
  askCurrent: () => say`पहले, अपना अभी वाला voice code बोलिए.`,
  askNew: () => say`आप voice code के लिए कौन से चार अंक रखना चाहेंगे?`,
  askNewReprompt: () => say`चार अंक एक-एक करके बोलिए. ऐसे अंक चुनिए जो दूसरे अंदाज़ा न लगा सकें.`,
  confirmNew: (p: { code: Phrase }) => say`मैंने ${p.code} सुना. क्या यही आपका voice code बना दूँ?`,
  confirmNewReprompt: () => say`यह code रखने के लिए हाँ कहिए, या पुराना ही रखने के लिए नहीं.`,
  set: () => say`आपका voice code set हो गया. हर purchase से पहले मैं इसे पूछूँगी. और कुछ?`,
  notSet: () => say`ठीक है, मैंने आपका voice code नहीं बदला. और क्या चाहिए?`,
  invalid: () => say`Voice code ठीक चार अंकों का होता है. कृपया चार अंक बोलिए.`,
};

/** The shopper's data: what the store keeps about them, and erasing it. */
export const privacy: Sentences['privacy'] = {
  summary: (p: { items: Phrase }) => say`यह store आपके बारे में यह रखता है: ${p.items}.`,
  nothingKept: () => say`यह store अभी आपके बारे में कुछ नहीं रखता. और क्या चाहिए?`,
  keptCart: (p: { count: number }) => say`आपका cart, ${n(p.count, 'सामान')} के साथ`,
  keptOrders: (p: { count: number }) => say`आपके ${n(p.count, 'order', 'orders')}`,
  keptNameAddress: () => say`आपका नाम और delivery का पता`,
  keptVoiceCode: () => say`आपका voice code, इस तरह रखा गया कि कोई पढ़ न सके`,
  keptSpeechRate: () => say`आपको मेरा कितना तेज़ बोलना पसंद है`,
  keptRequests: (p: { count: number }) => say`किसी से बात करने की ${n(p.count, 'request', 'requests')}`,
  keptLink: () => say`यह कि यह device आपके store account से link है`,
  howToDelete: () =>
    say`इसे मिटाने के लिए 'मेरा data delete करो' कहिए. आपके orders store के पास कानूनी record के तौर पर रहेंगे, आपके नाम के बिना.`,
  summaryReprompt: () => say`मिटाने के लिए 'मेरा data delete करो' कहिए, या shopping जारी रखिए.`,
  confirmDelete: () =>
    say`इससे आपकी profile, आपका cart, आपका voice code और किसी से बात करने की आपकी requests मिट जाएँगी, और यह device unlink हो जाएगा. आपके पुराने orders store के पास कानूनी record के तौर पर रहेंगे, उन पर आपका नाम नहीं होगा. क्या मैं आपका data delete कर दूँ?`,
  confirmDeleteReprompt: () => say`Data delete करने के लिए हाँ कहिए, या रखने के लिए नहीं.`,
  deleted: () => say`हो गया. मैंने आपका data delete कर दिया है, अगली बार आप नए सिरे से शुरू करेंगे. नमस्ते.`,
  notDeleted: () => say`ठीक है, मैंने कुछ भी delete नहीं किया. और क्या चाहिए?`,
};

/** One sentence per domain error. */
export const errors: Sentences['errors'] = {
  invalidAmount: () => say`उस दाम में कुछ गड़बड़ थी, इसलिए मैं रुक गई, और कोई पैसा नहीं कटा.`,
  invalidInput: () => say`मैं वह value इस्तेमाल नहीं कर पाई. कृपया किसी और तरह से कहिए.`,
  productNotFound: () => say`वह product अब store में नहीं मिला.`,
  productUnavailable: (p: { product: string }) => say`${p.product} अब उपलब्ध नहीं है.`,
  outOfStock: (p: { product: string; count: number }) =>
    p.count > 0 ? say`${p.product} के सिर्फ़ ${p.count} बचे हैं.` : say`माफ़ कीजिए, ${p.product} अभी stock में नहीं है.`,
  quantityInvalid: (p: { max: number }) => say`एक product के आप 1 से ${p.max} तक ले सकते हैं.`,
  cartEmpty: () => say`आपका cart खाली है, इसलिए अभी check out के लिए कुछ नहीं है.`,
  cartLineNotFound: () => say`वह आपके cart में नहीं है.`,
  cartConflict: () => say`उसी समय आपका cart कहीं और बदल गया. कृपया फिर से कहिए.`,
  cartChanged: () =>
    say`मेरे पढ़ने के बाद आपका cart बदल गया, इसलिए मैंने order place नहीं किया. फिर से सुनने के लिए 'check out करो' कहिए.`,
  deliveryUnknown: (p: { options: Phrase }) => say`मुझे यह delivery option नहीं पता. आप ${p.options} चुन सकते हैं.`,
  paymentDeclined: () => say`Payment decline हो गया, इसलिए मैंने order place नहीं किया; आपका cart वैसा ही है.`,
  paymentDeclinedBecause: (p: { reason: string }) =>
    say`Payment decline हो गया (${p.reason}), इसलिए मैंने order place नहीं किया; आपका cart वैसा ही है.`,
  paymentUnavailable: () =>
    say`मैं payment service तक नहीं पहुँच पाई, इसलिए कुछ order नहीं हुआ. कृपया एक मिनट में फिर कोशिश कीजिए.`,
  illegalTransition: () => say`वह order अब बदला नहीं जा सकता.`,
  codeWrong: (p: { count: number }) =>
    say`यह code सही नहीं है; आपके पास ${n(p.count, 'कोशिश', 'कोशिशें')} बची हैं. आपका voice code क्या है?`,
  codeWrongReprompt: (p: { count: number }) =>
    say`अपने voice code के चारों अंक एक-एक करके बोलिए, जैसे चार, आठ, दो, एक. आपके पास ${n(p.count, 'कोशिश', 'कोशिशें')} बची हैं.`,
  priceChanged: (p: { total: Money }) =>
    say`मेरे पढ़ने के बाद कुल रकम बदलकर ${money(p.total)} हो गई, इसलिए मैंने order place नहीं किया. फिर से सुनने के लिए 'check out करो' कहिए.`,
  storeNotConfigured: () => say`यह store अभी orders नहीं ले रहा. कृपया बाद में कोशिश कीजिए.`,
  reprompt: () => say`आप कोई product ढूँढ सकते हैं, अपना cart सुन सकते हैं, या 'help' कह सकते हैं.`,
};

/** What the platform adapters say in situations of their own. */
export const platform: Sentences['platform'] = {
  apology: () => say`माफ़ कीजिए, मेरी तरफ़ से कुछ गड़बड़ हो गई. कृपया फिर से कहिए.`,
  apologyReprompt: () => say`आप कोई product माँग सकते हैं, पूछ सकते हैं कि cart में क्या है, या help कह सकते हैं.`,
  linkCardSent: () => say`इसके लिए मैंने आपके Alexa app में एक card भेजा है.`,
};
