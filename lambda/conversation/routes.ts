/**
 * The intent table: every canonical intent name the core handles, with every fact about it: its
 * handler, the slots the handler reads (the contract tests compare them with the interaction
 * models), the slots it accepts but deliberately does not use, and whether it answers a "did you
 * mean A, or B?" question (any other intent closes that question).
 */
import { addToCart } from './intents/add-to-cart';
import { addToOrder } from './intents/add-to-order';
import { browseCategory } from './intents/browse-category';
import { cancelIt, cancelOrder } from './intents/cancel-order';
import { checkout, chooseDelivery } from './intents/checkout';
import { doneShopping } from './intents/done-shopping';
import { cartTotal, inCart } from './intents/cart-questions';
import { emptyCart } from './intents/empty-cart';
import { fewer } from './intents/fewer';
import { fallback, help } from './intents/help';
import { launch } from './intents/launch';
import { deleteMyData, myData } from './intents/my-data';
import { next, previous } from './intents/next-previous';
import { lastOrder, recentOrders } from './intents/order-history';
import { orderStatus } from './intents/order-status';
import { permissionResponse } from './intents/permission-response';
import { productDetails, productStock } from './intents/product-details';
import { readCart } from './intents/read-cart';
import { namesTheCart } from './understanding/cart-words';
import { namesAWayBack } from './understanding/contact-answer';
import { removeFromCart } from './intents/remove-from-cart';
import { buyAgain, orderUsual, reorderLast } from './intents/reorder';
import { repeat } from './intents/repeat';
import { searchCheapest, searchProducts } from './intents/search-products';
import { selectItem } from './intents/select-item';
import { setQuantity } from './intents/set-quantity';
import { normalSpeed, speakFaster, speakSlower } from './intents/speech-rate';
import { popularProducts } from './intents/popular-products';
import { startOver } from './intents/start-over';
import { cancel, stop } from './intents/stop';
import {
  contactInfo,
  deliveryInfo,
  paymentInfo,
  returnPolicy,
  storeHours,
  substitutionPolicy,
  storeLocation,
  warranty,
} from './intents/store-info';
import { reportProblem, returnStatus } from './intents/report-problem';
import { contactPreference, deliveryRequest, talkToPerson } from './intents/talk-to-person';
import { undo } from './intents/undo';
import { setVoiceCode, voiceCode } from './intents/voice-code';
import { no, yes } from './intents/yes-no';
import { slotWords, type IntentHandler } from './turn-context';

/** An intent's handler and the facts about it. */
export interface Route {
  readonly handler: IntentHandler;
  /** The slots the handler accepts. */
  readonly slots: readonly string[];
  /** Slots it accepts but deliberately does not use. */
  readonly ignored?: readonly string[];
  /** True when it answers (or asks about) an open "did you mean" question; others close it. */
  readonly answersChoice: boolean;
  /**
   * True when it declines the product just offered ("no"): the question closes, but products named
   * with it (`queued`) still wait, as they do for an intent that answers a choice.
   */
  readonly declinesOffer: boolean;
}

const route = (
  handler: IntentHandler,
  facts: {
    readonly slots?: readonly string[];
    readonly ignored?: readonly string[];
    readonly answersChoice?: boolean;
    readonly declinesOffer?: boolean;
  } = {},
): Route => ({
  handler,
  slots: facts.slots ?? [],
  ...(facts.ignored ? { ignored: facts.ignored } : {}),
  answersChoice: facts.answersChoice ?? false,
  declinesOffer: facts.declinesOffer ?? false,
});

const CHOICE = { answersChoice: true } as const;

