/**
 * The layout of lambda/conversation (README's "How it is built"): the core's files at its root
 * (turn.ts, core.ts, routes.ts, turn-context.ts, reply.ts, the dialog state), intent
 * handlers in intents/, the helpers several intents share in folders named for what they do, every
 * sentence in locales/ and speech in speech/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, root, sources, under } from './support/source-imports';

const CONVERSATION = 'lambda/conversation';

/** Each folder of the conversation, and what it holds. */
const FOLDERS: Readonly<Record<string, string>> = {
  intents: 'one handler per intent or close family, named after it; only routes.ts imports them',
  answers: 'answers several intents give: a domain error as speech, the account refusals, data erased',
  cart: 'cart changes said back, which line a request is about, the cart read back',
  checkout: 'the read-back, placing the order, delivery option names, a new voice code',
  lists: 'reading a list aloud, and the answers while one is open',
  products: 'which product the shopper means, answering a search, and how sure a search is',
  orders:
    'the order in focus said back (its status, what it holds, what it came to), open and past orders, order updates',
  'after-order': 'after an order: adding to it, a return or refund request, and their open questions',
  understanding: 'reading the words against what was just heard: references, units, counts, heard-back',
  locales: "every sentence, one file per locale and area, and each language's phrasing",
  speech: "phrases, the SSML module, rendering at the shopper's rate, paging",
};

const filesIn = (folder: string) => sources.filter((f) => under(f, `${CONVERSATION}/${folder}`));

describe('conversation layout', () => {
  it('has exactly the folders it describes', () => {
    const folders = readdirSync(join(root, CONVERSATION)).filter((name) =>
      statSync(join(root, CONVERSATION, name)).isDirectory(),
    );
    expect(folders.sort()).toEqual(Object.keys(FOLDERS).sort());
  });

  it('intents/ holds only handlers, each imported by routes.ts alone', () => {
    const intents = filesIn('intents');
    expect(intents.length).toBeGreaterThan(15);
    const importers = (file: string) =>
      sources.filter((f) => importsOf(join(root, f)).some((imp) => `${imp.local}.ts` === file));
    expect(intents.filter((f) => importers(f).join() !== `${CONVERSATION}/routes.ts`)).toEqual([]);
    const exports = intents.flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('export '))
        .map((line) => ({ f, line })),
    );
    expect(exports.filter(({ line }) => !/^export const \w+: IntentHandler = /.test(line))).toEqual([]);
  });

  it("locales/ holds one sentence file per locale and area, the locales, and each language's phrasing", () => {
    const names = filesIn('locales').map((f) => f.split('/').pop()!);
    // A language's phrasing may take several files: english-phrasing, english-money.
    const shape = /^(locale|registry|[a-z]{2}(-[a-z]{2})?|[a-z]{2}-[a-z]{2}-[a-z]+|[a-z]{3,}-[a-z]+)\.ts$/;
    expect(names.filter((name) => !shape.test(name))).toEqual([]);
  });

  it('says a sentence only through a locale: no file outside locales/ defines a sentence area', () => {
    const defining = sources.filter(
      (f) =>
        under(f, CONVERSATION) &&
        !under(f, `${CONVERSATION}/locales`) &&
        /satisfies SentenceArea/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(defining).toEqual([]);
  });
});
