/**
 * The invariant of understanding, property-tested: nothing enters the cart that the shopper did not
 * name, pick from a list they heard, or confirm after a question. fast-check draws sessions of
 * spoken turns (products, ordinals, pointers, unit words, counts, "more", yes and no, undo, words
 * the store does not sell, several products named together) said through the console's stand-in for Alexa to the real skill on
 * DynamoDB Local; after every turn, each product whose quantity rose must have been named in an
 * earlier reply (heard in a list or offer, then picked or confirmed) or by the shopper's own words.
 */
import fc from 'fast-check';
import type { Product } from '../../lambda/domain/model';
import { createSpokenStack, type SpokenStack } from '../support/spoken-session';

let stack: SpokenStack;

beforeAll(async () => {
  stack = await createSpokenStack();
});

afterAll(async () => {
  await stack.drop();
});

const PRODUCTS = ['eggs', 'cheerios', 'coffee', 'oat milk', 'bananas', 'root beer', 'nutella', 'diapers'];
const NOT_SOLD = ['purple widgets', 'boxes', 'more', 'first', 'bottles', 'that', 'packs'];
const REFERENCES = [
  'the first one',
  'the second one',
  'the third one',
  'the last one',
  'the cheapest one',
  'that one',
  'it',
  'another one',
  'two boxes',
  'three more',
  'a couple of those',
  'two bottles',
];
const TEMPLATES = [
  'add {x}',
  'find {x}',
  'give me {x}',
  "i'll take {x}",
  'tell me about {x}',
  'uh add {x} to my cart',
];
const PLAIN = ['yes', 'no', 'next', 'undo', 'add it', 'add three more', 'remove that', "what's in my cart"];

const utterance = fc.oneof(
  fc.constantFrom(...PLAIN),
  fc
    .tuple(fc.constantFrom(...TEMPLATES), fc.constantFrom(...PRODUCTS, ...NOT_SOLD, ...REFERENCES))
    .map(([template, words]) => template.replace('{x}', words)),
  // Several named together ("eggs and a root beer"): each added only as if named alone.
  fc
    .tuple(
      fc.constantFrom(...TEMPLATES),
      fc.constantFrom(...PRODUCTS, ...NOT_SOLD),
      fc.constantFrom(' and ', ' and a ', ' plus ', ' and also '),
      fc.constantFrom(...PRODUCTS, ...NOT_SOLD, ...REFERENCES),
    )
    .map(([template, first, join, second]) => template.replace('{x}', `${first}${join}${second}`)),
);

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9']+/g) ?? []);

/** True when the shopper's words name the product: a word of its name or brand of 4 letters or more. */
function namedBy(said: string, product: Product): boolean {
  const heard = words(said);
  return [...words(`${product.brand ?? ''} ${product.name}`)].some(
    (w) => w.length >= 4 && (heard.has(w) || heard.has(`${w}s`) || heard.has(w.replace(/s$/, ''))),
  );
}

let run = 0;

it('never puts into the cart a product that was neither named nor heard', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(utterance, { minLength: 2, maxLength: 7 }), async (said) => {
      run += 1;
      const customer = `invariant-${run}`;
      const shopper = await stack.shopper(customer);
      const heard: string[] = [];
      let before = new Map(await stack.cart(customer));
      for (const text of said) {
        const reply = await shopper.say(text);
        const after = new Map(await stack.cart(customer));
        for (const [sku, quantity] of after) {
          if (quantity <= (before.get(sku) ?? 0)) continue;
          const product = await stack.backend.services.catalog.get(sku);
          const wasHeard = heard.some((speech) => speech.includes(product.name.slice(0, 16)));
          expect({ said: text, added: product.name, named: wasHeard || namedBy(text, product) }).toEqual({
            said: text,
            added: product.name,
            named: true,
          });
        }
        heard.push(reply.speech);
        before = after;
        if (reply.ended) break;
      }
    }),
    { numRuns: 60, seed: 20261207 },
  );
});

const AWAY_TEMPLATES = [
  'get {x} off my cart',
  'get {x} off of my cart',
  'take {x} out of my basket',
  'get {x} out of the cart',
];
const setUp = fc.array(
  fc.constantFrom('add bananas', 'find coffee', 'add the second one', 'find eggs', 'the first one'),
  {
    minLength: 1,
    maxLength: 3,
  },
);
const away = fc
  .tuple(fc.constantFrom(...AWAY_TEMPLATES), fc.constantFrom(...PRODUCTS, ...REFERENCES))
  .map(([template, words]) => template.replace('{x}', words));

it('never adds anything when the words take a product off the cart', async () => {
  await fc.assert(
    fc.asyncProperty(setUp, away, async (first, said) => {
      run += 1;
      const customer = `away-${run}`;
      const shopper = await stack.shopper(customer);
      for (const text of first) await shopper.say(text);
      const before = new Map(await stack.cart(customer));
      await shopper.say(said);
      const rose = [...(await stack.cart(customer))].filter(([sku, q]) => q > (before.get(sku) ?? 0));
      expect({ said, rose }).toEqual({ said, rose: [] });
    }),
    { numRuns: 25, seed: 20261207 },
  );
});
