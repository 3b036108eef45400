/**
 * Adding to a placed order, as said: the addition read back (what, its price, the new total) for an
 * explicit yes, the voice code asked when the customer set one, then the addition made under the
 * key chosen at read-back, so a repeated yes adds once.
 */
import { isDomainError } from '../../domain/errors';
import { sum } from '../../domain/money';
import { notAmendable } from '../answers/domain-error-answer';
import type { AmendPending } from './after-order-state';
import { awaiting, home, orderFocused } from '../dialog-state';
import { targetNamed } from '../products/product-target';
import { withProgress } from '../progress';
import { ask, labels, type Answer } from '../reply';
import { sentences, type Phrase } from '../speech/phrase';
import { storeMoney, type TurnContext } from '../turn-context';

/** Reads back the addition of `quantity` of a product to the order (the latest when none is named). */
export async function previewAddition(
  ctx: TurnContext,
  orderId: string | undefined,
  sku: string,
  quantity: number,
): Promise<Answer> {
  const { changes, common, phrasing } = ctx.locale;
  let preview: Awaited<ReturnType<typeof ctx.deps.amend.preview>>;
  let gate: Awaited<ReturnType<typeof ctx.deps.customers.purchaseGate>>;
  try {
    [preview, gate] = await Promise.all([
      ctx.deps.amend.preview(ctx.customer.id, orderId, sku, quantity),
      ctx.deps.customers.purchaseGate(ctx.customer.id),
    ]);
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'ORDER_NOT_AMENDABLE') throw error;
    return cartInstead(ctx, notAmendable(ctx.locale, error.details), sku, quantity);
  }
  const items = phrasing.quantityOf(quantity, preview.product.name);
  const pending: AmendPending = {
    kind: 'amendOrder',
    stage: 'confirm',
    orderId: preview.order.orderId,
    sku,
    name: preview.product.name.slice(0, 120),
    quantity,
    total: preview.newTotal.amount,
    key: ctx.deps.newIdempotencyKey(),
    codeRequired: gate.voiceCodeRequired,
  };
  return ask(
    changes.confirmAdd({
      items,
      orderId: preview.order.orderId,
      price: sum(
        preview.added.map((l) => l.lineTotal),
        ctx.settings.currency,
      ),
      total: preview.newTotal,
    }),
    changes.confirmAddReprompt({ total: preview.newTotal }),
    awaiting(orderFocused(ctx.state, preview.order.orderId), pending),
    { suggestions: labels([common.yesLabel(), common.noLabel()]) },
  );
}

/**
 * The product the words name, read back for the order (the latest when no id is given); a "did you
 * mean A or B?" asked on the way remembers that it adds to the order, not to the cart.
 */
export async function previewNamedAddition(
  ctx: TurnContext,
  orderId: string | undefined,
  words: string,
  quantity: number,
): Promise<Answer> {
  const pick = { action: 'order', quantity, ...(orderId ? { orderId } : {}) } as const;
  const target = await targetNamed(ctx, words, pick);
  return target.kind === 'answer' ? target.answer : previewAddition(ctx, orderId, target.focus.sku, quantity);
}

/**
 * An order that can no longer take the product: why, then the cart offered instead, so "yes" puts it
 * there for a new order and the list or question that led here is closed.
 */
async function cartInstead(ctx: TurnContext, why: Phrase, sku: string, quantity: number): Promise<Answer> {
  const { changes, common } = ctx.locale;
  const product = await ctx.deps.catalog.get(sku);
  return ask(
    sentences(why, changes.cartInstead()),
    changes.cartInsteadReprompt(),
    awaiting(home(ctx.state), { kind: 'add', sku, name: product.name.slice(0, 120), quantity }),
    { suggestions: labels([common.yesLabel(), common.noLabel()]) },
  );
}

/** After the yes: the voice code first when one is set, then the addition. */
export function confirmAddition(ctx: TurnContext, pending: AmendPending): Promise<Answer> {
  const { checkout } = ctx.locale;
  if (pending.codeRequired || pending.stage === 'code') {
    const asking = awaiting(ctx.state, { ...pending, stage: 'code' });
    return Promise.resolve(ask(checkout.askCode(), checkout.askCodeReprompt(), asking));
  }
  return addToOrder(ctx, pending);
}

/** Makes the addition (with the voice code heard, when one was asked) and says the new total. */
export async function addToOrder(
  ctx: TurnContext,
  pending: AmendPending,
  voiceCode?: string,
): Promise<Answer> {
  const { changes, phrasing } = ctx.locale;
  const order = await withProgress(
    ctx,
    ctx.locale.common.placing(),
    ctx.deps.amend.amend(ctx.customer.id, {
      orderId: pending.orderId,
      sku: pending.sku,
      quantity: pending.quantity,
      idempotencyKey: pending.key,
      expectedTotal: storeMoney(ctx, pending.total),
      ...(voiceCode !== undefined ? { voiceCode } : {}),
    }),
  );
  return ask(
    changes.added({
      items: phrasing.quantityOf(pending.quantity, pending.name),
      orderId: order.orderId,
      total: order.quote.total,
    }),
    ctx.locale.orders.aboutItReprompt(),
    orderFocused(home(ctx.state), order.orderId),
  );
}
