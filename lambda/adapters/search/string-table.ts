/**
 * Many strings in two typed arrays: their UTF-8 bytes end to end, and where each one starts. A
 * string is decoded the first time it is asked for and kept, so a table read from a snapshot costs
 * nothing until it is used, and one built in memory can start with its strings already decoded.
 */

/** Strings by index, packed as UTF-8. */
export class StringTable {
  private readonly text: Buffer;
  private readonly decoded: (string | undefined)[];

  /** `offsets[i]` to `offsets[i + 1]` are string i's bytes; `known` are the strings already decoded. */
  constructor(
    readonly bytes: Uint8Array,
    readonly offsets: Int32Array,
    known?: readonly string[],
  ) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.decoded = known ? [...known] : new Array<string | undefined>(offsets.length - 1);
  }

  /** How many strings. */
  get size(): number {
    return this.offsets.length - 1;
  }

  /** String i. */
  get(i: number): string {
    let value = this.decoded[i];
    if (value === undefined) {
      value = this.text.toString('utf8', this.offsets[i], this.offsets[i + 1]);
      this.decoded[i] = value;
    }
    return value;
  }
}

/** Packs strings into a table (which keeps them decoded). */
export function packStrings(strings: readonly string[]): StringTable {
  const offsets = new Int32Array(strings.length + 1);
  for (let i = 0; i < strings.length; i += 1) {
    offsets[i + 1] = offsets[i]! + Buffer.byteLength(strings[i]!, 'utf8');
  }
  const bytes = Buffer.allocUnsafe(offsets[strings.length]!);
  for (let i = 0; i < strings.length; i += 1) bytes.write(strings[i]!, offsets[i]!, 'utf8');
  return new StringTable(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), offsets, strings);
}

/** Collects strings, each stored once, and gives each its index. */
export class StringPool {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The index of `text`, added on first sight. */
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(text, id);
      this.strings.push(text);
    }
    return id;
  }

  /** The strings collected, packed. */
  pack(): StringTable {
    return packStrings(this.strings);
  }
}

/** A 32-bit hash of a string's UTF-16 code units (FNV-1a, then mixed), skipping the one at `skip`. */
export function hashText(text: string, skip = -1): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    if (i === skip) continue;
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Slots for an open-addressing table holding `count` keys (about 70% full at most). */
export function slotCount(count: number): number {
  return Math.max(8, Math.ceil(count / 0.7));
}
