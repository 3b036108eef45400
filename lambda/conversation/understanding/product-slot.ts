/**
 * The words of a turn that may name a product (the product slot with its brand, size and unit
 * slots), read for counts, units and references (slot-reading.ts), whatever intent brought them.
 */
import { slotWords, type TurnContext } from '../turn-context';
import { readSlot, type SlotReading } from './slot-reading';

/** The product words of this turn as read, or undefined when none were said. */
export function readProductSlot(ctx: TurnContext, productSlot = 'product'): SlotReading | undefined {
  const unit = slotWords(ctx, 'unit');
  const named = [slotWords(ctx, 'brand'), slotWords(ctx, 'size'), slotWords(ctx, productSlot)].filter(
    (w): w is string => w !== undefined,
  );
  if (!unit && named.length === 0) return undefined;
  const words = [unit, unit && named.length > 0 ? 'of' : undefined, ...named].filter(Boolean).join(' ');
  return readSlot(words);
}
