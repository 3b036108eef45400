/**
 * The product's stored form, and the only mapping between a Product and its item (both ways). One
 * item at `productKey(sku)`: the price as integer minor units (`price`) with its `currency`, `stock`
 * and `version` as numbers (the order transaction updates both in place), and the sparse, sharded
 * gsi1 keys that list products without touching orders or carts.
 */
import * as z from 'zod';
import type { LocalNames, Product } from '../../domain/model';
import { parseStoredItem } from './dynamo-errors';
import { ENTITY, productIndexKey, productKey } from './keys';

const optionalText = z.string().optional();

const localNamesSchema = z
  .record(z.string(), z.object({ name: optionalText, synonyms: z.array(z.string()).optional() }))
  .optional();

const productItemSchema = z
  .object({
    type: z.literal(ENTITY.product),
    sku: z.string().min(1),
    name: z.string().min(1),
    brand: optionalText,
    category: optionalText,
    size: optionalText,
    synonyms: z.array(z.string()).optional(),
    localNames: localNamesSchema,
    description: optionalText,
    imageUrl: optionalText,
    price: z.number().int().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'),
    stock: z.number().int().nonnegative(),
    popularity: z.number().nonnegative().optional(),
    version: z.number().int().nonnegative(),
    updatedAt: z.string(),
  })
  .transform((item): Product => ({
    sku: item.sku,
    name: item.name,
    ...(item.brand === undefined ? {} : { brand: item.brand }),
    ...(item.category === undefined ? {} : { category: item.category }),
    ...(item.size === undefined ? {} : { size: item.size }),
    synonyms: item.synonyms ?? [],
    ...(item.localNames === undefined ? {} : { localNames: localNamesOf(item.localNames) }),
    ...(item.description === undefined ? {} : { description: item.description }),
    ...(item.imageUrl === undefined ? {} : { imageUrl: item.imageUrl }),
    price: { amount: item.price, currency: item.currency },
    stock: item.stock,
    popularity: item.popularity ?? 0,
    version: item.version,
    updatedAt: item.updatedAt,
  }));

function localNamesOf(
  stored: Record<string, { name?: string | undefined; synonyms?: string[] | undefined }>,
): Record<string, LocalNames> {
  const names: Record<string, LocalNames> = {};
  for (const [tag, local] of Object.entries(stored)) {
    names[tag] = {
      ...(local.name === undefined ? {} : { name: local.name }),
      synonyms: local.synonyms ?? [],
    };
  }
  return names;
}

/** Per-locale names as stored: empty synonym lists left out (DynamoDB keeps no empty sets), none as absent. */
function storedLocalNames(names: Product['localNames']): Record<string, unknown> | undefined {
  if (!names || Object.keys(names).length === 0) return undefined;
  const stored: Record<string, unknown> = {};
  for (const [tag, local] of Object.entries(names)) {
    stored[tag] = {
      ...(local.name === undefined ? {} : { name: local.name }),
      ...(local.synonyms.length > 0 ? { synonyms: [...local.synonyms] } : {}),
    };
  }
  return stored;
}

/**
 * The attributes of a product item other than its keys, in stored form; absent optional fields are
 * left out (an update removes them, see OPTIONAL_PRODUCT_ATTRIBUTES).
 */
export function productAttributes(product: Product): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    type: ENTITY.product,
    sku: product.sku,
    name: product.name,
    brand: product.brand,
    category: product.category,
    size: product.size,
    synonyms: product.synonyms.length > 0 ? [...product.synonyms] : undefined,
    localNames: storedLocalNames(product.localNames),
    description: product.description,
    imageUrl: product.imageUrl,
    price: product.price.amount,
    currency: product.price.currency,
    stock: product.stock,
    popularity: product.popularity,
    version: product.version,
    updatedAt: product.updatedAt,
    ...productIndexKey(product.sku, product.category, product.name),
  };
  for (const key of Object.keys(attributes)) if (attributes[key] === undefined) delete attributes[key];
  return attributes;
}

/** Attributes a product may lack; writing a product without them removes any stored value. */
export const OPTIONAL_PRODUCT_ATTRIBUTES = [
  'brand',
  'category',
  'size',
  'synonyms',
  'localNames',
  'description',
  'imageUrl',
] as const;

/** The whole stored item of a product, keys included. */
export function productToItem(product: Product): Record<string, unknown> {
  return { ...productKey(product.sku), ...productAttributes(product) };
}

/** The product a stored item holds; throws CorruptItemError when the item is not a valid product. */
export function itemToProduct(item: Record<string, unknown>): Product {
  return parseStoredItem(productItemSchema, ENTITY.product, item);
}