/** Every handled intent. */
export const ROUTES: Readonly<Record<string, Route>> = {
  LaunchRequest: route(launch),
  SearchProductIntent: route(searchProducts, { slots: ['query'] }),
  CheapestProductIntent: route(searchCheapest, { slots: ['query'], ...CHOICE }),
  // "What's in there right now": the cart, not an aisle.
  PopularProductsIntent: route(popularProducts, { slots: ['category'] }),
  BrowseCategoryIntent: route(
    (ctx) => (namesTheCart(slotWords(ctx, 'category')) ? readCart(ctx) : browseCategory(ctx)),
    { slots: ['category'] },
  ),
  ProductDetailsIntent: route(productDetails, { slots: ['detail', 'product'], ...CHOICE }),
  ProductStockIntent: route(productStock, { slots: ['product'], ...CHOICE }),
  SelectItemIntent: route(selectItem, { slots: ['position', 'listNumber', 'itemName', 'brand'], ...CHOICE }),
  SelectIntent: route(selectItem, { slots: ['ListPosition'], ...CHOICE }),
  AddToCartIntent: route(addToCart, {
    slots: ['product', 'quantity', 'brand', 'unit', 'size', 'cartName'],
    // "Two pounds of bananas" adds two of what the store sells: the unit word does not change the count.
    // "On my list" or "in my basket" is where it goes, which is always the cart.
    ignored: ['unit', 'cartName'],
    ...CHOICE,
  }),
  RemoveFromCartIntent: route(removeFromCart, {
    slots: ['product', 'cartName'],
    ignored: ['cartName'],
    ...CHOICE,
  }),
  SetQuantityIntent: route(setQuantity, { slots: ['product', 'quantity'], ...CHOICE }),
  ReadCartIntent: route(readCart, { slots: ['cartName'], ignored: ['cartName'] }),
  CartTotalIntent: route(cartTotal, { slots: ['cartName'], ignored: ['cartName'] }),
  InCartIntent: route(inCart, { slots: ['product'] }),
  FewerIntent: route(fewer, { slots: ['product', 'quantity'], ...CHOICE }),
  EmptyCartIntent: route(emptyCart, { slots: ['cartName'], ignored: ['cartName'] }),
  UndoIntent: route(undo, { slots: ['product'], ...CHOICE }),
  CancelItIntent: route(cancelIt),
  DoneShoppingIntent: route(doneShopping),
  CheckoutIntent: route(checkout, { slots: ['cartName'], ignored: ['cartName'] }),
  ChooseDeliveryIntent: route(chooseDelivery, { slots: ['deliveryOption'] }),
  VoiceCodeIntent: route(voiceCode, { slots: ['code'] }),
  SetVoiceCodeIntent: route(setVoiceCode, { slots: ['code'] }),
  ReorderLastIntent: route(reorderLast),
  OrderUsualIntent: route(orderUsual),
  // "More bananas" from a shopper with no linked account has no past orders to read: it adds them.
  BuyAgainIntent: route((ctx) => (ctx.customer.linked ? buyAgain(ctx) : addToCart(ctx)), {
    slots: ['product'],
  }),
  OrderStatusIntent: route(orderStatus, { slots: ['orderNumber'] }),
  LastOrderIntent: route(lastOrder),
  RecentOrdersIntent: route(recentOrders),
  CancelOrderIntent: route(cancelOrder, { slots: ['orderNumber'] }),
  // An anonymous shopper has no order to change: "put that in my order" means the cart.
  AddToOrderIntent: route((ctx) => (ctx.customer.linked ? addToOrder(ctx) : addToCart(ctx)), {
    slots: ['product', 'quantity', 'orderNumber'],
  }),
  ReportProblemIntent: route(reportProblem, { slots: ['product', 'problem'] }),
  ReturnStatusIntent: route(returnStatus),
  ReturnPolicyIntent: route(returnPolicy),
  // The product a warranty question names is heard but not used: the policy is the store's.
  WarrantyIntent: route(warranty, { slots: ['product'], ignored: ['product'] }),
  // The product a substitution question names is heard but not used: the policy is the store's.
  SubstitutionPolicyIntent: route(substitutionPolicy, { slots: ['product'], ignored: ['product'] }),
  StoreLocationIntent: route(storeLocation),
  DeliveryInfoIntent: route(deliveryInfo),
  PaymentInfoIntent: route(paymentInfo, { slots: ['paymentMethod'], ignored: ['paymentMethod'] }),
  StoreHoursIntent: route(storeHours),
  ContactInfoIntent: route(contactInfo),
  TalkToPersonIntent: route(talkToPerson),
  DeliveryRequestIntent: route(deliveryRequest),
  // Words that name no way back and no time of day only fitted the open slots: not understood.
  ContactPreferenceIntent: route((ctx) => (namesAWayBack(ctx) ? contactPreference(ctx) : fallback(ctx)), {
    slots: ['method', 'daypart'],
  }),
  SpeakSlowerIntent: route(speakSlower, CHOICE),
  SpeakFasterIntent: route(speakFaster, CHOICE),
  NormalSpeedIntent: route(normalSpeed, CHOICE),
  HelpIntent: route(help, CHOICE),
  StopIntent: route(stop),
  CancelIntent: route(cancel, CHOICE),
  FallbackIntent: route(fallback, CHOICE),
  NavigateHomeIntent: route(startOver),
  StartOverIntent: route(startOver),
  YesIntent: route(yes, CHOICE),
  MyDataIntent: route(myData),
  DeleteMyDataIntent: route(deleteMyData),
  NoIntent: route(no, { declinesOffer: true }),
  // The platform's answer to its permission question (Alexa's consent), never a spoken intent.
  PermissionResponse: route(permissionResponse),
  RepeatIntent: route(repeat, CHOICE),
  NextIntent: route(next, CHOICE),
  PreviousIntent: route(previous, CHOICE),
};

/** Every intent name the core handles (canonical names, as Turn.intent carries them). */
export const HANDLED_INTENTS: readonly string[] = Object.keys(ROUTES);

/** The slots each handled intent reads. */
export const HANDLED_SLOTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(ROUTES).map(([intent, { slots }]) => [intent, slots]),
);

/** True for an intent name in the table (its own keys only, never "constructor" or "__proto__"). */
export function isHandled(intent: unknown): intent is string {
  return typeof intent === 'string' && Object.hasOwn(ROUTES, intent);
}

/** The route for a canonical intent name; unknown names are handled as not understood. */
export function routeFor(intent: string): Route {
  return isHandled(intent) ? ROUTES[intent]! : ROUTES.FallbackIntent!;
}
