/**
 * hi-IN sentences for the session, help, lists and products: Hindi as it is spoken in India, with
 * the English words Indians shop with (cart, order, check out) in Latin script. Not yet reviewed by
 * a native speaker.
 */
import type { Money } from '../../domain/model';
import { say, type Phrase } from '../speech/phrase';
import { hindiCountOf as n, hindiSizeWords, rupeeWords as money } from './hindi-phrasing';
import type { Sentences } from './locale';

/** Opening, closing, navigation and speech rate. */
export const common: Sentences['common'] = {
  welcomeNew: (p: { store: string }) =>
    say`${p.store} में आपका स्वागत है. मैं products ढूँढ सकती हूँ, आपका cart भर सकती हूँ, और order place और track कर सकती हूँ. आपको क्या चाहिए?`,
  welcomeBack: (p: { store: string }) => say`${p.store} में आपका फिर से स्वागत है. आज क्या चाहिए?`,
  welcomeBackCart: (p: { store: string; count: number; subtotal: Money }) =>
    say`${p.store} में आपका फिर से स्वागत है. आपके cart में अभी भी ${n(p.count, 'सामान')} है, ${money(p.subtotal)} का. क्या मैं पढ़कर सुनाऊँ?`,
  welcomeReprompt: () => say`आप कह सकते हैं 'दूध ढूँढो', 'मेरे cart में क्या है', या 'मेरा order कहाँ है'.`,
  welcomeCartReprompt: () => say`Cart सुनने के लिए हाँ कहिए, या बताइए क्या ढूँढना है.`,
  whatElse: () => say`और क्या चाहिए?`,
  homeReprompt: () => say`आप कोई product ढूँढ सकते हैं, अपना cart सुन सकते हैं, या 'check out करो' कह सकते हैं.`,
  startOver: () => say`ठीक है, फिर से शुरू करते हैं. क्या ढूँढना है?`,
  goodbye: () => say`नमस्ते, फिर मिलेंगे.`,
  nothingOrdered: () => say`ठीक है, कुछ भी order नहीं हुआ.`,
  notAsking: () => say`मैंने अभी हाँ या ना वाला सवाल नहीं पूछा था. आप क्या करना चाहेंगे?`,
  nothingToRepeat: () => say`अभी दोहराने के लिए कुछ नहीं है. क्या ढूँढना है?`,
  didNotCatch: () => say`माफ़ कीजिए, मैं समझ नहीं पाई.`,
  didNotUnderstand: (p: { heard: string }) => say`माफ़ कीजिए, मैं "${p.heard}" समझ नहीं पाई.`,
  unexpected: () => say`माफ़ कीजिए, मेरी तरफ़ से कुछ गड़बड़ हो गई. आपका cart सुरक्षित है, कृपया फिर से कहिए.`,
  unexpectedReprompt: () => say`किसी और तरह से कहकर देखिए, या 'help' कहिए.`,
  late: () =>
    say`माफ़ कीजिए, store अभी जवाब देने में बहुत देर लगा रहा है. अगर आप cart बदल रहे थे, तो फिर से कोशिश करने से पहले पूछ लीजिए कि cart में क्या है.`,
  lateOrder: () =>
    say`माफ़ कीजिए, store जवाब देने में देर लगा रहा है, इसलिए मैं अभी नहीं बता सकती कि order हुआ या नहीं. थोड़ी देर में फिर से हाँ कहिए, मैं देख लूँगी. Order दो बार नहीं होगा.`,
  lateOrderReprompt: () => say`हाँ कहिए, मैं बताती हूँ कि आपका order हुआ या नहीं.`,
  linkAccount: () =>
    say`Check out करने या अपने orders देखने के लिए, कृपया store के साथ अपना account link कीजिए. आपका cart आपका इंतज़ार करेगा.`,
  searching: () => say`एक पल, मैं देखती हूँ.`,
  placing: () => say`एक पल, मैं आपका order place कर रही हूँ.`,
  slower: () => say`ठीक है, मैं अब धीरे बोलूँगी. आपको क्या चाहिए?`,
  faster: () => say`ठीक है, मैं अब तेज़ बोलूँगी. आपको क्या चाहिए?`,
  normalSpeed: () => say`ठीक है, मैं अपनी आम रफ़्तार से बोलूँगी. आपको क्या चाहिए?`,
  slowest: () => say`मैं इससे धीरे नहीं बोल सकती. आपको क्या चाहिए?`,
  fastest: () => say`मैं इससे तेज़ नहीं बोल सकती. आपको क्या चाहिए?`,
  rateReprompt: () => say`कभी भी 'धीरे बोलो' या 'तेज़ बोलो' कहिए, या बताइए क्या ढूँढना है.`,
  yesLabel: () => say`हाँ`,
  noLabel: () => say`नहीं`,
  nextLabel: () => say`अगला`,
  cartLabel: () => say`मेरे cart में क्या है`,
  checkoutLabel: () => say`Check out करो`,
};

