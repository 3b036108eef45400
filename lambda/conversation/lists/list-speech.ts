/**
 * Reading a list aloud: each entry distinct when heard (the size is added when two names on a page
 * are the same, the brand is said), a short pause between entries, and the numbering the shopper
 * can say back.
 */
import type { ListItem, OpenList } from '../dialog-state';
import { allHeard, vocabulary, wordsOf } from '../matching';
import { pageAt } from '../speech/paging';
import { concat, join, NAME_LENGTH, pause, shorten, type Phrase } from '../speech/phrase';
import { storeMoney, type TurnContext } from '../turn-context';

/**
 * The name with the brand first when the name does not already say it ("Horizon Organic Whole
 * Milk"): said where the brand tells products apart (two alike on a page), and where one product is
 * offered or described on its own.
 */
export function brandedName(item: { readonly name: string; readonly brand?: string }): string {
  const brand = item.brand?.trim();
  if (!brand) return item.name;
  const flat = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `;
  return flat(item.name).includes(flat(brand)) ? item.name : `${brand} ${item.name}`;
}

/**
 * One entry as heard: the name (with the brand and size when asked for), the price, and "sold out"
 * when it is.
 */
export function entryOf(ctx: TurnContext, item: ListItem, withSize: boolean, withBrand = false): Phrase {
  const { product, list } = ctx.locale;
  const name = shorten(withBrand ? brandedName(item) : item.name, NAME_LENGTH);
  const price = storeMoney(ctx, item.price);
  const base =
    withSize && item.size
      ? product.entrySized({ product: name, size: item.size, price })
      : product.entry({ product: name, price });
  return item.soldOut ? join([base, list.soldOutTag()], ', ') : base;
}

/** One cart line as heard: "2 Oatly Oat Milk". */
export function cartEntryOf(ctx: TurnContext, item: ListItem): Phrase {
  return ctx.locale.phrasing.quantityOf(item.quantity ?? 1, shorten(item.name, NAME_LENGTH));
}

/**
 * The page of the list at its position. Products are numbered ("First, ...") so the shopper can say
 * the number back; cart lines are read as one sentence, with how many more follow.
 */
export function pageSpeech(ctx: TurnContext, list: OpenList): Phrase {
  const page = pageAt(list.items, list.position);
  if (list.kind === 'cart') {
    const rest = list.items.length - page.start - page.items.length;
    const entries = page.items.map((item) => cartEntryOf(ctx, item));
    const more = rest > 0 ? [ctx.locale.cart.moreLines({ more: rest })] : [];
    return ctx.locale.phrasing.list([...entries, ...more], 'and');
  }
  const names = page.items.map((i) => i.name.toLowerCase());
  const entries = page.items.map((item, index) => {
    const twins = names.filter((n) => n === item.name.toLowerCase()).length > 1;
    // The brand is always said: heard, not seen, it is often what tells two coffees apart.
    return ctx.locale.phrasing.listEntry(page.start + index + 1, entryOf(ctx, item, twins, true));
  });
  return join(entries, pause(350));
}

/** The page as a sentence of its own (cart lines end with a full stop). */
export function pageSentence(ctx: TurnContext, list: OpenList): Phrase {
  const page = pageSpeech(ctx, list);
  return list.kind === 'cart' ? concat([page, '.']) : page;
}

/**
 * A word the shopper heard that picks exactly one item of the page ("the Bounty one"): a brand the
 * name says, else a word of a name; undefined when none is distinctive.
 */
export function exampleWord(items: readonly ListItem[]): string | undefined {
  const known = items.map((i) => vocabulary(wordsOf(`${i.brand ?? ''} ${i.name}`)));
  const candidates = [
    ...items.map((i) => i.brand),
    ...items.flatMap((i) => i.name.split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z'-]{2,}$/.test(w))),
  ];
  return candidates.find((word) => {
    if (word === undefined || word.length > 20) return false;
    const said = wordsOf(word);
    return said.length > 0 && known.filter((k) => allHeard(said, k)).length === 1;
  });
}
