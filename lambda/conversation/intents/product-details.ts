/**
 * Details of one product on request: price, size, stock, delivery options with the day it would
 * arrive, or a description; "tell me more" gives a short summary; "any left?" the stock. Always read
 * fresh, then offered.
 */
import type { Product } from '../../domain/model';
import { awaiting, focused, type Focus } from '../dialog-state';
import { pickAnswer } from '../lists/list-answers';
import { brandedName } from '../lists/list-speech';
import { orderDetailAnswer, orderStatusAnswer } from '../orders/order-answers';
import { targetNamed } from '../products/product-target';
import { ask, type Answer } from '../reply';
import { concat, sentences, shorten, type Phrase, NAME_LENGTH } from '../speech/phrase';
import { slot, slotWords, type IntentHandler, type TurnContext, readProductSlot } from '../turn-context';
import { refer } from '../understanding/resolve-reference';
import { readSlot, type SlotReading } from '../understanding/slot-reading';
import { noteReinterpreted } from '../understanding/understanding-metrics';
import { deliveryInfoAnswer } from '../answers/delivery-info';
import { deliveryWhen } from '../checkout/delivery-when';

type Detail = 'price' | 'size' | 'stock' | 'delivery' | 'description' | 'summary';

const KEYWORDS: readonly (readonly [RegExp, Detail])[] = [
  [/price|cost|much/i, 'price'],
  [/size|big|weigh|large/i, 'size'],
  [/stock|available|left|have/i, 'stock'],
  [
    /deliver|arrive|ship|when|get it|ready|here|coming|way|eta|long|expect|time|soon|status|track|shows? up/i,
    'delivery',
  ],
  [/descri|about|what is/i, 'description'],
];

function detailOf(ctx: TurnContext): Detail {
  const id = slot(ctx, 'detail')?.resolvedId;
  if (id === 'price' || id === 'size' || id === 'stock' || id === 'delivery' || id === 'description')
    return id;
  const words = slotWords(ctx, 'detail') ?? '';
  return KEYWORDS.find(([pattern]) => pattern.test(words))?.[1] ?? 'summary';
}

function stockSentence(ctx: TurnContext, product: Product, name: string): Phrase {
  const p = ctx.locale.product;
  if (product.stock <= 0) return p.soldOut({ product: name });
  return product.stock <= 5
    ? p.lowStock({ product: name, count: product.stock })
    : p.inStock({ product: name });
}

async function deliverySentence(ctx: TurnContext, product: Product): Promise<Phrase> {
  const { product: p, phrasing } = ctx.locale;
  const choices = await ctx.deps.checkout.deliveryChoices(product.price);
  const options = choices.slice(0, 3).map((c) => {
    const when = deliveryWhen(ctx.locale, ctx.today, c.expectedDate, c.option.window);
    const option = c.option.name;
    return c.price.amount === 0
      ? p.deliveryChoiceFree({ option, when })
      : p.deliveryChoice({ option, price: c.price, when });
  });
  return p.deliveryOptions({ options: phrasing.clauses(options, 'and') });
}

async function describe(ctx: TurnContext, product: Product, detail: Detail): Promise<Phrase> {
  const p = ctx.locale.product;
  const name = shorten(brandedName(product), NAME_LENGTH);
  switch (detail) {
    case 'price':
      return p.price({ product: name, price: product.price });
    case 'size':
      return product.size ? p.size({ product: name, size: product.size }) : p.noSize({ product: name });
    case 'stock':
      return stockSentence(ctx, product, name);
    case 'delivery':
      return deliverySentence(ctx, product);
    case 'description':
      return product.description
        ? p.description({ text: shorten(product.description, 300) })
        : p.noDescription({ product: name });
    case 'summary': {
      const entry = product.size
        ? p.entrySized({ product: name, size: product.size, price: product.price })
        : p.entry({ product: name, price: product.price });
      const about = product.description
        ? p.description({ text: shorten(product.description, 160) })
        : undefined;
      return sentences(concat([entry, '.']), about, product.stock > 0 ? undefined : p.soldOutIt());
    }
  }
}

