/**
 * Hindi words in one Latin spelling, whichever script they came in: Devanagari is written in Latin
 * letters (devanagari.ts), and the common ways of typing a Hindi grocery word ("doodh", "dudh";
 * "aata", "atta", "ata"; "chawal", "chaval") become one spelling, from the data table
 * hindi-spellings.json (a spelling and the other spellings that mean it; add a line to teach it
 * another). A spelling that is also an English word ("am", "long") is listed under
 * `fromDevanagari`, so it is read as Hindi only when it was written in Devanagari.
 */
import TABLE from './hindi-spellings.json';
import { hasDevanagari, transliterateDevanagari } from './devanagari';

interface SpellingTable {
  readonly spellings: Readonly<Record<string, readonly string[]>>;
  readonly fromDevanagari: Readonly<Record<string, string>>;
}

function spellingsOf(table: SpellingTable): {
  latin: ReadonlyMap<string, string>;
  devanagari: ReadonlyMap<string, string>;
} {
  const latin = new Map<string, string>();
  for (const [spelling, others] of Object.entries(table.spellings)) {
    for (const other of others) latin.set(other, spelling);
  }
  const devanagari = new Map(latin);
  for (const [said, spelling] of Object.entries(table.fromDevanagari)) devanagari.set(said, spelling);
  return { latin, devanagari };
}

const SPELLINGS = spellingsOf(TABLE);

/** One lower-case Latin word in its one spelling ("dudh" is "doodh"); other words as they are. */
export function hindiSpelling(word: string): string {
  return SPELLINGS.latin.get(word) ?? word;
}

/**
 * Text with its Devanagari words in Latin letters and their one spelling ("दूध" is "doodh"), lower
 * case; Latin words are left for `hindiSpelling`, so the caller keeps its own word splitting.
 */
export function romaniseHindi(text: string): string {
  if (!hasDevanagari(text)) return text;
  return text
    .replace(/[\u200C\u200D]/g, '')
    .replace(/[\u0900-\u097F]+/g, (run) =>
      transliterateDevanagari(run).replace(/[a-z]+/g, (w) => SPELLINGS.devanagari.get(w) ?? w),
    );
}
