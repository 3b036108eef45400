/**
 * hi-IN sentences for the cart, checkout, reorder and orders; rupees and paise as Hindi speakers
 * say them. Not yet reviewed by a native speaker.
 */
import type { Money, OrderStatus } from '../../domain/model';
import { characters, say, type Phrase } from '../speech/phrase';
import { hindiCountOf as n, rupeeFigures, rupeeWords as money } from './hindi-phrasing';
import type { Sentences } from './locale';

/** The cart. */
export const cart: Sentences['cart'] = {
  added: (p: { item: Phrase; count: number; subtotal: Money }) =>
    say`${p.item} cart में डाल दिया. आपके cart में ${n(p.count, 'सामान')} है, ${money(p.subtotal)} का.`,
  anythingElse: () => say`और कुछ?`,
  addedReprompt: () => say`आप कुछ और डाल सकते हैं, 'इसे हटा दो' कह सकते हैं, या 'check out करो'.`,
  whatToAdd: () => say`क्या डालना है? जैसे, 'केले add करो'.`,
  whatToAddReprompt: () => say`'add करो' के साथ product का नाम बोलिए, या 'ढूँढो' के साथ जो चाहिए.`,
  removed: (p: { product: string; count: number; subtotal: Money }) =>
    say`${p.product} हटा दिया. आपके cart में ${n(p.count, 'सामान')} है, ${money(p.subtotal)} का.`,
  removedEmpty: (p: { product: string }) => say`${p.product} हटा दिया. आपका cart अब खाली है. क्या ढूँढना है?`,
  quantitySet: (p: { item: Phrase; count: number; subtotal: Money }) =>
    say`अब आपके पास ${p.item} है. आपके cart में ${n(p.count, 'सामान')} है, ${money(p.subtotal)} का.`,
  howMany: () => say`कितने चाहिए?`,
  howManyReprompt: () => say`कोई संख्या बोलिए, जैसे '3 कर दो', या 'इसे हटा दो'.`,
  lineChosen: (p: { item: Phrase }) => say`आपके पास ${p.item} है. आप 'इसे हटा दो' या '3 कर दो' कह सकते हैं.`,
  notInCart: (p: { product: string }) => say`आपके cart में मुझे ${p.product} नहीं दिख रहा.`,
  whichQuantity: (p: { quantity: number; options: Phrase }) => say`किसे ${p.quantity} करना है: ${p.options}?`,
  whichQuantityByName: (p: { quantity: number; options: Phrase }) =>
    say`किसे ${p.quantity} करना है? उसका नाम बोलिए, जैसे ${p.options}.`,
  whichRemove: (p: { options: Phrase }) => say`कौन सा हटाऊँ: ${p.options}?`,
  whichRemoveByName: (p: { options: Phrase }) => say`कौन सा हटाऊँ? उसका नाम बोलिए, जैसे ${p.options}.`,
  end: () => say`आपके cart में बस इतना ही है.`,
  empty: () => say`आपका cart खाली है. क्या ढूँढना है?`,
  contents: (p: { count: number; items: Phrase; subtotal: Money }) =>
    say`आपके cart में ${n(p.count, 'सामान')} है: ${p.items}. कुल ${money(p.subtotal)} हुए.`,
  moreLines: (p: { more: number }) => say`${p.more} और ${p.more === 1 ? 'product' : 'products'}`,
  contentsNext: () => say`तैयार हों तो 'check out करो' कहिए, या shopping जारी रखिए.`,
  contentsMoreNext: () => say`बाकी सुनने के लिए 'अगला' कहिए, या 'check out करो'.`,
  reprompt: () =>
    say`आप 'चीनी हटा दो' की तरह कोई product हटा सकते हैं, 'check out करो' कह सकते हैं, या shopping जारी रखिए.`,
  confirmEmpty: () => say`Cart से सब कुछ हटा दूँ?`,
  confirmEmptyReprompt: () => say`Cart खाली करने के लिए हाँ कहिए, या रखने के लिए नहीं.`,
  emptied: () => say`आपका cart अब खाली है. क्या ढूँढना है?`,
  kept: () => say`ठीक है, आपका cart जैसा था वैसा ही रखा है. और क्या चाहिए?`,
  notAdded: () => say`ठीक है, मैंने नहीं डाला. और क्या चाहिए?`,
  closing: (p: { count: number; subtotal: Money }) =>
    say`ठीक है. आपके cart में ${n(p.count, 'सामान')} है, ${money(p.subtotal)} का. Check out कर दूँ?`,
  closingReprompt: () => say`Check out के लिए हाँ कहिए, या cart बाद के लिए रखने के लिए नहीं.`,
  closingEmpty: () => say`ठीक है. आपका cart खाली है, इसलिए check out के लिए कुछ नहीं है. नमस्ते.`,
  keptForLater: (p: { count: number }) => say`आपका ${n(p.count, 'सामान')} अगली बार के लिए cart में रहेगा.`,
  sureWhatElse: () => say`ज़रूर. और क्या चाहिए?`,
  unitsHeard: (p: { quantity: number; unit: string; product: string }) =>
    say`${p.product} के ${p.quantity} ${p.unit}?`,
  unitsHeardInAll: (p: { quantity: number; unit: string; product: string; total: number }) =>
    say`${p.product} के ${p.quantity} ${p.unit} और, यानी कुल ${p.total}?`,
  unitsHeardReprompt: () => say`डालने के लिए हाँ कहिए, या बताइए आपका क्या मतलब था.`,
  undoneAdd: (p: { product: string }) => say`ठीक है, मैंने ${p.product} वापस निकाल दिया.`,
  undoneAdds: (p: { items: Phrase }) => say`ठीक है, मैंने ${p.items} वापस निकाल दिए.`,
  undonePutBack: (p: { items: Phrase }) => say`ठीक है, मैंने ${p.items} वापस cart में डाल दिए.`,
  removedSeveral: (p: { items: Phrase; count: number; subtotal: Money }) =>
    say`${p.items} हटा दिए. आपके cart में ${n(p.count, 'सामान')} है, ${money(p.subtotal)} का.`,
  stillToFind: (p: { items: Phrase }) => say`${p.items} मैं उसके बाद ढूँढूँगी.`,
  notThatOne: () => say`ठीक है, वह नहीं.`,
  undoneTo: (p: { item: Phrase }) => say`ठीक है, फिर से ${p.item}.`,
  countNoted: (p: { count: number }) => say`ठीक है, ${p.count}.`,
  undoneEmpty: (p: { count: number }) => say`ठीक है, आपका ${n(p.count, 'सामान')} वापस डाल दिया.`,
  nothingToUndo: () => say`वापस करने को कुछ नहीं है: आपका cart नहीं बदला. और क्या चाहिए?`,
  whichFewer: (p: { quantity: number; options: Phrase }) => say`किसमें से ${p.quantity} कम करूँ: ${p.options}?`,
  totalSoFar: (p: { count: number; subtotal: Money }) =>
    say`अब तक ${n(p.count, 'सामान')} के ${money(p.subtotal)} हुए, tax और delivery से पहले.`,
  orderTotal: (p: { total: Money }) => say`कुल ${money(p.total)} हुए, tax और delivery मिलाकर.`,
  inCart: (p: { items: Phrase }) => say`हाँ, आपके cart में ${p.items} है.`,
  notInCartYet: (p: { product: string }) =>
    say`नहीं, आपके cart में ${p.product} नहीं है. डालने के लिए '${p.product} add करो' कहिए.`,
  inCartReprompt: () => say`आप 'इसे हटा दो' या 'एक कम करो' कह सकते हैं, या shopping जारी रखिए.`,
  cartNow: (p: { count: number; subtotal: Money }) =>
    p.count === 0
      ? say`आपका cart अब खाली है.`
      : say`आपके cart में ${n(p.count, 'सामान')} है, ${money(p.subtotal)} का.`,
};