/** A question about the order in focus ("when will it arrive", "what's in it", "how much was it"). */
function aboutOrder(ctx: TurnContext, orderId: string): Promise<Answer> {
  const detail = detailOf(ctx);
  if (detail === 'price') return orderDetailAnswer(ctx, orderId, 'total');
  if (detail === 'delivery' || detail === 'stock') return orderStatusAnswer(ctx, orderId);
  return orderDetailAnswer(ctx, orderId, 'contents');
}

/** Nothing named: the product in focus, the order in focus, the only one in the list, or a question. */
function unnamed(ctx: TurnContext): Focus | Answer | Promise<Answer> {
  const { product, list, order } = ctx.state;
  if (product) return product;
  if (order) {
    noteReinterpreted(ctx, 'order-in-focus');
    return aboutOrder(ctx, order.orderId);
  }
  if (list?.items.length === 1) return list.items[0]!;
  if (list) return pickAnswer(ctx, list);
  // "When could it come" with no product or order in focus: when an order would come.
  if (detailOf(ctx) === 'delivery') return deliveryInfoAnswer(ctx);
  const p = ctx.locale.product;
  return ask(p.whichProduct(), p.whichProductReprompt(), ctx.state);
}

/** Detail words that name no detail but point at a list item ("what is the second one"). */
function detailAsReference(ctx: TurnContext): SlotReading | undefined {
  const words = slot(ctx, 'detail')?.resolvedId ? undefined : slotWords(ctx, 'detail');
  const reading = words ? readSlot(words) : undefined;
  return reading?.reference && reading.reference.kind !== 'named' ? reading : undefined;
}

/** The product the question is about: named or picked from the list, in focus, or the only one. */
async function subject(ctx: TurnContext): Promise<Focus | Answer> {
  const reading = readProductSlot(ctx) ?? detailAsReference(ctx);
  const referred = reading ? refer(ctx, reading) : ({ kind: 'nothing' } as const);
  switch (referred.kind) {
    case 'answer':
      return referred.answer;
    case 'item':
      return referred.item;
    case 'words': {
      const target = await targetNamed(ctx, referred.words);
      return target.kind === 'answer' ? target.answer : target.focus;
    }
    case 'nothing':
      return unnamed(ctx);
  }
}

/** ProductDetailsIntent. */
export const productDetails: IntentHandler = async (ctx) => {
  const target = await subject(ctx);
  if ('speech' in target) return target;
  const product = await ctx.deps.catalog.get(target.sku);
  const { product: p, list } = ctx.locale;
  const said = await describe(ctx, product, detailOf(ctx));
  const state = focused(ctx.state, { sku: product.sku, name: product.name });
  if (product.stock <= 0) {
    // "Pick another one" only makes sense with a list to pick from.
    const next = ctx.state.list ? p.soldOutNext() : ctx.locale.common.whatElse();
    return ask(sentences(said, next), list.noMatchReprompt(), state);
  }
  // Already in the cart ("how much was it" after adding it): the answer, and no offer to add another.
  if (ctx.cartSession.skus.includes(product.sku)) {
    const { common } = ctx.locale;
    return ask(sentences(said, common.whatElse()), common.homeReprompt(), state);
  }
  return ask(
    sentences(said, p.addIt()),
    p.addItReprompt(),
    awaiting(state, { kind: 'add', sku: product.sku, name: product.name, quantity: 1 }),
  );
};

/** ProductStockIntent: "do you have any left", "are those in stock": the stock of the product meant. */
export const productStock: IntentHandler = (ctx) => {
  // The product slot is read by name, not only spread: whatever holds the slots, it is kept as said.
  const product = slot(ctx, 'product');
  const detail = { raw: 'stock', resolvedId: 'stock' };
  const slots = { ...ctx.turn.slots, ...(product ? { product } : {}), detail };
  return productDetails({ ...ctx, turn: { ...ctx.turn, slots } });
};
