/**
 * The snapshot file format: a 64-byte header, a JSON directory of named sections, then the sections,
 * each a typed array's bytes aligned to 8 so that reading one is a view on the file, not a copy.
 *
 * Header: bytes 0-7 the magic "VCSEARCH", 8-11 the format version, 12-15 a byte-order mark, 16-23
 * the catalog version (float64), 24-31 the whole snapshot's length (float64), 32-35 a CRC-32 of every
 * other byte of the snapshot, 36-39 the directory's length. A missing tail, a flipped byte or a
 * snapshot of another format is found before anything in it is used.
 */
import { crc32 } from 'node:zlib';

const MAGIC = 'VCSEARCH';
/**
 * Raise when the layout of any section or what is indexed changes (2: a name's head word skips form
 * words such as "concentrate"; 3: and descriptions written after it, such as "crunchy"; 4: products
 * keep their per-locale names, and Hindi is indexed in one Latin spelling; 5: head words are read
 * before "for" or "with"): older snapshots are then rebuilt, never misread.
 */
export const SNAPSHOT_FORMAT = 5;
const BYTE_ORDER = 0x01020304;
const HEADER = 64;
const ALIGN = 8;

/** Why a snapshot cannot be used. */
export type SnapshotProblem = 'truncated' | 'checksum' | 'format';

/** A snapshot that cannot be used, and why. */
export class SnapshotError extends Error {
  constructor(
    readonly problem: SnapshotProblem,
    detail: string,
  ) {
    super(`search snapshot ${problem}: ${detail}`);
    this.name = 'SnapshotError';
  }
}

const ARRAYS = {
  u8: Uint8Array,
  u16: Uint16Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;

/** The element types a section may hold. */
export type SectionType = keyof typeof ARRAYS;
type ArrayOf<T extends SectionType> = InstanceType<(typeof ARRAYS)[T]>;

interface Section {
  readonly name: string;
  readonly type: SectionType;
  readonly data: ArrayBufferView;
}

const pad = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

function checksum(bytes: Uint8Array): number {
  return crc32(bytes.subarray(36), crc32(bytes.subarray(0, 32)));
}

/** Collects sections, then writes the snapshot. */
export class SnapshotWriter {
  private readonly sections: Section[] = [];

  /** Adds a section: `data` is an array of `type`. */
  add(name: string, type: SectionType, data: ArrayBufferView): void {
    this.sections.push({ name, type, data });
  }

  /** The snapshot of catalog `version`, with `meta` (small JSON facts) in the directory. */
  finish(version: number, meta: Readonly<Record<string, unknown>>): Uint8Array {
    let offset = 0;
    const entries = this.sections.map(({ name, type, data }) => {
      const entry = [name, type, offset, data.byteLength / ARRAYS[type].BYTES_PER_ELEMENT] as const;
      offset += pad(data.byteLength);
      return entry;
    });
    const directory = Buffer.from(JSON.stringify({ meta, sections: entries }), 'utf8');
    const body = HEADER + pad(directory.length);
    const bytes = new Uint8Array(body + offset);
    const view = new DataView(bytes.buffer);
    bytes.set(Buffer.from(MAGIC, 'latin1'), 0);
    view.setUint32(8, SNAPSHOT_FORMAT, true);
    new Uint32Array(bytes.buffer, 12, 1)[0] = BYTE_ORDER;
    view.setFloat64(16, version, true);
    view.setFloat64(24, bytes.length, true);
    view.setUint32(36, directory.length, true);
    bytes.set(directory, HEADER);
    this.sections.forEach(({ data }, i) => {
      bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), body + entries[i]![2]);
    });
    view.setUint32(32, checksum(bytes), true);
    return bytes;
  }
}

/** The catalog version a snapshot says it holds, after checking that the snapshot is whole and intact. */
export function checkSnapshot(input: Uint8Array): { version: number; bytes: Uint8Array } {
  if (input.length < HEADER) throw new SnapshotError('truncated', `${input.length} bytes, no header`);
  // Views need aligned memory: a snapshot read at an odd offset is copied once.
  const bytes = input.byteOffset % ALIGN === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (Buffer.from(bytes.subarray(0, 8)).toString('latin1') !== MAGIC) {
    throw new SnapshotError('format', 'not a search snapshot');
  }
  const length = view.getFloat64(24, true);
  if (length !== bytes.length) {
    throw new SnapshotError(
      length > bytes.length ? 'truncated' : 'format',
      `${bytes.length} of ${length} bytes`,
    );
  }
  if (view.getUint32(32, true) !== checksum(bytes))
    throw new SnapshotError('checksum', 'the bytes do not match');
  const format = view.getUint32(8, true);
  if (format !== SNAPSHOT_FORMAT)
    throw new SnapshotError('format', `format ${format}, expected ${SNAPSHOT_FORMAT}`);
  if (new Uint32Array(bytes.buffer, bytes.byteOffset + 12, 1)[0] !== BYTE_ORDER) {
    throw new SnapshotError('format', 'written on a machine of another byte order');
  }
  return { version: view.getFloat64(16, true), bytes };
}

/** Reads the sections of a checked snapshot. */
export class SnapshotReader {
  readonly version: number;
  readonly meta: Readonly<Record<string, unknown>>;
  private readonly bytes: Uint8Array;
  private readonly body: number;
  private readonly sections = new Map<string, readonly [SectionType, number, number]>();

  constructor(input: Uint8Array) {
    const { version, bytes } = checkSnapshot(input);
    this.version = version;
    this.bytes = bytes;
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(36, true);
    const directory = JSON.parse(Buffer.from(bytes.subarray(HEADER, HEADER + length)).toString('utf8')) as {
      meta: Record<string, unknown>;
      sections: [string, SectionType, number, number][];
    };
    this.meta = directory.meta;
    this.body = HEADER + pad(length);
    for (const [name, type, offset, count] of directory.sections)
      this.sections.set(name, [type, offset, count]);
  }

  /** The section `name`, which must hold `type`. */
  read<T extends SectionType>(name: string, type: T): ArrayOf<T> {
    const section = this.sections.get(name);
    if (!section || section[0] !== type) throw new SnapshotError('format', `no ${type} section ${name}`);
    const [, offset, count] = section;
    const start = this.bytes.byteOffset + this.body + offset;
    const size = ARRAYS[type].BYTES_PER_ELEMENT;
    if (this.body + offset + count * size > this.bytes.length) {
      throw new SnapshotError('format', `section ${name} runs past the end`);
    }
    return new ARRAYS[type](this.bytes.buffer as ArrayBuffer, start, count) as ArrayOf<T>;
  }
}
