/**
 * Checkout: needs a linked account and purchases not locked; asks for the delivery option when the
 * store has more than one, then reads the order back for an explicit yes.
 */
import { DomainError } from '../../domain/errors';
import { readBack } from '../checkout/read-back';
import { checkoutWith } from '../checkout/start-checkout';
import { matchNamed } from '../matching';
import { slot, type IntentHandler, type TurnContext } from '../turn-context';

/** CheckoutIntent. */
export const checkout: IntentHandler = (ctx) => checkoutWith(ctx);

/** The delivery option the shopper named: by resolved id, by name, or by the words of a name. */
function namedOption(ctx: TurnContext): string | undefined {
  const said = slot(ctx, 'deliveryOption');
  if (!said) return undefined;
  const options = ctx.settings.deliveryOptions;
  const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const heard = compact(said.raw);
  // "pick up" for "pickup", "express" for "Express delivery": spaces and case do not matter.
  const byId = options.find(
    (o) =>
      o.id === said.resolvedId ||
      compact(o.id) === heard ||
      (heard.length >= 4 && compact(o.name).includes(heard)),
  );
  if (byId) return byId.id;
  const hits = matchNamed(said.raw || said.resolvedName || '', options);
  return hits.length === 1 ? options[hits[0]!]!.id : undefined;
}

/** ChooseDeliveryIntent: "express, please". Starts or continues a checkout with that option. */
export const chooseDelivery: IntentHandler = async (ctx) => {
  const optionId = namedOption(ctx);
  const pending = ctx.state.pending;
  if (!optionId) {
    const words = slot(ctx, 'deliveryOption')?.raw ?? '';
    throw new DomainError('DELIVERY_OPTION_UNKNOWN', 'unknown delivery option', {
      optionId: words.slice(0, 40),
    });
  }
  if (pending?.kind === 'delivery') return checkoutWith(ctx, optionId, pending.codeRequired);
  if (pending?.kind === 'order' && pending.lines) {
    // A reorder being read back: the same lines again with the option the shopper chose.
    const priced = await ctx.deps.checkout.quote(
      ctx.customer.id,
      { kind: 'lines', lines: pending.lines },
      optionId,
    );
    return readBack(ctx, priced, pending.codeRequired, { lines: pending.lines });
  }
  return checkoutWith(ctx, optionId);
};
