/**
 * hi-IN sentences for what happens after an order is placed: adding to it, a return or refund for
 * something wrong with a delivery, and reaching a person who gets back to the shopper. Not yet
 * reviewed by a native speaker.
 */
import type { Money } from '../../domain/model';
import { characters, say, telephone, type Phrase } from '../speech/phrase';
import { hindiCountOf as n, rupeeWords as money } from './hindi-phrasing';
import type { Sentences } from './locale';

/** Adding to a placed order. */
export const changes: Sentences['changes'] = {
  whatToAdd: () => say`आप अपने order में क्या जोड़ना चाहेंगे?`,
  whatToAddReprompt: () => say`Product का नाम बोलिए, जैसे 'मेरे order में दूध जोड़ो'.`,
  confirmAdd: (p: { items: Phrase; orderId: string; price: Money; total: Money }) =>
    say`मैं ${p.items}, ${money(p.price)} का, order ${characters(p.orderId)} में जोड़ दूँगी. नई कुल रकम ${money(p.total)} होगी. जोड़ दूँ?`,
  confirmAddReprompt: (p: { total: Money }) =>
    say`${money(p.total)} की नई कुल रकम के साथ जोड़ने के लिए हाँ कहिए, या order जैसा है वैसा रखने के लिए नहीं.`,
  added: (p: { items: Phrase; orderId: string; total: Money }) =>
    say`हो गया: ${p.items} order ${characters(p.orderId)} में जुड़ गया. नई कुल रकम ${money(p.total)} है. और कुछ?`,
  notAdded: () => say`ठीक है, मैंने order जैसा था वैसा ही रखा. और कुछ?`,
  cartInstead: () => say`क्या इसे आपके cart में डाल दूँ?`,
  cartInsteadReprompt: () => say`नए order के लिए cart में डालने को हाँ कहिए, या छोड़ने को ना.`,
  packed: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} pack हो रहा है, इसलिए अब इसमें कुछ नहीं जुड़ सकता. आप इसे नए order के लिए cart में रख सकते हैं.`,
  closed: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} बंद हो चुका है, इसलिए इसमें कुछ नहीं जुड़ सकता. आप इसे नए order के लिए cart में रख सकते हैं.`,
  cutoffPassed: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} में बदलाव का समय निकल गया है, इसलिए इसमें कुछ नहीं जुड़ सकता. आप इसे नए order के लिए cart में रख सकते हैं.`,
};

/** Something wrong with a delivery: returns and refunds. */
export const returns: Sentences['returns'] = {
  confirmRequest: (p: { items: Phrase; orderId: string; problem: Phrase }) =>
    say`आपको order ${characters(p.orderId)} के ${p.items} के पैसे वापस चाहिए, ${p.problem}. क्या मैं यह request store को भेज दूँ?`,
  confirmRequestReprompt: () => say`Request भेजने के लिए हाँ कहिए, या छोड़ने के लिए नहीं.`,
  broken: () => say`क्योंकि वह टूटा हुआ आया`,
  missing: () => say`क्योंकि वह आया ही नहीं`,
  spoiled: () => say`क्योंकि वह ख़राब निकला`,
  wrongItem: () => say`क्योंकि ग़लत सामान आया`,
  unwanted: () => say`उसे लौटाने के लिए`,
  sent: (p: { ticketId: string }) =>
    say`मैंने आपकी request भेज दी है; उसका number ${characters(p.ticketId)} है. Store बताएगा कि पैसे कैसे लौटाएगा. हाल जानने के लिए 'मेरे return का क्या हुआ' कहिए.`,
  notSent: () => say`ठीक है, मैंने कुछ नहीं भेजा. और कुछ?`,
  whichItem: () => say`कौन सा सामान था? जैसे, 'अंडे टूटे हुए थे' कहिए.`,
  whichItemReprompt: () => say`अपने order का सामान बताइए, जैसे 'मेरा दूध नहीं आया'.`,
  notOrdered: (p: { product: string }) =>
    say`आपके हाल के orders में मुझे ${p.product} नहीं मिला. कुछ और गड़बड़ हुई हो तो 'किसी से बात कराओ' कहिए.`,
  notDelivered: (p: { product: string; orderId: string }) =>
    say`${p.product} वाला order ${characters(p.orderId)} अभी deliver नहीं हुआ है, इसलिए लौटाने को कुछ नहीं है. वह कहाँ है, यह सुनने के लिए 'मेरा order कहाँ है' कहिए.`,
  windowPassed: (p: { product: string; count: number }) =>
    say`${p.product} delivery के ${n(p.count, 'दिन')} के अंदर लौटाया जा सकता है, और वह समय निकल चुका है.`,
  noPolicy: () => say`इस store ने अभी return policy तय नहीं की है.`,
  toPerson: () => say`'किसी से बात कराओ' कहिए, store से कोई आपकी मदद करेगा.`,
  status: (p: { product: string; orderId: string; state: Phrase }) =>
    say`Order ${characters(p.orderId)} के ${p.product} के बारे में आपकी request ${p.state}.`,
  requested: () => say`store के पास है`,
  approved: () => say`मंज़ूर हो गई`,
  refunded: () => say`के पैसे लौटा दिए गए`,
  declined: () => say`नामंज़ूर हो गई; क्यों, यह सुनने के लिए 'किसी से बात कराओ' कहिए`,
  noRequests: () => say`आपने कोई return या refund नहीं माँगा है. और कुछ?`,
};

/** Reaching a person who gets back to the shopper. */
export const person: Sentences['person'] = {
  howToReach: () =>
    say`मैं store की team से आपसे संपर्क करने को कहूँगी. वे आपको call करें, या message भेजें? आप समय भी बता सकते हैं: सुबह, दोपहर या शाम.`,
  deliveryByTeam: () =>
    say`मैं पता नहीं बदल सकती और driver तक संदेश नहीं पहुँचा सकती, पर store की team यह कर सकती है.`,
  howToReachReprompt: () => say`'मुझे call करो' या 'message भेजो' कहिए, और कब, जैसे 'सुबह को call करो'.`,
  ticket: (p: { ticketId: string }) => say`हो गया; आपका ticket number ${characters(p.ticketId)} है.`,
  openNow: (p: { method: Phrase }) => say`Team अभी मौजूद है; कोई जल्दी ही ${p.method}.`,
  opensLater: (p: { opens: string; day: Phrase; method: Phrase }) =>
    say`हम ${p.day} ${p.opens} खुलते हैं; उसके बाद कोई ${p.method}.`,
  noHours: (p: { method: Phrase }) =>
    say`Store ने नहीं बताया कि उसकी team कब मौजूद रहती है, इसलिए मैं समय नहीं बता सकती, पर कोई ${p.method}.`,
  call: () => say`आपको call करेगा`,
  message: () => say`आपको message भेजेगा`,
  inMorning: (p: { method: Phrase }) => say`सुबह ${p.method}`,
  inAfternoon: (p: { method: Phrase }) => say`दोपहर में ${p.method}`,
  inEvening: (p: { method: Phrase }) => say`शाम को ${p.method}`,
  today: () => say`आज`,
  tomorrow: () => say`कल`,
  onDay: (p: { weekday: string }) => say`${p.weekday} को`,
  cannotReach: (p: { phone: string }) =>
    say`आपका account link नहीं है, इसलिए मैं store को आपसे संपर्क का तरीका नहीं दे सकती. आप उन्हें ${telephone(p.phone)} पर call कर सकते हैं, या app में अपना account link करके फिर पूछिए.`,
  notAsking: () => say`मैं call तय नहीं कर रही थी. अगर आप चाहते हैं कि कोई आपसे संपर्क करे, तो 'किसी से बात कराओ' कहिए.`,
};
