/**
 * Browsing, open to every valid token (an assistant's service tier too): finding products with the
 * skill's own search (it tolerates what speech recognition does to names, and understands "under 5
 * dollars" or "cheapest" said in the query), and one product with its delivery options.
 */
import * as z from 'zod';
import type { Product } from '../../domain/model';
import { searchMatches } from './search-matches';
import { defineTool, READ_ONLY, type ToolCall } from './tool-kit';
import { productView, spokenName } from './views';

/** How many products a search answers with (a voice answer names at most three of them). */
export const SEARCH_RESULTS = 5;
/** How many hits are filtered and sorted when a price ceiling or an order is asked for. */
const SEARCH_POOL = 50;

/** A sku as the tools take it. */
export const skuSchema = z
  .string()
  .trim()
  .min(1, { error: 'give the product code (sku) from search_products' })
  .max(64, { error: 'a product code is at most 64 characters' })
  .describe('The product code (sku), as search_products or get_cart gave it');

const SORTS = ['relevance', 'price_low_to_high', 'price_high_to_low'] as const;

const searchInput = z.object({
  query: z
    .string()
    .trim()
    .min(1, { error: 'say what to look for' })
    .max(200, { error: 'a search is at most 200 characters' })
    .describe('What the shopper asked for, in their words ("gluten free bread", "cheapest paper towels")'),
  maxPrice: z
    .number()
    .int({ error: 'give the price in whole minor units (499 for $4.99)' })
    .min(0, { error: 'a price cannot be negative' })
    .optional()
    .describe('Highest unit price, in minor units of the store currency (499 means $4.99)'),
  sort: z.enum(SORTS).optional().describe('Order of the results; relevance by default'),
});

function spokenProduct(product: Product, call: ToolCall): string {
  const soldOut = product.stock > 0 ? '' : ', sold out';
  return `${spokenName(product)}, ${call.say.money(product.price).formatted}${soldOut}`;
}

/** search_products: the count of matches first, then the best few; or plainly, what only comes close. */
export const searchProducts = defineTool({
  name: 'search_products',
  title: 'Search products',
  description:
    'Finds products in the store. Returns how many match everything asked for and the best five, each with ' +
    'its sku, price and whether it is in stock; when nothing matches it all, `exact` is false and the products ' +
    'are only the closest. Read the count, then at most three names and prices.',
  input: searchInput,
  hints: READ_ONLY,
  personal: false,
  async run({ query, maxPrice, sort }, call) {
    const result = await call.services.search.search({ text: query, limit: SEARCH_POOL });
    const found = searchMatches(result);
    let products = found.products;
    if (maxPrice !== undefined) products = products.filter((p) => p.price.amount <= maxPrice);
    if (sort === 'price_low_to_high') products = products.toSorted((a, b) => a.price.amount - b.price.amount);
    if (sort === 'price_high_to_low') products = products.toSorted((a, b) => b.price.amount - a.price.amount);
    const total = found.exact ? (maxPrice === undefined ? found.total : products.length) : 0;
    const shown = products.slice(0, SEARCH_RESULTS);
    const score = new Map(result.hits.map((hit) => [hit.product.sku, Math.round(hit.score * 100) / 100]));
    const data = {
      query,
      total,
      exact: found.exact,
      products: shown.map((p) => ({ ...productView(p, call.say), relevance: score.get(p.sku) ?? 0 })),
    };
    if (shown.length === 0) return { data, text: `The store has nothing matching ${query}.` };
    const named = shown.slice(0, 3).map((p) => spokenProduct(p, call));
    if (!found.exact) {
      return {
        data,
        text: `The store has nothing that matches ${query} exactly. The closest: ${named.join('; ')}.`,
      };
    }
    const lead = `Found ${call.say.count(total, 'product', 'products')} for ${query}.`;
    const top = shown.length > 1 ? ` The top ${named.length}: ` : ' ';
    return { data, text: `${lead}${top}${named.join('; ')}.` };
  },
});

/** get_product: one product, its description and delivery options with prices and arrival days. */
export const getProduct = defineTool({
  name: 'get_product',
  title: 'Product details',
  description:
    'One product by sku: name, brand, size, price, whether it is in stock, its description, and the ' +
    'delivery options with their price and expected arrival day.',
  input: z.object({ sku: skuSchema }),
  hints: READ_ONLY,
  personal: false,
  async run({ sku }, call) {
    const product = await call.services.catalog.get(sku);
    const choices = await call.services.checkout.deliveryChoices(product.price);
    const delivery = choices.map((c) => ({
      optionId: c.option.id,
      name: c.option.name,
      price: call.say.money(c.price),
      expectedDate: c.expectedDate,
    }));
    const data = {
      product: {
        ...productView(product, call.say),
        ...(product.description ? { description: product.description } : {}),
      },
      deliveryOptions: delivery,
    };
    const size = product.size ? `, ${product.size}` : '';
    const stock = product.stock > 0 ? 'in stock' : 'sold out';
    const first = choices.find((c) => c.option.id === call.settings.defaultDeliveryOptionId) ?? choices[0];
    const arrival = first
      ? ` With ${first.option.name}, it would arrive ${call.say.day(first.expectedDate)}.`
      : '';
    return {
      data,
      text: `${spokenName(product)}${size}, ${call.say.money(product.price).formatted}, ${stock}.${arrival}`,
    };
  },
});