/** Help for where the shopper is. */
export const help: Sentences['help'] = {
  home: () =>
    say`आप कह सकते हैं 'दूध ढूँढो', 'मेरे cart में क्या है', 'check out करो', 'मेरा order कहाँ है', 'मेरा voice code set करो', या 'किसी से बात कराओ'. आपको क्या चाहिए?`,
  list: (p: { count: number }) =>
    say`आप ${n(p.count, 'product')} की list में हैं. आगे-पीछे जाने के लिए 'अगला' या 'पिछला' कहिए, चुनने के लिए 'दूसरा वाला' या उसके नाम का कोई शब्द कहिए.`,
  product: (p: { product: string }) =>
    say`आप ${p.product} देख रहे हैं. 'add करो', 'इसे हटा दो', 'यह कितने का है', या 'यह कब तक आएगा' कहिए.`,
  confirmOrder: () =>
    say`मैं आपका order place करने के लिए रुकी हूँ. Place करने के लिए हाँ कहिए, shopping जारी रखने के लिए नहीं, या सामान सुनने के लिए 'मेरे cart में क्या है'.`,
  voiceCode: () =>
    say`Order place करने से पहले मुझे आपका चार अंकों का voice code चाहिए. चारों अंक बोलिए, या भूल गए हों तो 'किसी से बात कराओ' कहिए.`,
  delivery: (p: { options: Phrase }) => say`Order कैसे आए, यह चुनिए: ${p.options} कहिए.`,
  reprompt: () => say`यह फिर से सुनने के लिए 'help' कहिए, या बंद करने के लिए 'stop'.`,
  listFallback: () => say`आप list से कोई नंबर कह सकते हैं, जैसे 'पहला वाला', या 'अगला'.`,
  fallbackReprompt: () => say`मैं क्या कर सकती हूँ यह सुनने के लिए 'help' कहिए, या बंद करने के लिए 'stop'.`,
};

/** Search results, aisles and moving through a list. */
export const list: Sentences['list'] = {
  whatToFind: () => say`आप क्या ढूँढ रहे हैं?`,
  noMatch: (p: { query: string }) =>
    say`मुझे ${p.query} के लिए कुछ नहीं मिला. कोई दूसरा नाम बोलिए, या dairy या masala जैसा कोई section.`,
  noMatchReprompt: () => say`किसी product का नाम बोलिए, जैसे 'आटा' या 'चाय पत्ती'.`,
  notSold: (p: { query: string }) => say`मेरे पास ${p.query} नहीं है.`,
  closestPartly: (p: { query: string; product: string; price: Money }) =>
    say`मेरे पास ${p.query} नहीं है. ${p.product} है, ${money(p.price)} का. वह चलेगा?`,
  closestSounds: (p: { query: string; product: string; price: Money }) =>
    say`मुझे ${p.query} नहीं मिला. सबसे मिलता-जुलता ${p.product} है, ${money(p.price)} का. वह चलेगा?`,
  closestReprompt: () => say`Add करने के लिए हाँ कहिए, या नहीं कहकर बताइए और क्या ढूँढना है.`,
  foundClose: (p: { count: number; query: string }) =>
    say`मेरे पास ${p.query} नहीं है, पर ${n(p.count, 'product')} मिलते-जुलते हैं.`,
  found: (p: { count: number; query: string }) => say`${p.query} के लिए ${n(p.count, 'नतीजा', 'नतीजे')} मिले.`,
  overBudget: (p: { price: Money }) => say`${money(p.price)} से कम में ऐसा कुछ नहीं है.`,
  cheapestOver: (p: { count: number }) => say`उससे ऊपर ${n(p.count, 'नतीजा', 'नतीजे')} हैं, सबसे सस्ता पहले.`,
  foundOne: (p: { item: Phrase }) => say`मुझे ${p.item} मिला.`,
  popular: () => say`सबसे ज़्यादा बिकने वाले सामान ये हैं.`,
  severalFound: (p: { items: Phrase }) => say`मेरे पास ${p.items} है. पहले कौन सा चाहिए?`,
  severalFoundReprompt: (p: { query: string }) => say`जो चाहिए उसका नाम बोलिए, जैसे '${p.query}'.`,
  kindsOf: (p: { count: number; query: string }) => say`${p.query} की ${n(p.count, 'किस्म')}`,
  noneOf: (p: { query: string }) => say`${p.query} नहीं`,
  popularIn: (p: { category: string }) => say`${p.category} में सबसे ज़्यादा बिकने वाले सामान ये हैं.`,
  aisle: (p: { count: number; category: string }) => say`${p.category} section में ${n(p.count, 'product')} हैं.`,
  aisleEmpty: (p: { category: string }) =>
    say`${p.category} में अभी कुछ नहीं है. कोई दूसरा section बोलिए, या कोई product ढूँढिए.`,
  topFew: (p: { count: number }) => say`पहले ${p.count} ये हैं:`,
  whichOne: () => say`आपको कौन सा चाहिए?`,
  whichOneOrNext: () => say`आपको कौन सा चाहिए? या और सुनने के लिए 'अगला' कहिए.`,
  reprompt: (p: { word: string }) =>
    p.word
      ? say`'पहला वाला' कहिए, नाम का कोई शब्द जैसे '${p.word} वाला', या और सुनने के लिए 'अगला'.`
      : say`'पहला वाला' कहिए, या और सुनने के लिए 'अगला'.`,
  ambiguous: (p: { first: Phrase; second: Phrase }) => say`आपका मतलब ${p.first} था, या ${p.second}?`,
  ambiguousReprompt: () => say`'पहला वाला' या 'दूसरा वाला' कहिए, या उसके नाम का कोई शब्द.`,
  end: (p: { count: number }) => say`बस, यही ${p.count} थे.`,
  endOfTop: (p: { count: number; more: number }) =>
    say`ये पहले ${p.count} थे, और ${p.more} और मिले. छाँटने के लिए brand या दाम बोलिए, जैसे '100 रुपये से कम की चाय'.`,
  endReprompt: () => say`चुनने के लिए कोई नंबर बोलिए, पीछे जाने के लिए 'पिछला', या कुछ और ढूँढिए.`,
  pickReprompt: (p: { word: string }) =>
    p.word
      ? say`'पहला वाला' कहिए, या नाम का कोई शब्द, जैसे '${p.word} वाला'.`
      : say`'पहला वाला' या 'दूसरा वाला' कहिए.`,
  start: () => say`आप list की शुरुआत में हैं.`,
  noList: () => say`अभी कोई list खुली नहीं है. कुछ ढूँढिए, जैसे 'ब्रेड ढूँढो'.`,
  noListReprompt: () => say`बताइए क्या ढूँढना है, जैसे 'अंडे हैं क्या'.`,
  whichNumber: (p: { count: number }) =>
    p.count === 2 ? say`कौन सा? पहला या दूसरा कहिए.` : say`कौन सा? पहला, दूसरा या तीसरा कहिए.`,
  notInList: (p: { word: string }) =>
    say`इस list में मुझे ${p.word} नहीं मिला. पहला, दूसरा या तीसरा कहिए, या 'अगला'.`,
  noSuchPosition: (p: { position: number; count: number }) =>
    say`नंबर ${p.position} नहीं है; इस list में ${p.count} हैं.`,
  soldOutTag: () => say`स्टॉक में नहीं`,
};