/** Delivery choice, read-back, voice code, confirmation and reorders. */
export const checkout: Sentences['checkout'] = {
  chooseDelivery: (p: { options: Phrase }) => say`आपका order कैसे आए: ${p.options}?`,
  chooseDeliveryReprompt: (p: { options: Phrase }) => say`${p.options} कहिए.`,
  readBackItems: (p: { seller: string; items: Phrase }) => say`${p.seller} से आपका order: ${p.items}.`,
  readBackDelivery: (p: { option: string; price: Money; when: string }) =>
    say`${p.option}, ${money(p.price)} में, ${p.when} पहुँचेगा.`,
  readBackDeliveryFree: (p: { option: string; when: string }) => say`${p.option}, मुफ़्त, ${p.when} पहुँचेगा.`,
  readBackTotal: (p: { total: Money; tax: Money; fees: Money; taxName: string }) =>
    p.fees.amount > 0
      ? say`कुल ${money(p.total)} हुए, जिसमें ${money(p.tax)} ${p.taxName} और ${money(p.fees)} की fees शामिल है.`
      : say`कुल ${money(p.total)} हुए, जिसमें ${money(p.tax)} ${p.taxName} शामिल है.`,
  confirmQuestion: () => say`क्या मैं order place कर दूँ?`,
  cartChangedReadAgain: () =>
    say`मेरे पढ़ने के बाद आपका cart बदल गया, इसलिए मैंने order place नहीं किया. अब यह ऐसा है.`,
  confirmReprompt: (p: { total: Money }) =>
    say`${money(p.total)} का order place करने के लिए हाँ कहिए, या shopping जारी रखने के लिए नहीं.`,
  repriced: (p: { product: string; price: Money; was: Money }) =>
    say`${p.product} अब ${money(p.price)} का है; पहले ${money(p.was)} का था.`,
  askCode: () => say`आपका चार अंकों का voice code क्या है?`,
  askCodeReprompt: () => say`अपने voice code के चारों अंक एक-एक करके बोलिए.`,
  yesFirst: () => say`पहले, अगर order place करना है तो हाँ कहिए.`,
  placed: (p: { orderId: string; when: string }) =>
    say`आपका order place हो गया. आपका order number ${characters(p.orderId)} है, और यह ${p.when} पहुँचेगा.`,
  payOnDelivery: () => say`पैसे सामान आने पर दीजिएगा.`,
  placedReprompt: () => say`आप कभी भी 'मेरा order कहाँ है' पूछ सकते हैं, या बताइए और क्या चाहिए.`,
  cardTitle: (p: { orderId: string }) => say`आपका order ${p.orderId}`,
  cardSummary: (p: { total: Money; option: string; when: string }) =>
    say`कुल ${rupeeFigures(p.total)}. ${p.option}, ${p.when}.`,
  notPlaced: () => say`ठीक है, मैंने order place नहीं किया. आपका cart यहीं है. क्या बदलना है?`,
  notPlacedReorder: () => say`ठीक है, मैंने order place नहीं किया. और क्या चाहिए?`,
  locked: (p: { minutes: number }) =>
    say`कई बार गलत voice code बोलने की वजह से purchases ${n(p.minutes, 'मिनट')} और बंद हैं. तब तक आप shopping जारी रख सकते हैं.`,
  reorderLast: () => say`यह रहा आपका पिछला order.`,
  reorderUsual: () => say`यह रहा आपका हमेशा वाला सामान.`,
  reorderProduct: () => say`पिछली बार आपने यह लिया था.`,
  reorderUnavailable: (p: { items: Phrase }) => say`${p.items} अभी order नहीं हो सकता.`,
  reorderShort: (p: { product: string; count: number }) => say`${p.product} के सिर्फ़ ${p.count} मिल सकते हैं.`,
  reorderNothingYet: () => say`आपने अभी तक कुछ order नहीं किया है, इसलिए दोबारा मँगाने को कुछ नहीं है. क्या ढूँढना है?`,
  reorderNoUsual: () =>
    say`मुझे अभी आपका हमेशा वाला सामान नहीं पता; यह कुछ orders के बाद बनता है. आप 'मेरा पिछला order फिर से मँगाओ' कह सकते हैं.`,
  reorderNotBought: (p: { product: string }) =>
    say`आपके पिछले orders में मुझे ${p.product} नहीं मिला. ढूँढने के लिए 'ढूँढो' के साथ product बोलिए.`,
  reorderNoneAvailable: () =>
    say`इनमें से कोई भी सामान अभी order नहीं हो सकता, इसलिए मैं दोबारा नहीं मँगा सकती. क्या ढूँढना है?`,
};

