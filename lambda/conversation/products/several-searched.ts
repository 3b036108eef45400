/**
 * A search that names several products ("do you have milk and eggs", "i need apples and orange
 * juice") and no one product: each is searched, and the shopper hears what the store has of each
 * ("I have 5 kinds of milk and 3 kinds of eggs") rather than a list for the whole words, which would
 * say the store has neither. They then say which to hear about first; when only one of them is sold,
 * they hear what is not and that one's list at once.
 */
import { settled, withoutList } from '../dialog-state';
import { ask, labels, type Answer } from '../reply';
import { sentences, shorten, toPhrase, type Phrase } from '../speech/phrase';
import type { TurnContext } from '../turn-context';
import { searchWords } from '../understanding/search-words';
import { readSlot } from '../understanding/slot-reading';
import { MAX_RESULTS, searchAnswer } from './search-answers';
import { resultList } from './search-confidence';

/** What the store has of each part, or undefined when it has none of them. */
export async function severalSearched(
  ctx: TurnContext,
  parts: readonly string[],
): Promise<Answer | undefined> {
  const { list, phrasing } = ctx.locale;
  const queries = parts.map((part) => shorten(searchWords(readSlot(part).product ?? part), 60));
  const results = await Promise.all(
    queries.map((text) => ctx.deps.search.search({ text, limit: MAX_RESULTS })),
  );
  const counts = results.map((result) => {
    const view = resultList(result);
    return view.weak ? 0 : view.total;
  });
  const first = queries.findIndex((_, i) => counts[i]! > 0);
  if (first < 0) return undefined;
  // Only one of them sold: what is not sold, then that one's list, to pick from at once.
  if (counts.filter((count) => count > 0).length === 1) {
    const notSold = queries.filter((_, i) => i !== first).map((query) => list.notSold({ query }));
    const query = queries[first]!;
    const found = (count: number) => list.found({ count, query });
    const answer = searchAnswer(ctx, query, results[first]!, found);
    return { ...answer, speech: sentences(...notSold, answer.speech) };
  }
  // What the store has first, then what it has none of: "3 kinds of bananas and no unicorn steak".
  const had = queries.flatMap((query, i) =>
    counts[i]! > 0 ? [list.kindsOf({ count: counts[i]!, query })] : [],
  );
  const none = queries.flatMap((query, i) => (counts[i]! > 0 ? [] : [list.noneOf({ query })]));
  const items: Phrase[] = [...had, ...none];
  return ask(
    list.severalFound({ items: phrasing.list(items, 'and') }),
    list.severalFoundReprompt({ query: queries[first]! }),
    withoutList(settled(ctx.state)),
    { suggestions: labels(queries.filter((_, i) => counts[i]! > 0).map(toPhrase)) },
  );
}
