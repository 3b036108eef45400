/**
 * The symmetric-delete table (see edit-distance.ts) in typed arrays: every term of four letters or
 * more, and each variant of it with one letter removed, maps to the terms that have that variant.
 * A variant is never stored as a string: a slot holds a term and the position of the letter removed
 * (WHOLE for the term itself), which is enough to hash and compare it. Most variants belong to one
 * term; the few shared ones list their other terms in a side table, found by binary search.
 */
import { hashText, slotCount } from './string-table';

/** The position that stands for "no letter removed". */
export const WHOLE = 0xffff;

/** Deletion variant -> terms, over a vocabulary read through `text`. */
export class DeletionTable {
  /**
   * `slotTerm[s]` is the first term of the variant in slot s (-1: empty) and `slotPos[s]` the letter
   * it lacks; `shared` lists, by increasing slot, the slots with more terms, whose further terms are
   * `sharedTerms[sharedStart[j]]` to `sharedTerms[sharedStart[j + 1] - 1]`.
   */
  constructor(
    readonly slotTerm: Int32Array,
    readonly slotPos: Uint16Array,
    readonly shared: Int32Array,
    readonly sharedStart: Int32Array,
    readonly sharedTerms: Int32Array,
    private readonly text: (term: number) => string,
  ) {}

  /** Calls `visit` with each term that has `variant`, in increasing term order. */
  forEachTerm(variant: string, visit: (term: number) => void): void {
    const slot = this.find(variant);
    if (slot < 0) return;
    visit(this.slotTerm[slot]!);
    const j = sharedIndex(this.shared, slot);
    if (j < 0) return;
    for (let k = this.sharedStart[j]!; k < this.sharedStart[j + 1]!; k += 1) visit(this.sharedTerms[k]!);
  }

  private find(variant: string): number {
    const { slotTerm, slotPos } = this;
    let at = hashText(variant) % slotTerm.length;
    for (;;) {
      const term = slotTerm[at]!;
      if (term < 0) return -1;
      if (sameVariant(variant, -1, this.text(term), slotPos[at]!)) return at;
      at = at + 1 === slotTerm.length ? 0 : at + 1;
    }
  }
}

/** Whether a without its letter at pa (-1 or WHOLE: none) equals b without its letter at pb. */
function sameVariant(a: string, pa: number, b: string, pb: number): boolean {
  const skipA = pa === WHOLE ? -1 : pa;
  const skipB = pb === WHOLE ? -1 : pb;
  if (a.length - (skipA < 0 ? 0 : 1) !== b.length - (skipB < 0 ? 0 : 1)) return false;
  let i = 0;
  let j = 0;
  for (;;) {
    if (i === skipA) i += 1;
    if (j === skipB) j += 1;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i += 1;
    j += 1;
  }
}

function sharedIndex(shared: Int32Array, slot: number): number {
  let lo = 0;
  let hi = shared.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = shared[mid]!;
    if (value === slot) return mid;
    if (value < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The letters whose removal gives a distinct variant (removing either of two equal neighbours is one). */
function deletionPositions(term: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < term.length; i += 1) if (i === 0 || term[i] !== term[i - 1]) positions.push(i);
  return positions;
}

/** Builds the table over the terms `eligible` accepts (given in increasing order). */
export function buildDeletionTable(
  terms: readonly string[],
  eligible: readonly number[],
  text: (term: number) => string,
): DeletionTable {
  const variants = eligible.map((t) => [WHOLE, ...deletionPositions(terms[t]!)]);
  const size = slotCount(variants.reduce((sum, list) => sum + list.length, 0));
  const slotTerm = new Int32Array(size).fill(-1);
  const slotPos = new Uint16Array(size);
  const more = new Map<number, number[]>();
  eligible.forEach((t, n) => {
    const term = terms[t]!;
    for (const pos of variants[n]!) {
      let at = hashText(term, pos === WHOLE ? -1 : pos) % size;
      while (slotTerm[at]! >= 0 && !sameVariant(term, pos, terms[slotTerm[at]!]!, slotPos[at]!)) {
        at = at + 1 === size ? 0 : at + 1;
      }
      if (slotTerm[at]! < 0) {
        slotTerm[at] = t;
        slotPos[at] = pos;
      } else {
        const list = more.get(at);
        if (list) list.push(t);
        else more.set(at, [t]);
      }
    }
  });
  const shared = Int32Array.from([...more.keys()].sort((a, b) => a - b));
  const sharedStart = new Int32Array(shared.length + 1);
  shared.forEach((slot, j) => (sharedStart[j + 1] = sharedStart[j]! + more.get(slot)!.length));
  const sharedTerms = new Int32Array(sharedStart[shared.length]!);
  shared.forEach((slot, j) => sharedTerms.set(more.get(slot)!, sharedStart[j]));
  return new DeletionTable(slotTerm, slotPos, shared, sharedStart, sharedTerms, text);
}
