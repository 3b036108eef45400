/**
 * The intent table: every canonical intent name the core handles, its handler, and the slots the
 * handler reads (the contract test compares both with the interaction models).
 */
import type { IntentHandler } from '../context';
import { no, yes } from './answers';
import { browseCategory } from './browse-category';
import { addToCart } from './add-to-cart';
import { emptyCart } from './empty-cart';
import { readCart } from './read-cart';
import { removeFromCart } from './remove-from-cart';
import { setQuantity } from './set-quantity';
import { checkout, chooseDelivery } from './checkout';
import { fallback, help } from './help';
import { launch } from './launch';
import { next, previous } from './list-navigation';
import { cancelOrder, orderStatus } from './orders';
import { productDetails } from './product-details';
import { buyAgain, orderUsual, reorderLast } from './reorder';
import { repeat } from './repeat';
import { searchCheapest, searchProducts } from './search';
import { selectItem } from './select-item';
import { startOver, stop } from './session';
import { normalSpeed, speakFaster, speakSlower } from './speech-rate';
import { deliveryInfo, returnPolicy, storeHours, warranty } from './store-info';
import { talkToPerson } from './talk-to-person';
import { setVoiceCode, voiceCode } from './voice-code';

/** A handler, the slots it accepts, and which of those it accepts but deliberately does not use. */
export interface Route {
  readonly handler: IntentHandler;
  readonly slots: readonly string[];
  readonly ignored?: readonly string[];
}

const route = (handler: IntentHandler, ...slots: string[]): Route => ({ handler, slots });

/** Every handled intent. */
export const ROUTES: Readonly<Record<string, Route>> = {
  LaunchRequest: route(launch),
  SearchProductIntent: route(searchProducts, 'query'),
  CheapestProductIntent: route(searchCheapest, 'query'),
  BrowseCategoryIntent: route(browseCategory, 'category'),
  ProductDetailsIntent: route(productDetails, 'detail', 'product'),
  SelectItemIntent: route(selectItem, 'position', 'itemName', 'brand'),
  SelectIntent: route(selectItem, 'ListPosition'),
  // "Two pounds of bananas" adds two of what the store sells: the unit word does not change the count.
  AddToCartIntent: { ...route(addToCart, 'product', 'quantity', 'brand', 'unit', 'size'), ignored: ['unit'] },
  RemoveFromCartIntent: route(removeFromCart, 'product'),
  SetQuantityIntent: route(setQuantity, 'product', 'quantity'),
  ReadCartIntent: route(readCart),
  EmptyCartIntent: route(emptyCart),
  CheckoutIntent: route(checkout),
  ChooseDeliveryIntent: route(chooseDelivery, 'deliveryOption'),
  VoiceCodeIntent: route(voiceCode, 'code'),
  SetVoiceCodeIntent: route(setVoiceCode, 'code'),
  ReorderLastIntent: route(reorderLast),
  OrderUsualIntent: route(orderUsual),
  BuyAgainIntent: route(buyAgain, 'product'),
  OrderStatusIntent: route(orderStatus, 'orderNumber'),
  CancelOrderIntent: route(cancelOrder, 'orderNumber'),
  ReturnPolicyIntent: route(returnPolicy),
  WarrantyIntent: route(warranty),
  DeliveryInfoIntent: route(deliveryInfo),
  StoreHoursIntent: route(storeHours),
  TalkToPersonIntent: route(talkToPerson),
  SpeakSlowerIntent: route(speakSlower),
  SpeakFasterIntent: route(speakFaster),
  NormalSpeedIntent: route(normalSpeed),
  HelpIntent: route(help),
  StopIntent: route(stop),
  CancelIntent: route(stop),
  FallbackIntent: route(fallback),
  NavigateHomeIntent: route(startOver),
  StartOverIntent: route(startOver),
  YesIntent: route(yes),
  NoIntent: route(no),
  RepeatIntent: route(repeat),
  NextIntent: route(next),
  PreviousIntent: route(previous),
};

/** True for an intent name in the table (its own keys only, never "constructor" or "__proto__"). */
export function isHandled(intent: unknown): intent is string {
  return typeof intent === 'string' && Object.hasOwn(ROUTES, intent);
}

/** The route for a canonical intent name; unknown names are handled as not understood. */
export function routeFor(intent: string): Route {
  return isHandled(intent) ? ROUTES[intent]! : ROUTES.FallbackIntent!;
}
