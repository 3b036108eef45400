/**
 * Hindi in Devanagari, read the way search and matching compare words: one spelling per word
 * (nukta dropped, chandrabindu as anusvara, a nasal consonant with virama before a consonant as
 * anusvara, Devanagari digits as ASCII), then written in Latin letters as Indians type Hindi
 * ("दूध" is "dudh", "चावल" is "chaval", "अदरक" is "adrak"): long and short vowels alike, and the
 * inherent "a" dropped where Hindi does not say it (at the end of a word, and, from the left, between
 * a vowel and consonant on one side and a consonant and vowel on the other).
 */

const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'v',
  श: 'sh', ष: 'sh', स: 's', ह: 'h',
}; // prettier-ignore

const VOWELS: Readonly<Record<string, string>> = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au',
  ऑ: 'o', ऍ: 'e', ऎ: 'e', ऒ: 'o',
}; // prettier-ignore

const SIGNS: Readonly<Record<string, string>> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o',
  'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e', 'ॆ': 'e', 'ॊ': 'o',
}; // prettier-ignore

const VIRAMA = '\u094D';
const ANUSVARA = '\u0902';
const LABIALS = new Set(['p', 'ph', 'b', 'bh', 'm']);

/** Any Devanagari letter, sign or digit. */
const DEVANAGARI = /[\u0900-\u097F]/;

/** True when the text holds Devanagari. */
export function hasDevanagari(text: string): boolean {
  return DEVANAGARI.test(text);
}

/**
 * One spelling of Devanagari text: nukta removed (क़ is क, ड़ is ड), chandrabindu as anusvara,
 * a nasal half-letter before a consonant as anusvara (हिन्दी is हिंदी), zero-width joiners removed,
 * digits in ASCII, dandas and visarga as word breaks or nothing.
 */
export function normaliseDevanagari(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u093C\u200C\u200D]/g, '')
    .replace(/\u0901/g, ANUSVARA)
    .replace(/[ङञणनम]\u094D(?=[क-ह])/g, ANUSVARA)
    .replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - 0x0966))
    .replace(/[\u0964\u0965]/g, ' ')
    .replace(/[\u0903\u093D]/g, '')
    .normalize('NFC');
}

/** One syllable: its consonants, its vowel ("" when written with virama, undefined when inherent). */
interface Syllable {
  consonants: string[];
  vowel: string | undefined;
  nasal: boolean;
}

function syllablesOf(word: string): Syllable[] {
  const out: Syllable[] = [];
  let cluster: string[] = [];
  for (const ch of word) {
    const consonant = CONSONANTS[ch];
    const last = out.at(-1);
    if (consonant !== undefined) {
      cluster.push(consonant);
      out.push({ consonants: cluster, vowel: undefined, nasal: false });
      cluster = [];
    } else if (ch === VIRAMA && last?.vowel === undefined && last?.consonants.length) {
      out.pop();
      cluster = last.consonants;
    } else if (SIGNS[ch] !== undefined && last && last.vowel === undefined) {
      last.vowel = SIGNS[ch];
    } else if (VOWELS[ch] !== undefined) {
      out.push({ consonants: cluster, vowel: VOWELS[ch], nasal: false });
      cluster = [];
    } else if (ch === ANUSVARA && last) {
      last.nasal = true;
    }
  }
  if (cluster.length > 0) out.push({ consonants: cluster, vowel: '', nasal: false });
  return out;
}

/** Whether a syllable's vowel is said (a written vowel, or an inherent "a" not dropped). */
function voiced(syllable: Syllable | undefined, dropped: ReadonlySet<number>, index: number): boolean {
  return syllable !== undefined && syllable.vowel !== '' && !dropped.has(index);
}

/** A final cluster that keeps its "a" ("मित्र" is "mitra", "वाक्य" is "vakya"; "मिर्च" is "mirch"). */
const KEEPS_FINAL_A = new Set(['r', 'y', 'v']);

function dropsFinal(syllable: Syllable): boolean {
  if (syllable.vowel !== undefined || syllable.nasal) return false;
  return syllable.consonants.length === 1 || !KEEPS_FINAL_A.has(syllable.consonants.at(-1)!);
}

/** The inherent vowels Hindi leaves unsaid, by syllable index. */
function droppedSchwas(syllables: readonly Syllable[]): Set<number> {
  const dropped = new Set<number>();
  const last = syllables.length - 1;
  if (last > 0 && dropsFinal(syllables[last]!)) dropped.add(last);
  for (let i = 1; i < last; i += 1) {
    const here = syllables[i]!;
    const next = syllables[i + 1]!;
    if (here.vowel !== undefined || here.nasal || here.consonants.length !== 1) continue;
    if (!voiced(syllables[i - 1], dropped, i - 1)) continue;
    if (next.consonants.length === 1 && voiced(next, dropped, i + 1)) dropped.add(i);
  }
  return dropped;
}

function transliterateWord(word: string): string {
  const syllables = syllablesOf(word);
  const dropped = droppedSchwas(syllables);
  return syllables
    .map((s, i) => {
      const vowel = s.vowel ?? (dropped.has(i) ? '' : 'a');
      const following = syllables[i + 1]?.consonants[0];
      const nasal = s.nasal ? (following !== undefined && LABIALS.has(following) ? 'm' : 'n') : '';
      return s.consonants.join('') + vowel + nasal;
    })
    .join('');
}

/**
 * Devanagari text in Latin letters, word by word; other text is kept as it is ("अमूल दूध 1 litre"
 * is "amul dudh 1 litre").
 */
export function transliterateDevanagari(text: string): string {
  if (!hasDevanagari(text)) return text;
  return normaliseDevanagari(text).replace(/[\u0900-\u097F]+/g, (word) => transliterateWord(word));
}
