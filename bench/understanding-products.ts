/**
 * The demo store's products as the understanding benchmark hears them: which products a reply
 * names, in the order it names them (by brand and name, or by name alone), what a product
 * reference of the corpus stands for, and a product's price as the skill says money.
 */
import type { Product } from '../lambda/domain/model';
import type { ProductRef } from './understanding-corpus';

/** Products named in a text, in order; each entry is every product the words could be. */
export type Named = readonly (readonly string[])[];

/** Lower case, no accents or apostrophes, "&" as "and", words separated by one space. */
export function hearable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** A count just before a name ("2 Bananas"): the skill naming a line of a cart or an order. */
const COUNTED = / (\d+|one|two|three|four|five|six|seven|eight|nine|ten) $/;

function* occurrences(text: string, part: string): Generator<number> {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) yield at;
}

interface Phrase {
  readonly words: string;
  readonly sku: string;
  /** True when the phrase is the name alone, without the brand. */
  readonly bare: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly skus: Set<string>;
}

/** The catalog, for naming and resolving products. */
export class ProductBook {
  private readonly bySku: ReadonlyMap<string, Product>;
  private readonly phrases: readonly Phrase[];

  constructor(products: readonly Product[]) {
    this.bySku = new Map(products.map((p) => [p.sku, p]));
    this.phrases = products.flatMap((p) => {
      const name = hearable(p.name);
      const branded = p.brand ? hearable(`${p.brand} ${p.name}`) : name;
      return branded === name
        ? [{ words: name, sku: p.sku, bare: false }]
        : [
            { words: branded, sku: p.sku, bare: false },
            { words: name, sku: p.sku, bare: true },
          ];
    });
  }

  /** The product of a sku. */
  product(sku: string): Product | undefined {
    return this.bySku.get(sku);
  }

  /**
   * The products a text names, in order. Where phrases overlap the longest wins ("Honey Nut
   * Cheerios" over "Cheerios"). A bare name that is also in `echo` (what the shopper said) names
   * nothing unless a count comes before it: "I couldn't find lemons" does not name the lemons,
   * "Added 2 Lemons" does.
   */
  named(text: string, echo = ''): Named {
    const heard = ` ${hearable(text)} `;
    const said = ` ${hearable(echo)} `;
    const spans = new Map<string, Span>();
    for (const phrase of this.phrases) {
      const echoed = phrase.bare && said.includes(` ${phrase.words} `);
      for (const at of occurrences(heard, ` ${phrase.words} `)) {
        if (echoed && !COUNTED.test(heard.slice(0, at + 1))) continue;
        const key = `${at}:${phrase.words.length}`;
        const span = spans.get(key) ?? { start: at, end: at + phrase.words.length, skus: new Set<string>() };
        span.skus.add(phrase.sku);
        spans.set(key, span);
      }
    }
    const ordered = [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Span[] = [];
    for (const span of ordered) {
      if (kept.every((k) => span.start >= k.end || span.end <= k.start)) kept.push(span);
    }
    return kept.sort((a, b) => a.start - b.start).map((span) => [...span.skus].sort());
  }

  /**
   * What a setup reply let the shopper hear: the products it named beyond their own words, or, when
   * their words were all it named ("Added 1 Bananas" after "add bananas"), those.
   */
  heardIn(text: string, echo: string): Named {
    const beyond = this.named(text, echo);
    return beyond.length > 0 ? beyond : this.named(text);
  }

  /** The skus a reference stands for, given what the setup replies named; empty when it cannot be told. */
  resolve(ref: ProductRef, heard: Named): string[] {
    if (typeof ref === 'string') return [ref];
    if (Array.isArray(ref)) return [...ref];
    return [...(heard[ref.heard - 1] ?? [])];
  }

  /** A product's price as the skill says money: "3 dollars and 99 cents", "1 dollar", "99 cents". */
  spokenPrice(sku: string): RegExp | undefined {
    const product = this.bySku.get(sku);
    if (!product) return undefined;
    const dollars = Math.floor(product.price.amount / 100);
    const cents = product.price.amount % 100;
    const d = `${dollars} dollars?`;
    const c = `${cents} cents?`;
    const words = dollars === 0 ? c : cents === 0 ? d : `${d},? and ${c}`;
    const figures = `\\$${dollars}\\.${String(cents).padStart(2, '0')}`;
    return new RegExp(`(^|\\W)(${words}|${figures})\\b`, 'i');
  }
}
