/**
 * The cart's stored form: one item at `cartKey(customerId)` holding every line and the version used
 * for optimistic locking. Money is kept as integer minor units with its currency.
 */
import * as z from 'zod';
import type { Cart } from '../../domain/model';
import { parseStoredItem } from './dynamo-errors';
import { cartKey, ENTITY } from './keys';

/** Stored money: integer minor units and an ISO 4217 currency. */
export const moneySchema = z.object({
  amount: z.number().int(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'),
});

const lineSchema = z.object({
  sku: z.string().min(1),
  name: z.string(),
  brand: z.string().optional(),
  size: z.string().optional(),
  quantity: z.number().int().positive(),
  unitPrice: moneySchema,
});

const cartItemSchema = z
  .object({
    type: z.literal(ENTITY.cart),
    customerId: z.string().min(1),
    lines: z.array(lineSchema),
    version: z.number().int().nonnegative(),
    updatedAt: z.string(),
  })
  // The entity type is how the item is stored, not part of the domain object.
  .transform(({ type: _type, ...value }) => value);

/** The stored item of a cart at the given version. */
export function cartToItem(cart: Cart, version: number): Record<string, unknown> {
  return {
    ...cartKey(cart.customerId),
    type: ENTITY.cart,
    customerId: cart.customerId,
    lines: cart.lines.map((line) => ({
      sku: line.sku,
      name: line.name,
      brand: line.brand,
      size: line.size,
      quantity: line.quantity,
      unitPrice: { amount: line.unitPrice.amount, currency: line.unitPrice.currency },
    })),
    version,
    updatedAt: cart.updatedAt,
  };
}

/** The cart a stored item holds; throws CorruptItemError when the item is not a valid cart. */
export function itemToCart(item: Record<string, unknown>): Cart {
  return parseStoredItem(cartItemSchema, ENTITY.cart, item);
}

/** A cart that was never saved. */
export function emptyCart(customerId: string, updatedAt: string): Cart {
  return { customerId, lines: [], version: 0, updatedAt };
}
