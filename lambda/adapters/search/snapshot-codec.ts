/**
 * Writes the index data of one catalog version to a snapshot and reads it back. Every part of the
 * index is a typed array already, so writing copies arrays into one buffer and reading makes views
 * on it: nothing is rebuilt, and strings are decoded only when a query needs them.
 */
import type { NamedPhrase } from './constraints';
import { DeletionTable } from './deletion-table';
import type { IndexData } from './index-data';
import { KeyedLists } from './keyed-lists';
import type { NameTable } from './name-table';
import { productTable, type ProductColumns } from './product-table';
import { SnapshotError, SnapshotReader, SnapshotWriter } from './snapshot-format';
import { readProductRecords, writeProductRecords } from './stored-products';
import { StringIndex } from './string-index';
import { packStrings, StringTable } from './string-table';

const NAME_PARTS = ['first', 'start', 'terms', 'head'] as const;
const DELETION_PARTS = ['slotTerm', 'shared', 'sharedStart', 'sharedTerms'] as const;

function writeStrings(w: SnapshotWriter, name: string, table: StringTable): void {
  w.add(`${name}.bytes`, 'u8', table.bytes);
  w.add(`${name}.offsets`, 'i32', table.offsets);
}

function writeIndex(w: SnapshotWriter, name: string, index: StringIndex): void {
  writeStrings(w, name, index.strings);
  w.add(`${name}.slots`, 'i32', index.slots);
}

function writeLists(w: SnapshotWriter, name: string, lists: KeyedLists): void {
  writeIndex(w, `${name}.keys`, lists.keys);
  w.add(`${name}.start`, 'i32', lists.start);
  w.add(`${name}.items`, 'i32', lists.items);
}

function writePhrases(w: SnapshotWriter, name: string, phrases: readonly NamedPhrase[]): void {
  writeStrings(w, `${name}.names`, packStrings(phrases.map((p) => p.name)));
  writeStrings(w, `${name}.words`, packStrings(phrases.map((p) => p.words.join(' '))));
}

function writeProducts(w: SnapshotWriter, p: ProductColumns): void {
  w.add('products.price', 'f64', p.price);
  w.add('products.currency', 'i32', p.currency);
  w.add('products.stock', 'f64', p.stock);
  w.add('products.popularity', 'f64', p.popularity);
  w.add('products.flags', 'u8', p.flags);
  w.add('products.brand', 'i32', p.brand);
  w.add('products.category', 'i32', p.category);
  writeIndex(w, 'products.skus', p.skus);
  writeStrings(w, 'products.sizeText', p.sizeText);
}

/** The snapshot of `data` as catalog version `version`. */
export function encodeIndex(data: IndexData, version: number): Uint8Array {
  const w = new SnapshotWriter();
  writeIndex(w, 'terms', data.terms);
  w.add('idf', 'f64', data.idf);
  w.add('postings.offsets', 'i32', data.postings.offsets);
  w.add('postings.products', 'i32', data.postings.products);
  w.add('postings.weights', 'f32', data.postings.weights);
  for (const part of NAME_PARTS) w.add(`names.${part}`, 'i32', data.names[part]);
  w.add('names.mass', 'f64', data.names.mass);
  for (const part of DELETION_PARTS) w.add(`deletions.${part}`, 'i32', data.deletions[part]);
  w.add('deletions.slotPos', 'u16', data.deletions.slotPos);
  writeLists(w, 'phonetic', data.phonetic);
  writeLists(w, 'brands', data.brands);
  writeLists(w, 'categories', data.categories);
  writePhrases(w, 'vocabulary.brands', data.vocabulary.brands);
  writePhrases(w, 'vocabulary.categories', data.vocabulary.categories);
  writeProducts(w, data.products);
  writeProductRecords(w, data.products);
  return w.finish(version, {
    currency: data.vocabulary.currency,
    currencies: data.products.currencies,
  });
}

function readStrings(r: SnapshotReader, name: string): StringTable {
  return new StringTable(r.read(`${name}.bytes`, 'u8'), r.read(`${name}.offsets`, 'i32'));
}

function readIndex(r: SnapshotReader, name: string): StringIndex {
  return new StringIndex(readStrings(r, name), r.read(`${name}.slots`, 'i32'));
}

function readLists(r: SnapshotReader, name: string): KeyedLists {
  return new KeyedLists(
    readIndex(r, `${name}.keys`),
    r.read(`${name}.start`, 'i32'),
    r.read(`${name}.items`, 'i32'),
  );
}

function readPhrases(r: SnapshotReader, name: string): NamedPhrase[] {
  const names = readStrings(r, `${name}.names`);
  const words = readStrings(r, `${name}.words`);
  return Array.from({ length: names.size }, (_, i) => ({
    name: names.get(i),
    words: words.get(i).split(' '),
  }));
}

function readProducts(r: SnapshotReader, currencies: readonly string[]): ProductColumns {
  return {
    price: r.read('products.price', 'f64'),
    currency: r.read('products.currency', 'i32'),
    currencies,
    stock: r.read('products.stock', 'f64'),
    popularity: r.read('products.popularity', 'f64'),
    flags: r.read('products.flags', 'u8'),
    brand: r.read('products.brand', 'i32'),
    category: r.read('products.category', 'i32'),
    skus: readIndex(r, 'products.skus'),
    sizeText: readStrings(r, 'products.sizeText'),
  };
}

function textList(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new SnapshotError('format', `${what} is not a list of text`);
  }
  return value;
}

/** Reads a snapshot: its catalog version and index data. Throws SnapshotError when it cannot be used. */
export function decodeIndex(bytes: Uint8Array): { version: number; data: IndexData } {
  const r = new SnapshotReader(bytes);
  const [currency] = textList([r.meta.currency], 'the currency');
  const columns = readProducts(r, textList(r.meta.currencies, 'the currencies'));
  const terms = readIndex(r, 'terms');
  const [first, start, termsOfNames, head] = NAME_PARTS.map((part) => r.read(`names.${part}`, 'i32'));
  const names: NameTable = {
    first: first!,
    start: start!,
    terms: termsOfNames!,
    head: head!,
    mass: r.read('names.mass', 'f64'),
  };
  const [slotTerm, shared, sharedStart, sharedTerms] = DELETION_PARTS.map((part) =>
    r.read(`deletions.${part}`, 'i32'),
  );
  const slotPos = r.read('deletions.slotPos', 'u16');
  const data: IndexData = {
    products: productTable(columns, readProductRecords(r, columns)),
    terms,
    idf: r.read('idf', 'f64'),
    postings: {
      offsets: r.read('postings.offsets', 'i32'),
      products: r.read('postings.products', 'i32'),
      weights: r.read('postings.weights', 'f32'),
    },
    names,
    deletions: new DeletionTable(slotTerm!, slotPos, shared!, sharedStart!, sharedTerms!, (t) =>
      terms.text(t),
    ),
    phonetic: readLists(r, 'phonetic'),
    vocabulary: {
      currency: currency!,
      brands: readPhrases(r, 'vocabulary.brands'),
      categories: readPhrases(r, 'vocabulary.categories'),
    },
    brands: readLists(r, 'brands'),
    categories: readLists(r, 'categories'),
  };
  return { version: r.version, data };
}
