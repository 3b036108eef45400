/**
 * The snapshot format: sections come back as the arrays written, and a snapshot that is cut short,
 * has a byte changed, is of another format or another byte order is refused before it is read.
 */
import {
  checkSnapshot,
  SnapshotError,
  SnapshotReader,
  SnapshotWriter,
} from '../../../lambda/adapters/search/snapshot-format';
import { patchRange } from '../../../lambda/adapters/search/snapshot-builder';

function sample(): Uint8Array {
  const writer = new SnapshotWriter();
  writer.add('ids', 'i32', Int32Array.from([3, -1, 2 ** 31 - 1]));
  writer.add('bytes', 'u8', Uint8Array.from([1, 2, 3, 4, 5]));
  writer.add('scores', 'f64', Float64Array.from([0.5, Math.PI]));
  writer.add('weights', 'f32', Float32Array.from([0.95]));
  writer.add('positions', 'u16', Uint16Array.from([0xffff, 7]));
  return writer.finish(42, { currency: 'USD' });
}

const problemOf = (bytes: Uint8Array): string | undefined => {
  try {
    checkSnapshot(bytes);
    return undefined;
  } catch (error) {
    return error instanceof SnapshotError ? error.problem : 'other';
  }
};

describe('snapshot sections', () => {
  it('read back as written, with the version and the meta', () => {
    const reader = new SnapshotReader(sample());
    expect(reader.version).toBe(42);
    expect(reader.meta).toEqual({ currency: 'USD' });
    expect([...reader.read('ids', 'i32')]).toEqual([3, -1, 2 ** 31 - 1]);
    expect([...reader.read('bytes', 'u8')]).toEqual([1, 2, 3, 4, 5]);
    expect([...reader.read('scores', 'f64')]).toEqual([0.5, Math.PI]);
    expect(reader.read('weights', 'f32')[0]).toBeCloseTo(0.95);
    expect([...reader.read('positions', 'u16')]).toEqual([0xffff, 7]);
  });

  it('are views on the snapshot, not copies, and a snapshot at an odd offset is still read', () => {
    const bytes = sample();
    expect(new SnapshotReader(bytes).read('ids', 'i32').buffer).toBe(bytes.buffer);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect([...new SnapshotReader(shifted.subarray(3)).read('ids', 'i32')]).toEqual([3, -1, 2 ** 31 - 1]);
  });

  it('refuse a missing section or one of another type', () => {
    const reader = new SnapshotReader(sample());
    expect(() => reader.read('names', 'i32')).toThrow(SnapshotError);
    expect(() => reader.read('ids', 'f64')).toThrow(SnapshotError);
  });
});

describe('a damaged snapshot', () => {
  const bytes = sample();

  it('is refused when cut short, anywhere', () => {
    expect(problemOf(bytes.subarray(0, 10))).toBe('truncated');
    expect(problemOf(bytes.subarray(0, bytes.length - 1))).toBe('truncated');
  });

  it('is refused when any byte is changed', () => {
    for (const at of [9, 17, 30, 40, 70, bytes.length - 1]) {
      const copy = bytes.slice();
      copy[at]! ^= 1;
      expect(problemOf(copy)).toMatch(/checksum|format|truncated/);
    }
    const body = bytes.slice();
    body[body.length - 2]! ^= 0x80;
    expect(problemOf(body)).toBe('checksum');
  });

  it('is refused when it is not a snapshot, or longer than it says', () => {
    expect(problemOf(new TextEncoder().encode('x'.repeat(100)))).toBe('format');
    const longer = new Uint8Array(bytes.length + 8);
    longer.set(bytes);
    expect(problemOf(longer)).toBe('format');
  });

  it('passes untouched', () => {
    expect(problemOf(bytes)).toBeUndefined();
  });
});

describe('what a builder may patch', () => {
  it('takes the changes that follow the snapshot without a gap, each naming its skus', () => {
    expect(
      patchRange(4, [
        { version: 5, skus: ['A'] },
        { version: 6, skus: ['B', 'A'] },
      ]),
    ).toEqual({
      version: 6,
      skus: ['A', 'B'],
    });
    expect(
      patchRange(4, [
        { version: 5, skus: ['A'] },
        { version: 7, skus: ['B'] },
      ]),
    ).toEqual({
      version: 5,
      skus: ['A'],
    });
  });

  it('patches nothing after a change that named no skus, or a gap right after the snapshot', () => {
    expect(patchRange(4, [{ version: 5 }, { version: 6, skus: ['B'] }])).toBeUndefined();
    expect(patchRange(4, [{ version: 6, skus: ['B'] }])).toBeUndefined();
    expect(patchRange(4, [])).toBeUndefined();
  });
});
