/**
 * Details of one product on request (price, size, stock, delivery options and when it would
 * arrive, description) and browsing an aisle.
 */
import { TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;
let shopper: TestSession;

beforeEach(async () => {
  world = await createWorld();
  shopper = new TestSession(world);
  await shopper.say('LaunchRequest');
});

describe('product details', () => {
  beforeEach(async () => {
    await shopper.say('SearchProductIntent', { query: 'tillamook cheddar' });
  });

  it('price, size, stock (few left) and description of the product in focus', async () => {
    expect(await shopper.text('ProductDetailsIntent', { detail: { raw: 'cost', resolvedId: 'price' } })).toBe(
      'Tillamook Sharp Cheddar costs 3 dollars and 99 cents. Would you like to add it?',
    );
    expect(await shopper.text('ProductDetailsIntent', { detail: 'how big' })).toBe(
      'Tillamook Sharp Cheddar is 8 ounces. Would you like to add it?',
    );
    expect(await shopper.text('ProductDetailsIntent', { detail: 'in stock' })).toBe(
      'Only 3 of Tillamook Sharp Cheddar are left. Would you like to add it?',
    );
    expect(await shopper.text('ProductDetailsIntent', { detail: 'description' })).toBe(
      'Tillamook Sharp Cheddar, 8 oz. Would you like to add it?',
    );
  });

  it('delivery options with the day each would arrive', async () => {
    expect(
      await shopper.text('ProductDetailsIntent', {
        detail: { raw: 'when would it arrive', resolvedId: 'delivery' },
      }),
    ).toBe(
      'If you order now: Standard delivery for 4 dollars and 99 cents, expected on Thursday; Express delivery for 9 dollars and 99 cents, expected tomorrow; and Store pickup, free, expected today. Would you like to add it?',
    );
  });

  it('details of a named product, and of nothing in focus', async () => {
    expect(
      await shopper.text('ProductDetailsIntent', { detail: 'price', product: 'barilla spaghetti' }),
    ).toBe('Barilla Spaghetti costs 1 dollar and 79 cents. Would you like to add it?');
    const fresh = new TestSession(world, { userId: 'someone-else' });
    expect(await fresh.text('ProductDetailsIntent', { detail: 'price' })).toBe(
      "Which product do you mean? Search for one first, for example 'find coffee'.",
    );
  });

  it('a product removed from the catalog since it was heard is one clear sentence', async () => {
    await shopper.say('SearchProductIntent', { query: 'heinz ketchup' });
    shopper.carry({ ...shopper.carried, product: { sku: 'GONE-SKU', name: 'Old Ketchup' } });
    expect(await shopper.text('ProductDetailsIntent', { detail: 'price' })).toBe(
      "I couldn't find that product in the store anymore. What else would you like?",
    );
  });
});

describe('aisles', () => {
  it('reads an aisle by its resolved name and falls back to search for unknown words', async () => {
    expect(
      await shopper.text('BrowseCategoryIntent', {
        category: { raw: 'coffee', resolvedId: 'coffee-and-tea', resolvedName: 'coffee and tea' },
      }),
    ).toMatch(/^The coffee and tea aisle has 4 products\./);
    expect(await shopper.text('BrowseCategoryIntent', { category: 'spaghetti' })).toMatch(
      /^I found Barilla Spaghetti/,
    );
    expect(await shopper.text('BrowseCategoryIntent', { category: 'garden furniture' })).toBe(
      "I don't have anything in garden furniture right now. Try another aisle, or search for a product.",
    );
  });
});
