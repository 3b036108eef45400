/**
 * The products' names, and the other names they go by (their synonyms and built-in synonym phrases),
 * packed into typed arrays: name k's terms are terms[start[k]] to terms[start[k + 1] - 1], and product
 * i's names are names first[i] to first[i + 1] - 1, its own name first. Scoring thousands of products
 * per query then reads contiguous memory instead of chasing arrays per product.
 */

/** Names of every product, by product id. */
export interface NameTable {
  /** Per product: index of its first name; first[i + 1] ends its names. */
  readonly first: Int32Array;
  /** Per name: index of its first term. */
  readonly start: Int32Array;
  readonly terms: Int32Array;
  /** Per name: sum of its terms' idf. */
  readonly mass: Float64Array;
  /** Per name: its head word's term id, or -1. */
  readonly head: Int32Array;
}

interface NameSource {
  readonly terms: readonly number[];
  readonly head: number;
}

/** Packs the names of products (in id order) given the terms' idf. */
export function buildNameTable(
  products: readonly {
    readonly nameTerms: readonly number[];
    readonly headTerm: number;
    readonly alternatives: readonly NameSource[];
  }[],
  idf: Float64Array,
): NameTable {
  const names: NameSource[] = [];
  const first = new Int32Array(products.length + 1);
  products.forEach((p, i) => {
    names.push({ terms: p.nameTerms, head: p.headTerm }, ...p.alternatives);
    first[i + 1] = names.length;
  });
  const start = new Int32Array(names.length + 1);
  names.forEach((name, k) => (start[k + 1] = start[k]! + name.terms.length));
  const terms = new Int32Array(start[names.length]!);
  const mass = new Float64Array(names.length);
  const head = new Int32Array(names.length);
  names.forEach((name, k) => {
    terms.set(name.terms, start[k]);
    mass[k] = name.terms.reduce((sum, t) => sum + idf[t]!, 0);
    head[k] = name.head;
  });
  return { first, start, terms, mass, head };
}

/**
 * How well the product's best name is covered by the matched terms (term id -> match weight): the
 * share of its idf mass matched, plus `headShare` times the match of its head word.
 */
export function nameCoverage(
  table: NameTable,
  id: number,
  matched: Float32Array,
  idf: Float64Array,
  nameShare: number,
  headShare: number,
): number {
  let best = 0;
  for (let k = table.first[id]!; k < table.first[id + 1]!; k += 1) {
    const mass = table.mass[k]!;
    if (mass <= 0) continue;
    let hit = 0;
    for (let j = table.start[k]!; j < table.start[k + 1]!; j += 1)
      hit += matched[table.terms[j]!]! * idf[table.terms[j]!]!;
    const head = table.head[k]! >= 0 ? matched[table.head[k]!]! : 0;
    const value = nameShare * Math.min(1, hit / mass) + headShare * head;
    if (value > best) best = value;
  }
  return best;
}

/** How well the head word of the product's own name is matched (term id -> match weight). */
export function headMatch(table: NameTable, id: number, matched: Float32Array): number {
  const head = table.head[table.first[id]!]!;
  return head >= 0 ? matched[head]! : 0;
}

/** Other names of at most this many words say what a product is ("elbow pasta", "stackable chips"). */
const SHORT_NAME = 2;

/**
 * 1 when what was said is, word for word, the head word of one of the product's short other names
 * ("pasta" for Elbow Macaroni, known as "elbow pasta"), else 0.
 */
export function aliasMatch(table: NameTable, id: number, matched: Float32Array): number {
  for (let k = table.first[id]! + 1; k < table.first[id + 1]!; k += 1) {
    const head = table.head[k]!;
    if (head >= 0 && table.start[k + 1]! - table.start[k]! <= SHORT_NAME && matched[head]! >= 1) return 1;
  }
  return 0;
}
