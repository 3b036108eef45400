/**
 * Attribute words that decide which product a shopper means, in groups of readings that exclude each
 * other: "whole" milk is not "2%" milk. Each reading lists the phrases a shopper says for it and, when
 * different, the phrases a product's name or size carries (`has`). Phrases are written as spoken;
 * they are normalised like every other word (numbers as digits, "percent" for "%", units in one
 * spelling: "gallon" is "gal", "dozen" is "12"). Add a group or a phrase here to teach the search a
 * new attribute.
 */

/** One reading of an attribute: what is said, and what a product carries when it differs. */
export interface AttributeReading {
  readonly said: readonly string[];
  readonly has?: readonly string[];
}

/** Readings of one attribute that exclude each other. */
export type AttributeGroup = readonly AttributeReading[];

/** The attribute groups. */
export const ATTRIBUTE_GROUPS: readonly AttributeGroup[] = [
  [
    { said: ['whole', 'full fat', 'vitamin d'] },
    { said: ['2%', '2 percent', 'reduced fat', 'two percent'] },
    { said: ['1%', '1 percent', 'low fat', 'lowfat', 'one percent'] },
    { said: ['skim', 'fat free', 'nonfat', 'non fat', 'zero fat', '0%', 'zero percent'] },
  ],
  [{ said: ['unsalted', 'no salt', 'salt free', 'without salt', 'no salt added'] }, { said: ['salted'] }],
  [{ said: ['decaf', 'decaffeinated', 'caffeine free', 'no caffeine'] }, { said: ['caffeinated'] }],
  [{ said: ['unsweetened', 'no sugar added', 'sugar free', 'no sugar'] }, { said: ['sweetened'] }],
  [{ said: ['low sodium', 'reduced sodium', 'less sodium'] }],
  [{ said: ['seedless'] }, { said: ['with seeds', 'seeded'] }],
  [{ said: ['boneless', 'no bone'] }, { said: ['bone in'] }],
  [{ said: ['skinless'] }, { said: ['skin on'] }],
  [
    { said: ['half gallon', 'half a gallon', '1/2 gallon', '64 oz', '0.5 gallon'] },
    { said: ['gallon', 'a gallon', '1 gallon', '128 oz'] },
    { said: ['quart', '32 oz'] },
    { said: ['pint', '16 oz'] },
  ],
  [
    { said: ['half dozen', 'half a dozen', '6'], has: ['6 count', '6 pack', 'half dozen'] },
    { said: ['dozen', 'a dozen', '12'], has: ['12 count', '12 pack', '1 dozen', 'a dozen'] },
    { said: ['18'], has: ['18 count', '18 pack'] },
    { said: ['24'], has: ['24 count', '24 pack'] },
  ],
  [{ said: ['large'] }, { said: ['extra large', 'xl'] }, { said: ['jumbo'] }, { said: ['medium'] }],
];
