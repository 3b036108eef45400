/**
 * Words as the console compares them: lower case, punctuation dropped, and common contractions
 * spelled out ("what's" and "whats" both become "what is"), so a typed sentence meets the model's
 * samples however it was written. Each word remembers the word it came from, so slot values are
 * given back as typed.
 */

/** One compared word and where it came from. */
export interface SpokenWord {
  /** The word as compared. */
  readonly word: string;
  /** The word as typed (the same for every part of a spelled-out contraction). */
  readonly typed: string;
  /** False for the second part of a spelled-out contraction. */
  readonly first: boolean;
}

const CONTRACTIONS: Readonly<Record<string, string>> = {
  "what's": 'what is',
  whats: 'what is',
  "where's": 'where is',
  wheres: 'where is',
  "when's": 'when is',
  "how's": 'how is',
  "who's": 'who is',
  "it's": 'it is',
  "that's": 'that is',
  thats: 'that is',
  "there's": 'there is',
  "i'm": 'i am',
  im: 'i am',
  "i'll": 'i will',
  "i'd": 'i would',
  "i've": 'i have',
  "you're": 'you are',
  "we're": 'we are',
  "they're": 'they are',
  "let's": 'let us',
  "don't": 'do not',
  dont: 'do not',
  "doesn't": 'does not',
  "didn't": 'did not',
  "isn't": 'is not',
  "can't": 'can not',
  cant: 'can not',
  cannot: 'can not',
  "won't": 'will not',
  "what're": 'what are',
};

/**
 * The typed words: lower case, curly quotes straightened, punctuation other than ' and . dropped
 * (letters keep their combining marks, so Devanagari's vowel signs stay in the word).
 */
export function typedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[^\p{L}\p{M}\p{N}'.\s-]/gu, ' ')
    .replace(/(^|\s)-+|-+(\s|$)/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

/** The compared words of a text. */
export function spokenWords(text: string): SpokenWord[] {
  return typedWords(text).flatMap((typed) => {
    const expanded = CONTRACTIONS[typed];
    if (!expanded) return [{ word: typed, typed, first: true }];
    return expanded.split(' ').map((word, index) => ({ word, typed, first: index === 0 }));
  });
}

/** The compared form of a phrase, as one string (for lookups). */
export function comparable(text: string): string {
  return spokenWords(text)
    .map((w) => w.word)
    .join(' ');
}

/**
 * The typed text of words[start, end), or undefined when the range cuts a spelled-out contraction
 * in two.
 */
export function typedText(words: readonly SpokenWord[], start: number, end: number): string | undefined {
  if (!words[start]?.first || (end < words.length && !words[end]!.first)) return undefined;
  return words
    .slice(start, end)
    .filter((w) => w.first)
    .map((w) => w.typed)
    .join(' ');
}
