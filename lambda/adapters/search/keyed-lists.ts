/**
 * Lists of ids under string keys, in typed arrays: the terms that share a phonetic key, the products
 * of one brand or category. Key k's list is items[start[k]] to items[start[k + 1] - 1], in the order
 * the ids were added.
 */
import { indexStrings, type StringIndex } from './string-index';

const NONE = new Int32Array(0);

/** Id lists by key. */
export class KeyedLists {
  constructor(
    readonly keys: StringIndex,
    readonly start: Int32Array,
    readonly items: Int32Array,
  ) {}

  /** The list under `key` (empty when there is none). */
  get(key: string): Int32Array {
    const k = this.keys.id(key);
    return k < 0 ? NONE : this.list(k);
  }

  /** The list of key number k. */
  list(k: number): Int32Array {
    return this.items.subarray(this.start[k], this.start[k + 1]);
  }
}

/** Packs a map of lists (keys in insertion order). */
export function packLists(lists: ReadonlyMap<string, readonly number[]>): KeyedLists {
  const start = new Int32Array(lists.size + 1);
  let k = 0;
  for (const list of lists.values()) {
    start[k + 1] = start[k]! + list.length;
    k += 1;
  }
  const items = new Int32Array(start[lists.size]!);
  k = 0;
  for (const list of lists.values()) {
    items.set(list, start[k]);
    k += 1;
  }
  return new KeyedLists(indexStrings([...lists.keys()]), start, items);
}

/** Adds `id` to the list under `key` in a map being filled. */
export function addTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