/** One product. */
export const product: Sentences['product'] = {
  entry: (p: { product: string; price: Money }) => say`${p.product}, ${money(p.price)}`,
  entrySized: (p: { product: string; size: string; price: Money }) =>
    say`${p.product}, ${hindiSizeWords(p.size)}, ${money(p.price)}`,
  price: (p: { product: string; price: Money }) => say`${p.product} ${money(p.price)} का है.`,
  size: (p: { product: string; size: string }) => say`${p.product} ${hindiSizeWords(p.size)} का है.`,
  noSize: (p: { product: string }) => say`${p.product} का size मेरे पास लिखा नहीं है.`,
  inStock: (p: { product: string }) => say`${p.product} stock में है.`,
  lowStock: (p: { product: string; count: number }) => say`${p.product} के सिर्फ़ ${p.count} बचे हैं.`,
  soldOut: (p: { product: string }) => say`माफ़ कीजिए, ${p.product} अभी stock में नहीं है.`,
  soldOutNext: () => say`आप कोई दूसरा चुन सकते हैं, या कुछ और ढूँढ सकते हैं.`,
  soldOutIt: () => say`माफ़ कीजिए, यह अभी stock में नहीं है.`,
  deliveryChoice: (p: { option: string; price: Money; when: string }) =>
    say`${p.option}, ${money(p.price)} में, ${p.when} पहुँचेगा`,
  deliveryChoiceFree: (p: { option: string; when: string }) => say`${p.option}, मुफ़्त, ${p.when} पहुँचेगा`,
  deliveryOptions: (p: { options: Phrase }) => say`अभी order करें तो: ${p.options}.`,
  description: (p: { text: string }) => say`${p.text}`,
  noDescription: (p: { product: string }) => say`${p.product} के बारे में मेरे पास कोई जानकारी नहीं है.`,
  addIt: () => say`क्या इसे cart में डाल दूँ?`,
  addItReprompt: () => say`'add करो', 'दो add करो' कहिए, या पूछिए 'यह कब तक आएगा'.`,
  whichProduct: () => say`आप कौन सा product कह रहे हैं? पहले कुछ ढूँढिए, जैसे 'चाय ढूँढो'.`,
  whichProductReprompt: () => say`'ढूँढो' के साथ बताइए क्या चाहिए.`,
};
