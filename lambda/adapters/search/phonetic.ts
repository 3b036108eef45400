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

/** The phonetic key of one normalised word (lower-case letters or digits). */
export function phoneticKey(word: string): string {
  if (word === '' || /\d/.test(word)) return word;
  let w = word.replace(/[^a-z]/g, '');
  w = w
    .replace(/^(kn|gn|pn|wr|ps)/, (m) => m.slice(1))
    .replace(/^x/, 's')
    .replace(/^wh/, 'w');
  w = w.replace(/mb$/, 'm');
  let key = '';
  let afterVowel = false;
  const push = (code: string): void => {
    if (afterVowel || !key.endsWith(code)) key += code;
    afterVowel = false;
  };
  for (let i = 0; i < w.length; i += 1) {
    const c = w[i]!;
    const next = w[i + 1];
    const prev = w[i - 1];
    if (isVowel(c) && c !== 'y') {
      if (i === 0) push('A');
      afterVowel = key !== '';
      continue;
    }
    if (c === prev && c !== 'c') continue;
    switch (c) {
      case 'b':
      case 'f':
      case 'j':
      case 'l':
      case 'm':
      case 'n':
      case 'r':
        push(c.toUpperCase());
        break;
      case 'v':
        push('F');
        break;
      case 'p':
        if (next === 'h') {
          push('F');
          i += 1;
        } else push('P');
        break;
      case 'c':
        if (next === 'h') {
          push(prev === 's' ? 'K' : 'X');
          i += 1;
        } else if (next === 'k') {
          push('K');
          i += 1;
        } else if (next !== undefined && FRONT.has(next)) push('S');
        else push('K');
        break;
      case 'd':
        if (next === 'g' && w[i + 2] !== undefined && FRONT.has(w[i + 2]!)) {
          push('J');
          i += 1;
        } else push('T');
        break;
      case 'g':
        if (next === 'h') {
          if (i === 0) push('K');
          i += 1;
        } else if (next === 'n' && (i + 2 === w.length || w.slice(i + 2) === 'ed')) break;
        else if (next !== undefined && FRONT.has(next)) push('J');
        else push('K');
        break;
      case 'h':
        if (isVowel(next) && (prev === undefined || !'csptg'.includes(prev))) push('H');
        break;
      case 'k':
      case 'q':
        push('K');
        break;
      case 's':
        if (next === 'h' || (next === 'i' && (w[i + 2] === 'o' || w[i + 2] === 'a'))) {
          push('X');
          if (next === 'h') i += 1;
        } else push('S');
        break;
      case 't':
        if (next === 'h') {
          push('0');
          i += 1;
        } else if (next === 'i' && (w[i + 2] === 'o' || w[i + 2] === 'a')) push('X');
        else push('T');
        break;
      case 'w':
      case 'y':
        if (isVowel(next) && !(c === 'y' && next === 'y')) push(c.toUpperCase());
        else if (c === 'y' && i === 0) push('A');
        break;
      case 'x':
        push('K');
        push('S');
        break;
      case 'z':
        push('S');
        break;
      default:
        break;
    }
  }
  // A final S sound is mostly a plural or a possessive ("cheese its", "cheez it"): leave it out.
  return key.length > 2 && /[sxz]$/.test(w) ? key.slice(0, -1) : key;
}
