/**
 * Reorders: the last order, "my usual", or one product bought before ("buy the coffee again").
 * Read back at today's prices with every line accounted for (unavailable, short, repriced), then
 * confirmed and placed from explicit lines, which leaves the cart alone.
 */
import type { ReorderPreview } from '../../domain/reorder-service';
import { lockedAnswer } from '../answers/account-refusals';
import { readBack } from '../checkout/read-back';
import { settled } from '../dialog-state';
import { ask, type Answer } from '../reply';
import { sentences, shorten, toPhrase, type Phrase, NAME_LENGTH } from '../speech/phrase';
import { productWords, requireLinked, slot, type IntentHandler, type TurnContext } from '../turn-context';

type Source = 'last' | 'usual' | 'product';

function notes(ctx: TurnContext, preview: ReorderPreview): Phrase[] {
  const { checkout, phrasing } = ctx.locale;
  const gone = preview.lines
    .filter((l) => l.status === 'unavailable')
    .map((l) => toPhrase(shorten(l.name, NAME_LENGTH)));
  const short = preview.lines
    .filter((l) => l.status === 'short')
    .slice(0, 2)
    .map((l) => checkout.reorderShort({ product: shorten(l.name, NAME_LENGTH), count: l.orderableQuantity }));
  const repriced = preview.lines
    .filter((l) => l.status === 'repriced' && l.unitPrice)
    .slice(0, 2)
    .map((l) =>
      checkout.repriced({
        product: shorten(l.name, NAME_LENGTH),
        price: l.unitPrice!,
        was: l.previousUnitPrice,
      }),
    );
  const unavailable =
    gone.length > 0 ? [checkout.reorderUnavailable({ items: phrasing.list(gone.slice(0, 3), 'and') })] : [];
  return [...unavailable, ...short, ...repriced];
}

async function previewFor(ctx: TurnContext, source: Source): Promise<ReorderPreview | undefined | Answer> {
  const id = ctx.customer.id;
  if (source === 'last') return ctx.deps.reorder.previewLast(id);
  if (source === 'usual') return ctx.deps.reorder.previewUsual(id);
  const words = productWords(ctx);
  const focus = ctx.state.product;
  if (!words && !focus)
    return ask(ctx.locale.cart.whatToAdd(), ctx.locale.cart.whatToAddReprompt(), settled(ctx.state));
  const sku = words ? slot(ctx, 'product')?.resolvedId : focus?.sku;
  return ctx.deps.reorder.previewProduct(id, words ?? focus!.name, sku);
}

function reorderWith(source: Source): IntentHandler {
  return async (ctx) => {
    requireLinked(ctx);
    const { checkout, common } = ctx.locale;
    const preview = await previewFor(ctx, source);
    if (preview && 'speech' in preview) return preview;
    if (!preview) {
      const speech =
        source === 'last'
          ? checkout.reorderNothingYet()
          : source === 'usual'
            ? checkout.reorderNoUsual()
            : checkout.reorderNotBought({
                product: shorten(productWords(ctx) ?? ctx.state.product?.name ?? '', 80),
              });
      return ask(speech, common.homeReprompt(), settled(ctx.state));
    }
    if (preview.orderable.length === 0) {
      return ask(
        sentences(...notes(ctx, preview), checkout.reorderNoneAvailable()),
        common.homeReprompt(),
        settled(ctx.state),
      );
    }
    const gate = await ctx.deps.customers.purchaseGate(ctx.customer.id);
    if (gate.lockedUntil) return lockedAnswer(ctx.locale, ctx.state, gate.lockedUntil, ctx.deps.clock.now());
    const priced = await ctx.deps.checkout.quote(ctx.customer.id, {
      kind: 'lines',
      lines: preview.orderable,
    });
    const lead = {
      last: checkout.reorderLast,
      usual: checkout.reorderUsual,
      product: checkout.reorderProduct,
    }[source]();
    return readBack(ctx, priced, gate.voiceCodeRequired, {
      lead,
      notes: notes(ctx, preview),
      lines: preview.orderable,
    });
  };
}

/** ReorderLastIntent. */
export const reorderLast: IntentHandler = reorderWith('last');
/** OrderUsualIntent. */
export const orderUsual: IntentHandler = reorderWith('usual');
/** BuyAgainIntent. */
export const buyAgain: IntentHandler = reorderWith('product');
