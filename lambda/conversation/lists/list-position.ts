/**
 * Which item of an open list a position names: a small number counts on the page just heard ("the
 * second one" after "next" is the fifth), a larger one from the start of the list.
 */
import type { OpenList } from '../dialog-state';
import { pageAt } from '../speech/paging';

/** The index an ordinal names, or undefined when the list has no such item. */
export function indexFor(list: OpenList, position: number): number | undefined {
  const page = pageAt(list.items, list.position);
  const absolute = position - 1;
  if (absolute >= page.start && absolute < page.start + page.items.length) return absolute;
  if (page.start > 0 && position <= page.items.length) return page.start + position - 1;
  return absolute >= 0 && absolute < list.items.length ? absolute : undefined;
}

/** The index of the last item of the page just heard. */
export function lastHeardIndex(list: OpenList): number {
  const page = pageAt(list.items, list.position);
  return page.start + page.items.length - 1;
}

/** The index of the cheapest item of the list that is not sold out (the first of equals). */
export function cheapestIndex(list: OpenList): number | undefined {
  let best: number | undefined;
  list.items.forEach((item, index) => {
    if (item.soldOut) return;
    if (best === undefined || item.price < list.items[best]!.price) best = index;
  });
  return best;
}
