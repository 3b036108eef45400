/**
 * A seeded generator of realistic grocery catalogs for the search evaluation and benchmark: brands,
 * product lines, flavours, qualifiers (organic, gluten free, family size) and sizes from
 * search-catalog-data.ts, combined, shuffled with a seeded random number generator and cut to the
 * size asked for. The same seed and size always give the same products and skus.
 */
import type { Product } from '../lambda/domain/model';
import { PRODUCT_TYPES } from './search-catalog-data';

/** A small, fast, seeded random number generator (mulberry32), values in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const list = (field: string | undefined): string[] =>
  (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Types whose name is appended to the variant ("Lay's Classic Potato" + "Chips"). */
const APPENDED = new Set(
  'Soda,Sparkling Water,Juice,Coffee,Tea,Energy Drink,Sports Drink,Milk,Yogurt,Cheese,Butter,Eggs,Creamer,Cereal,Pasta,Pasta Sauce,Rice,Soup,Bread,Bagels,Tortillas,English Muffins,Chips,Tortilla Chips,Cookies,Bars,Ice Cream'.split(
    ',',
  ),
);
/** Store brands, carried across every type for its unrestricted variants. */
const STORE_BRANDS = list(
  'Great Value,Kirkland Signature,365 by Whole Foods Market,Good & Gather,Simple Truth,Signature Select,' +
    "Member's Mark,Happy Belly,Kroger,Publix,Wegmans,Trader Joe's,H-E-B,Food Lion,Hy-Vee",
);
const TRAILING_QUALIFIERS = new Set(['Party Size', 'Family Size']);

interface Combo {
  readonly category: string;
  readonly type: string;
  readonly brand: string | undefined;
  readonly brandRank: number;
  readonly variant: string;
  readonly size: string;
  readonly qualifier: string;
  readonly priceRange: readonly [number, number];
  readonly synonyms: readonly string[];
  /** Past the data's capacity, the same products again as multipacks ("Twin Pack"). */
  readonly pack?: string;
}

/** The multipacks that extend a catalog past the capacity, one round each. */
const MULTIPACKS = ['Twin Pack', 'Value Pack', 'Club Pack', 'Case of 12', 'Bulk Pack'];

function combos(): Combo[] {
  const all: Combo[] = [];
  for (const line of PRODUCT_TYPES) {
    const [category, type, brands, variants, sizes, price, qualifiers, synonyms] = line.split('|');
    const [min, max] = price!.split('-').map(Number) as [number, number];
    const brandList = [...list(brands), ...STORE_BRANDS];
    for (const [brandRank, brandName] of brandList.entries()) {
      const brand = brandName === '-' ? undefined : brandName;
      for (const entry of list(variants)) {
        const [only, variant] = entry.includes('>') ? entry.split('>') : [undefined, entry];
        if (only && !only.split('/').includes(brandName)) continue;
        for (const size of list(sizes)) {
          for (const qualifier of ['', ...list(qualifiers)]) {
            if (qualifier && brand?.includes(qualifier)) continue;
            all.push({
              category: category!,
              type: type!,
              brand,
              brandRank,
              variant: variant,
              size,
              qualifier,
              priceRange: [min, max],
              synonyms: list(synonyms),
            });
          }
        }
      }
    }
  }
  return all;
}

function nameOf(c: Combo, withSize: boolean): string {
  const typeWord = c.type.split(' ').pop()!.toLowerCase();
  const own = `${c.brand ?? ''} ${c.variant}`.toLowerCase();
  const parts = [
    c.brand,
    TRAILING_QUALIFIERS.has(c.qualifier) ? '' : c.qualifier,
    c.variant,
    APPENDED.has(c.type) && !own.includes(typeWord) ? c.type : '',
    TRAILING_QUALIFIERS.has(c.qualifier) ? c.qualifier : '',
  ];
  const name = [...parts, c.pack].filter(Boolean).join(' ');
  return withSize ? `${name}, ${c.size}` : name;
}

/** The number of distinct products the data can produce. */
export function catalogCapacity(): number {
  return combos().length;
}

/**
 * A catalog of `count` products, the same for the same seed. Up to the capacity each is a distinct
 * product; past it, the products come again as multipacks, so a 200,000-product catalog is possible
 * and its first products are those of a smaller one.
 */
export function generateCatalog(count: number, seed = 42): Product[] {
  const random = seededRandom(seed);
  const all = combos();
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  const rounds = Math.max(1, Math.ceil(count / all.length));
  const chosen = Array.from({ length: rounds }, (_, round) =>
    round === 0 ? all : all.map((c) => ({ ...c, pack: MULTIPACKS[(round - 1) % MULTIPACKS.length] })),
  ).flat();
  return chosen.slice(0, count).map((c, i) => {
    const [min, max] = c.priceRange;
    const organic = c.qualifier === 'Organic' || (c.brand ?? '').includes('Organic');
    const base = (min + random() * (max - min)) * (organic ? 1.3 : 1);
    const amount = Math.max(49, Math.floor(base / 10) * 10 + 9);
    return {
      sku: `GEN-${String(i + 1).padStart(6, '0')}`,
      name: nameOf(c, random() < 0.35),
      ...(c.brand ? { brand: c.brand } : {}),
      category: c.category,
      size: c.size,
      synonyms: random() < 0.3 ? c.synonyms : [],
      price: { amount, currency: 'USD' },
      stock: random() < 0.06 ? 0 : 1 + Math.floor(random() * 200),
      popularity: Math.round((1000 / (1 + c.brandRank)) * random() ** 2),
      version: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}
