/**
 * Brand names shoppers use for a kind of product ("kleenex" for tissues, "q-tips" for cotton swabs),
 * and needs said in place of a product ("something for a headache", "for my cold"), read from the
 * data table generic-names.json (spoken words -> product kind; add a line to teach the search
 * another). A brand name is read as its kind only when the catalog has no product of that
 * brand: no product carries every word of it in its name, brand or other names (the merchant's
 * synonyms, the built-in grocery synonyms), so a store that sells Kleenex still finds Kleenex.
 */
import GENERIC_NAMES from './generic-names.json';
import { FIELD_WEIGHTS, type IndexData } from './index-data';
import { normaliseWords } from './normalise';
import { matchAt } from './word-match';

interface GenericName {
  readonly brand: readonly string[];
  readonly kind: readonly string[];
}

/** The table in normalised words, longest brand first. */
const NAMES: readonly GenericName[] = Object.entries(GENERIC_NAMES as Record<string, string>)
  .map(([brand, kind]) => ({ brand: normaliseWords(brand), kind: normaliseWords(kind) }))
  .filter((n) => n.brand.length > 0 && n.kind.length > 0)
  .sort((a, b) => b.brand.length - a.brand.length);

/** A posting at least this heavy names the product (name, brand or other names), not its category or size. */
const NAMING_WEIGHT = (FIELD_WEIGHTS.synonym + FIELD_WEIGHTS.category) / 2;

/** The products named with the word. */
function ownersOf(index: IndexData, word: string): Set<number> {
  const owners = new Set<number>();
  const t = index.terms.id(word);
  if (t < 0) return owners;
  const { offsets, products, weights } = index.postings;
  for (let k = offsets[t]!; k < offsets[t + 1]!; k += 1)
    if (weights[k]! >= NAMING_WEIGHT) owners.add(products[k]!);
  return owners;
}

/** Whether some product is named with every word of the brand. */
function catalogHasBrand(index: IndexData, brand: readonly string[]): boolean {
  let common: Set<number> | undefined;
  for (const word of brand) {
    const owners = ownersOf(index, word);
    common = common === undefined ? owners : new Set([...common].filter((id) => owners.has(id)));
    if (common.size === 0) return false;
  }
  return common !== undefined && common.size > 0;
}

/** The normalised words with each brand name the catalog does not carry read as its kind. */
export function readGenericNames(index: IndexData, words: readonly string[]): string[] {
  const out = [...words];
  for (let i = 0; i < out.length; i += 1) {
    const name = NAMES.find((n) => matchAt(out, i, n.brand));
    if (!name || catalogHasBrand(index, name.brand)) continue;
    out.splice(i, name.brand.length, ...name.kind);
    i += name.kind.length - 1;
  }
  return out;
}
