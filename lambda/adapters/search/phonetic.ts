/**
 * A phonetic key for English product words, in the spirit of Metaphone: words that sound alike get
 * the same key ("peenut" and "peanut" are PNT, "hass" and "has" are HS, "allmond" and "almond" are
 * ALMNT). Written here rather than taken from a package: the maintained double-metaphone release is
 * ESM-only (jest here runs CommonJS), the CommonJS one is unmaintained, and this key is a page of code
 * that we can tune to what speech recognisers confuse. Digits key to themselves.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const FRONT = new Set(['e', 'i', 'y']);

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** Letters that always key the same way. */
const PLAIN: Readonly<Record<string, string>> = {
  b: 'B', f: 'F', j: 'J', l: 'L', m: 'M', n: 'N', r: 'R', v: 'F', k: 'K', q: 'K', x: 'KS', z: 'S',
}; // prettier-ignore

/** The codes a consonant at i sounds as (each pushed in turn), and how many following letters it also used. */
type Sound = readonly [codes: string, skip: number];

/** "ch" (X, or K after "s"), "ck", a soft "c" before e, i or y, else K. */
function cSound(w: string, i: number): Sound {
  const next = w[i + 1];
  if (next === 'h') return [w[i - 1] === 's' ? 'K' : 'X', 1];
  if (next === 'k') return ['K', 1];
  return [next !== undefined && FRONT.has(next) ? 'S' : 'K', 0];
}

/** "gh" (K at the start, silent elsewhere), a silent "gn" at the end, a soft "g", else K. */
function gSound(w: string, i: number): Sound {
  const next = w[i + 1];
  if (next === 'h') return [i === 0 ? 'K' : '', 1];
  if (next === 'n' && (i + 2 === w.length || w.slice(i + 2) === 'ed')) return ['', 0];
  return [next !== undefined && FRONT.has(next) ? 'J' : 'K', 0];
}

/** "sh" and "sio"/"sia" as X, "th" as 0 and "tio"/"tia" as X. */
function sibilant(w: string, i: number, plain: string, h: string): Sound {
  const next = w[i + 1];
  if (next === 'h') return [h, 1];
  return [next === 'i' && (w[i + 2] === 'o' || w[i + 2] === 'a') ? 'X' : plain, 0];
}

/** "w" and "y" sound only before a vowel; a first "y" otherwise is a vowel. */
function semivowel(w: string, i: number): Sound {
  const c = w[i]!;
  const next = w[i + 1];
  if (isVowel(next) && !(c === 'y' && next === 'y')) return [c.toUpperCase(), 0];
  return [c === 'y' && i === 0 ? 'A' : '', 0];
}

function consonant(w: string, i: number): Sound {
  const c = w[i]!;
  const next = w[i + 1];
  const prev = w[i - 1];
  switch (c) {
    case 'c':
      return cSound(w, i);
    case 'g':
      return gSound(w, i);
    case 'p':
      return next === 'h' ? ['F', 1] : ['P', 0];
    case 'd':
      return next === 'g' && w[i + 2] !== undefined && FRONT.has(w[i + 2]!) ? ['J', 1] : ['T', 0];
    case 'h':
      return [isVowel(next) && (prev === undefined || !'csptg'.includes(prev)) ? 'H' : '', 0];
    case 's':
      return sibilant(w, i, 'S', 'X');
    case 't':
      return sibilant(w, i, 'T', '0');
    case 'w':
    case 'y':
      return semivowel(w, i);
    default:
      return [PLAIN[c] ?? '', 0];
  }
}

/** The word with silent or altered first letters dealt with ("knife", "xylitol", "whole", "lamb"). */
function spelling(word: string): string {
  return word
    .replace(/[^a-z]/g, '')
    .replace(/^(kn|gn|pn|wr|ps)/, (m) => m.slice(1))
    .replace(/^x/, 's')
    .replace(/^wh/, 'w')
    .replace(/mb$/, 'm');
}

/** The phonetic key of one normalised word (lower-case letters or digits). */
export function phoneticKey(word: string): string {
  if (word === '' || /\d/.test(word)) return word;
  const w = spelling(word);
  let key = '';
  let afterVowel = false;
  for (let i = 0; i < w.length; i += 1) {
    const c = w[i]!;
    if (isVowel(c) && c !== 'y') {
      if (i === 0) key += 'A';
      afterVowel = key !== '';
      continue;
    }
    if (c === w[i - 1] && c !== 'c') continue;
    const [codes, skip] = consonant(w, i);
    for (const code of codes) {
      // A code is not doubled unless a vowel came between ("mm" is M, "mam" is MM).
      if (afterVowel || !key.endsWith(code)) key += code;
      afterVowel = false;
    }
    i += skip;
  }
  // A final S sound is mostly a plural or a possessive ("cheese its", "cheez it"): leave it out.
  return key.length > 2 && /[sxz]$/.test(w) ? key.slice(0, -1) : key;
}
