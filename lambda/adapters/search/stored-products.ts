/**
 * The whole products in a snapshot, as a hit returns them: their text fields as references into one
 * pool of distinct strings (a brand or a currency is stored once), their synonyms as lists of
 * references, their per-locale names as one JSON text each, their version and raw popularity as numbers; sku, price and stock come from the
 * product columns. A product is decoded only when a search returns it.
 */
import type { Product } from '../../domain/model';
import type { ProductColumns, ProductRecords, ProductTable } from './product-table';
import type { SnapshotReader, SnapshotWriter } from './snapshot-format';
import { StringPool, StringTable } from './string-table';

/** The optional and text fields kept per product, in stored order. */
const FIELDS = ['name', 'brand', 'category', 'size', 'description', 'imageUrl', 'updatedAt'] as const;
const ABSENT = -1;

/** Writes the products' records. */
export function writeProductRecords(writer: SnapshotWriter, products: ProductTable): void {
  const pool = new StringPool();
  const n = products.count;
  const fields = new Int32Array(n * FIELDS.length);
  const synonymStart = new Int32Array(n + 1);
  const synonyms: number[] = [];
  const version = new Float64Array(n);
  const popularity = new Float64Array(n);
  const localNames = new Int32Array(n).fill(ABSENT);
  for (let id = 0; id < n; id += 1) {
    const product = products.product(id);
    FIELDS.forEach((field, f) => {
      const value = product[field];
      fields[id * FIELDS.length + f] = value === undefined ? ABSENT : pool.id(value);
    });
    for (const synonym of product.synonyms) synonyms.push(pool.id(synonym));
    synonymStart[id + 1] = synonyms.length;
    if (product.localNames) localNames[id] = pool.id(JSON.stringify(product.localNames));
    version[id] = product.version;
    popularity[id] = product.popularity;
  }
  const strings = pool.pack();
  writer.add('records.strings.bytes', 'u8', strings.bytes);
  writer.add('records.strings.offsets', 'i32', strings.offsets);
  writer.add('records.fields', 'i32', fields);
  writer.add('records.synonymStart', 'i32', synonymStart);
  writer.add('records.synonyms', 'i32', Int32Array.from(synonyms));
  writer.add('records.localNames', 'i32', localNames);
  writer.add('records.version', 'f64', version);
  writer.add('records.popularity', 'f64', popularity);
}

/** The products of a snapshot, decoded when asked for and then kept. */
class StoredProducts implements ProductRecords {
  private readonly decoded: (Product | undefined)[];

  constructor(
    private readonly columns: ProductColumns,
    private readonly strings: StringTable,
    private readonly fields: Int32Array,
    private readonly synonymStart: Int32Array,
    private readonly synonyms: Int32Array,
    private readonly localNames: Int32Array,
    private readonly version: Float64Array,
    private readonly popularity: Float64Array,
  ) {
    this.decoded = new Array<Product | undefined>(version.length);
  }

  product(id: number): Product {
    return (this.decoded[id] ??= this.decode(id));
  }

  private decode(id: number): Product {
    const text = (f: number): string | undefined => {
      const ref = this.fields[id * FIELDS.length + f]!;
      return ref === ABSENT ? undefined : this.strings.get(ref);
    };
    const [name, brand, category, size, description, imageUrl, updatedAt] = FIELDS.map((_, f) => text(f));
    const { columns } = this;
    const local = this.localNames[id]!;
    return {
      sku: columns.skus.text(id),
      name: name!,
      ...(brand === undefined ? {} : { brand }),
      ...(category === undefined ? {} : { category }),
      ...(size === undefined ? {} : { size }),
      synonyms: [...this.synonyms.subarray(this.synonymStart[id], this.synonymStart[id + 1])].map((ref) =>
        this.strings.get(ref),
      ),
      ...(local === ABSENT
        ? {}
        : { localNames: JSON.parse(this.strings.get(local)) as Product['localNames'] }),
      ...(description === undefined ? {} : { description }),
      ...(imageUrl === undefined ? {} : { imageUrl }),
      price: { amount: columns.price[id]!, currency: columns.currencies[columns.currency[id]!]! },
      stock: columns.stock[id]!,
      popularity: this.popularity[id]!,
      version: this.version[id]!,
      updatedAt: updatedAt!,
    };
  }
}

/** Reads the products' records over their columns. */
export function readProductRecords(reader: SnapshotReader, columns: ProductColumns): ProductRecords {
  return new StoredProducts(
    columns,
    new StringTable(
      reader.read('records.strings.bytes', 'u8'),
      reader.read('records.strings.offsets', 'i32'),
    ),
    reader.read('records.fields', 'i32'),
    reader.read('records.synonymStart', 'i32'),
    reader.read('records.synonyms', 'i32'),
    reader.read('records.localNames', 'i32'),
    reader.read('records.version', 'f64'),
    reader.read('records.popularity', 'f64'),
  );
}
