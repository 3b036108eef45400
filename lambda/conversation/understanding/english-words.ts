/**
 * The English words understanding reads a product slot by: ordinals, words that point at what was
 * just heard ("it", "that one", "another"), words for the cheapest, counts said in words ("a
 * couple"), and unit or package words ("boxes", "bottles", "packs"), which name how many of a
 * product, never a product. Only what the shopper says is here; what they hear is in locales/.
 */

/** Ordinals, first to twelfth. */
export const ORDINALS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** Counts in words ("one" to "twelve"); "dozen" is left out: "a dozen eggs" names a size. */
export const COUNTS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** Counts said as phrases. */
export const COUNT_PHRASES: Readonly<Record<string, number>> = {
  'a couple of': 2,
  'a couple': 2,
  'couple of': 2,
  couple: 2,
  'a pair of': 2,
  'a single': 1,
  'just one': 1,
  'only one': 1,
};

/** Words that point at the product just talked about (or the one being looked at). */
export const POINTERS: ReadonlySet<string> = new Set([
  'it',
  'that',
  'this',
  'those',
  'these',
  'them',
  'one',
  'ones',
  'same',
  'item',
  'items',
  'product',
  'thing',
  'stuff',
  'same thing',
  'that one',
  'this one',
  'that item',
  'this item',
  'the same',
  'same one',
  'same again',
  'the same one',
  'that product',
  'this product',
]);

/** Words that ask for more of the product just talked about. */
export const MORE: ReadonlySet<string> = new Set(['more', 'another', 'extra', 'additional', 'again']);

/** Words for the cheapest of an open list (said with "one" or nothing else). */
export const CHEAPEST: readonly string[] = [
  'cheapest',
  'cheaper',
  'cheap',
  'least expensive',
  'less expensive',
  'inexpensive',
  'lowest priced',
  'lowest price',
  'lower priced',
  'lowest cost',
  'most affordable',
  'cheapest priced',
  'budget',
];

/** The last of the page just heard. */
export const LAST: ReadonlySet<string> = new Set(['last', 'final', 'bottom']);

/** Words for the item in the middle of the three just heard: the second. */
export const MIDDLE: ReadonlySet<string> = new Set(['middle', 'center', 'centre']);

/** Unit and package words, singular and plural: how many of a product, never a product. */
export const UNITS: ReadonlySet<string> = new Set([
  'box',
  'boxes',
  'bottle',
  'bottles',
  'pack',
  'packs',
  'package',
  'packages',
  'packet',
  'packets',
  'carton',
  'cartons',
  'can',
  'cans',
  'tin',
  'tins',
  'jar',
  'jars',
  'bag',
  'bags',
  'loaf',
  'loaves',
  'bunch',
  'bunches',
  'container',
  'containers',
  'tub',
  'tubs',
  'case',
  'cases',
  'roll',
  'rolls',
  'pound',
  'pounds',
  'gallon',
  'gallons',
  'piece',
  'pieces',
  'unit',
  'units',
  'pouch',
  'pouches',
  'dozen',
  'slice',
  'slices',
  'sheet',
  'sheets',
  'serving',
  'servings',
  'ounce',
  'ounces',
  'quart',
  'quarts',
  'liter',
  'liters',
  'litre',
  'litres',
]);

/** Words that carry nothing about the product (articles, politeness, where it goes). */
export const FILLER: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'please',
  'too',
  'also',
  'as',
  'well',
  'just',
  'some',
  'any',
  'for',
  'me',
  'now',
  'instead',
  'there',
  'here',
  'yeah',
  'yes',
  'ok',
  'okay',
  'um',
  'uh',
  'er',
  'erm',
  'us',
  'myself',
]);

/** Words said after a request that only round it off ("please", "too", "as well", "anymore"). */
export const TRAILING: ReadonlySet<string> = new Set([
  'please',
  'too',
  'also',
  'now',
  'instead',
  'then',
  'thanks',
  'there',
  'here',
  'anymore',
  'back',
]);

/** "to my cart", "in the basket", "from the list": where a product goes, said after it. */
export const PLACES: ReadonlySet<string> = new Set([
  'cart',
  'basket',
  'list',
  'trolley',
  'order',
  'shopping cart',
  'shopping list',
  'grocery list',
]);

/** Words that join a place to the product ("to my cart"). */
export const PLACE_LINKS: ReadonlySet<string> = new Set([
  'to',
  'in',
  'into',
  'on',
  'onto',
  'from',
  'off',
  'out',
  'of',
]);

/** Owners before a place ("my cart", "the basket"). */
export const OWNERS: ReadonlySet<string> = new Set(['my', 'the', 'our', 'your']);

/** Words that join a name to "one" ("the one from Oatly", "the one with pulp"). */
export const NAME_LINKS: ReadonlySet<string> = new Set(['from', 'by', 'with', 'called', 'named', 'made']);