const STATUS: Readonly<Record<OrderStatus, string>> = {
  placed: 'place हो गया है',
  confirmed: 'confirm हो गया है',
  packed: 'pack होकर तैयार है',
  shipped: 'रास्ते में है',
  out_for_delivery: 'delivery के लिए निकल चुका है',
  delivered: 'deliver हो गया है',
  cancelled: 'cancel हो गया है',
  returned: 'वापस हो गया है',
};

/** Tracking and cancelling. */
export const orders: Sentences['orders'] = {
  status: (p: { orderId: string; status: OrderStatus }) =>
    say`Order ${characters(p.orderId)} ${STATUS[p.status]}.`,
  expected: (p: { when: string }) => say`यह ${p.when} पहुँचेगा.`,
  late: (p: { when: string }) => say`इसमें देर हो रही है; इसे ${p.when} पहुँचना था.`,
  statusReprompt: () => say`आप किसी और order के बारे में उसके number से पूछ सकते हैं, या shopping जारी रखिए.`,
  noOrders: () => say`आपका अभी तक कोई order नहीं है. क्या ढूँढना है?`,
  notFound: (p: { orderId: string }) => say`आपके account में मुझे order ${characters(p.orderId)} नहीं मिला.`,
  confirmCancel: (p: { orderId: string; total: Money; minutes: number }) =>
    say`${money(p.total)} का order ${characters(p.orderId)} cancel कर दूँ? Cancel करने के लिए ${n(p.minutes, 'मिनट')} बचे हैं.`,
  confirmCancelReprompt: () => say`Order cancel करने के लिए हाँ कहिए, या रखने के लिए नहीं.`,
  cancelled: (p: { orderId: string }) => say`Order ${characters(p.orderId)} cancel हो गया. और कुछ?`,
  kept: () => say`ठीक है, order रहने दिया. और कुछ?`,
  contents: (p: { orderId: string; count: number; items: Phrase }) =>
    say`Order ${characters(p.orderId)} में ${n(p.count, 'सामान')} है: ${p.items}.`,
  total: (p: { orderId: string; total: Money }) =>
    say`Order ${characters(p.orderId)} delivery और tax मिलाकर ${money(p.total)} का था.`,
  aboutItReprompt: () => say`आप पूछ सकते हैं कि यह कब आएगा, 'इसे cancel करो' कह सकते हैं, या shopping जारी रखिए.`,
  tooLate: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} अब cancel नहीं हो सकता: cancel करने का समय निकल गया. मदद चाहिए तो 'किसी से बात कराओ' कहिए.`,
  shipped: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} निकल चुका है, इसलिए मैं इसे cancel नहीं कर सकती. वापसी के लिए 'किसी से बात कराओ' कहिए.`,
  final: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} पहले ही बंद हो चुका है, इसलिए cancel करने को कुछ नहीं है.`,
};
