/**
 * List paging: a list is read at most three items at a time (DESIGN.md section 8).
 */

/** How many items are offered at once. */
export const PAGE_SIZE = 3;

/** One page of a list. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Index of the page's first item in the whole list. */
  readonly start: number;
  readonly hasNext: boolean;
  readonly hasPrevious: boolean;
}

/** The page starting at `position` (clamped to the list). */
export function pageAt<T>(items: readonly T[], position: number): Page<T> {
  const start = Math.max(0, Math.min(position, Math.max(0, items.length - 1)));
  const page = items.slice(start, start + PAGE_SIZE);
  return { items: page, start, hasNext: start + PAGE_SIZE < items.length, hasPrevious: start > 0 };
}

/** Where the next page starts, or undefined at the end. */
export function nextPosition(length: number, position: number): number | undefined {
  const next = position + PAGE_SIZE;
  return next < length ? next : undefined;
}

/** Where the previous page starts, or undefined at the start. */
export function previousPosition(position: number): number | undefined {
  return position > 0 ? Math.max(0, position - PAGE_SIZE) : undefined;
}
