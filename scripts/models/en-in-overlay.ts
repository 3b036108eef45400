/**
 * How Indian English shoppers say it: "what all is in my cart", "add two kg atta", "put one packet
 * of maggi", "customer care", "shop timings", "home delivery", "haan"; atta, dal, paneer, curd,
 * brinjal, lady finger, capsicum and the Hindi names people use in English (aloo, pyaz, doodh).
 */
import type { ModelOverlay, SlotValue } from './derive-model';

const value = (id: string, name: string, synonyms: readonly string[] = []): SlotValue => ({
  id,
  name: { value: name, synonyms },
});

/** The en-IN overlay on en-US. */
export const EN_IN: ModelOverlay = {
  locale: 'en-IN',
  words: [],
  alsoSaid: [['package', 'parcel']],
  dropped: [],
  samples: {
    SearchProductIntent: [
      'is {query} available',
      'do you have {query} available',
      'show me {query}',
      'i want to buy {query}',
      'search {query}',
    ],
    CheapestProductIntent: ['which is the cheapest {query}', 'lowest price {query}'],
    AddToCartIntent: [
      'add {quantity} kg {product}',
      'add {quantity} kilo {product}',
      'add {quantity} packet {product}',
      'put {product} in my cart',
      'put {quantity} packets of {product}',
      'please add {product}',
      'kindly add {product}',
      'i want {quantity} {unit} {product}',
      'give me {quantity} {unit} {product}',
      'add one more',
    ],
    RemoveFromCartIntent: [
      'remove {product} from the cart',
      'delete {product} from my cart',
      "i don't want {product}",
    ],
    ReadCartIntent: [
      'what all is in my cart',
      'what all is there in my cart',
      'tell me my cart items',
      'read my cart items',
      'what items are in my cart',
    ],
    EmptyCartIntent: ['remove all items from my cart', 'clear all the items'],
    CheckoutIntent: [
      'place my order',
      'i want to place the order',
      'proceed to pay',
      'proceed to payment',
      'book my order',
    ],
    ReorderLastIntent: ['repeat my last order', 'same order as last time', 'book the same order again'],
    OrderUsualIntent: ['order my monthly ration', 'my regular items', 'order my regular grocery'],
    OrderStatusIntent: [
      'what is my order status',
      'when will my order come',
      'where did my order reach',
      'my order status',
      'has my order been dispatched',
    ],
    CancelOrderIntent: ['cancel my order please', 'i want to cancel the order'],
    ReturnPolicyIntent: ['how to return a product', 'what is the return policy', 'can i exchange it'],
    DeliveryInfoIntent: [
      'do you do home delivery',
      'what are the delivery slots',
      'is home delivery free',
      'what is the delivery charge',
      'when can you deliver',
    ],
    StoreHoursIntent: [
      'what are the shop timings',
      'what is your timing',
      'store timings',
      'till what time is the shop open',
      'what are your timings today',
    ],
    TalkToPersonIntent: [
      'talk to customer care',
      'connect me to customer care',
      'i want to talk to customer care',
      'customer care please',
      'call customer support',
    ],
    DoneShoppingIntent: ["that's all for today", 'nothing else', "that's it"],
    'AMAZON.YesIntent': ['haan', 'haan ji', 'ok do it', 'yes please', 'ok fine'],
    'AMAZON.NoIntent': ['nahi', 'no no', 'leave it', 'not now'],
  },
  types: {
    PRODUCT: {
      add: [
        value('milk', 'milk', ['doodh', 'toned milk', 'full cream milk', 'milk packet']),
        value('rice', 'rice', ['chawal', 'basmati', 'basmati rice']),
        value('flour', 'atta', ['aata', 'wheat flour', 'chakki atta', 'flour']),
        value('dal', 'dal', ['toor dal', 'arhar dal', 'moong dal', 'masoor dal', 'daal']),
        value('paneer', 'paneer', ['cottage cheese']),
        value('ghee', 'ghee', ['desi ghee']),
        value('yogurt', 'curd', ['dahi', 'yogurt']),
        value('brinjal', 'brinjal', ['baingan', 'eggplant']),
        value('lady-finger', 'lady finger', ['bhindi', 'okra', 'ladies finger']),
        value('capsicum', 'capsicum', ['shimla mirch', 'bell pepper']),
        value('coriander', 'coriander', ['dhaniya', 'coriander leaves']),
        value('onions', 'onions', ['onion', 'pyaz', 'kanda']),
        value('potatoes', 'potatoes', ['potato', 'aloo']),
        value('tomatoes', 'tomatoes', ['tomato', 'tamatar']),
        value('sugar', 'sugar', ['cheeni']),
        value('salt', 'salt', ['namak']),
        value('tea', 'tea', ['chai', 'chai patti', 'tea leaves']),
        value('noodles', 'maggi', ['noodles', 'instant noodles']),
        value('cookies', 'biscuits', ['parle g', 'cookies']),
        value('olive-oil', 'oil', ['cooking oil', 'sunflower oil', 'mustard oil', 'refined oil']),
        value('besan', 'besan', ['gram flour']),
        value('jaggery', 'jaggery', ['gur']),
      ],
    },
    PAYMENT_METHOD: {
      add: [value('upi', 'upi', ['u p i', 'paytm', 'phonepe', 'phone pe', 'gpay', 'bhim'])],
    },
    CATEGORY: {
      add: [
        value('pantry', 'staples', ['atta rice and dal', 'rice and dal', 'grocery', 'kirana']),
        value('produce', 'fruits and vegetables', ['vegetables', 'sabzi', 'fruits', 'fresh vegetables']),
        value('snacks', 'snacks', ['biscuits and snacks', 'namkeen']),
      ],
    },
    DELIVERY_OPTION: {
      add: [
        value('express', 'evening delivery', [
          'evening',
          'evening slot',
          'today evening',
          'this evening',
          'express',
          'same day',
          'today',
          'fastest',
        ]),
        value('standard', 'standard delivery', [
          'standard',
          'next day',
          'tomorrow',
          'tomorrow morning',
          'morning slot',
          'normal delivery',
        ]),
        value('pickup', 'store pickup', [
          'pickup',
          'pick up',
          'i will collect',
          'self pickup',
          'collect from the shop',
        ]),
      ],
    },
    UNIT: { add: [value('kilogram', 'kilogram', ['kilograms', 'kilo', 'kilos', 'kg', 'kgs'])] },
  },
};
