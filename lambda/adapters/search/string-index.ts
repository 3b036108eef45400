/**
 * Distinct strings and a hash table that finds each one's index, both in typed arrays: the term
 * dictionary, the skus, the keys of the keyed lists. Looking a string up compares it with the
 * stored string, so a lookup is exact whatever the hash does.
 */
import { hashText, packStrings, slotCount, StringTable } from './string-table';

/** Strings and their indexes. */
export class StringIndex {
  /** `slots` holds index + 1 of the string hashed there (0: empty), probed linearly. */
  constructor(
    readonly strings: StringTable,
    readonly slots: Int32Array,
  ) {}

  /** How many strings. */
  get size(): number {
    return this.strings.size;
  }

  /** String i. */
  text(i: number): string {
    return this.strings.get(i);
  }

  /** The index of `text`, or -1. */
  id(text: string): number {
    const slots = this.slots;
    let at = hashText(text) % slots.length;
    for (;;) {
      const held = slots[at]!;
      if (held === 0) return -1;
      if (this.strings.get(held - 1) === text) return held - 1;
      at = at + 1 === slots.length ? 0 : at + 1;
    }
  }
}

/** Indexes distinct strings (index i is strings[i]). */
export function indexStrings(strings: readonly string[] | StringTable): StringIndex {
  const table = strings instanceof StringTable ? strings : packStrings(strings);
  const slots = new Int32Array(slotCount(table.size));
  for (let i = 0; i < table.size; i += 1) {
    let at = hashText(table.get(i)) % slots.length;
    while (slots[at] !== 0) at = at + 1 === slots.length ? 0 : at + 1;
    slots[at] = i + 1;
  }
  return new StringIndex(table, slots);
}
