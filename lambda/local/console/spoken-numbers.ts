/**
 * Numbers as people say them, turned into digits the way Alexa's built-in slot types do:
 * AMAZON.NUMBER ("twenty one", "a hundred and five", "21"), AMAZON.Ordinal ("second", "2nd",
 * "twenty first") and AMAZON.FOUR_DIGIT_NUMBER ("one two three four", "nineteen eighty four", "1234").
 * Hindi's counts and ordinals to twelve are read too ("दो", "चार आठ दो एक", "दूसरा"), as hi-IN
 * Alexa fills the same slots.
 */

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ' - twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const ORDINAL_UNITS =
  '- first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
    ' ',
  );
const ORDINAL_TENS = '- - twentieth thirtieth fortieth fiftieth'.split(' ');

/** Hindi counts, one to twelve. */
const HINDI_UNITS = '- एक दो तीन चार पाँच छह सात आठ नौ दस ग्यारह बारह'.split(' ');
const HINDI_SPELLINGS: Readonly<Record<string, number>> = { पांच: 5, छः: 6, शून्य: 0 };
/** Hindi ordinals, in their masculine, feminine and oblique forms ("दूसरा", "दूसरी", "दूसरे"). */
const HINDI_ORDINALS = [
  '-', 'पहला पहली पहले', 'दूसरा दूसरी दूसरे', 'तीसरा तीसरी तीसरे', 'चौथा चौथी चौथे',
  'पाँचवाँ पाँचवीं पाँचवें पांचवां पांचवीं', 'छठा छठी छठे', 'सातवाँ सातवीं सातवें', 'आठवाँ आठवीं आठवें',
  'नौवाँ नौवीं नौवें', 'दसवाँ दसवीं दसवें',
].map((forms) => forms.split(' ')); // prettier-ignore

function hindiValue(word: string): number | undefined {
  const unit = HINDI_UNITS.indexOf(word);
  return unit > 0 ? unit : HINDI_SPELLINGS[word];
}

function wordValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const hindi = hindiValue(word);
  if (hindi !== undefined) return hindi;
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  const ten = TENS.indexOf(word);
  return ten >= 2 ? ten * 10 : word === 'oh' ? 0 : undefined;
}

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'and');

/** A cardinal number said in words or digits; undefined when the words are not one number. */
export function parseSpokenNumber(text: string): number | undefined {
  const words = wordsOf(text);
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d+(\.\d+)?$/.test(words[0]!)) return Number(words[0]);
  let total = 0;
  let current = 0;
  let previous: 'unit' | 'ten' | 'scale' | undefined;
  for (const [index, word] of words.entries()) {
    if (word === 'a' && index === 0 && words.length > 1) {
      current = 1;
      previous = 'unit';
      continue;
    }
    const scale = SCALES[word];
    if (scale !== undefined) {
      if (previous === undefined || previous === 'scale') return undefined;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      previous = 'scale';
      continue;
    }
    const value = wordValue(word);
    if (value === undefined || word === 'oh') return undefined;
    const kind = value >= 20 && value < 100 && !/^\d/.test(word) ? 'ten' : 'unit';
    // "twenty one" adds up; "one two" or "twenty thirty" is not one number.
    if (previous === 'unit' || (previous === 'ten' && (kind === 'ten' || value >= 10))) return undefined;
    current += value;
    previous = kind;
  }
  return total + current;
}

/** An ordinal ("third", "3rd", "twenty first"), as its number; a cardinal ("three") is not one. */
export function parseSpokenOrdinal(text: string): number | undefined {
  const words = wordsOf(text);
  const last = words[words.length - 1];
  if (!last) return undefined;
  const suffixed = /^(\d+)(st|nd|rd|th)$/.exec(last);
  if (suffixed && words.length === 1) return Number(suffixed[1]);
  const hindi = HINDI_ORDINALS.findIndex((forms) => forms.includes(last));
  if (hindi > 0 && words.length === 1) return hindi;
  const unit = ORDINAL_UNITS.indexOf(last);
  const ten = ORDINAL_TENS.indexOf(last);
  const value = unit > 0 ? unit : ten >= 2 ? ten * 10 : undefined;
  if (value === undefined) return undefined;
  if (words.length === 1) return value;
  const head = words.slice(0, -1).join(' ');
  const tens = TENS.indexOf(head);
  return tens >= 2 && unit > 0 && unit < 10 ? tens * 10 + unit : undefined;
}

/** Digits as they are read out: each word one or two digits ("one two three four", "twelve 34"). */
export function parseSpokenDigits(text: string): string | undefined {
  const words = wordsOf(text);
  if (words.length === 0) return undefined;
  let digits = '';
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (/^\d+$/.test(word)) {
      digits += word;
      continue;
    }
    const value = wordValue(word);
    if (value === undefined) return undefined;
    const next = words[i + 1] !== undefined ? wordValue(words[i + 1]!) : undefined;
    if (value >= 20 && next !== undefined && next > 0 && next < 10 && !/^\d/.test(words[i + 1]!)) {
      digits += String(value + next);
      i += 1;
    } else {
      digits += String(value);
    }
  }
  return digits;
}

/** A four-digit number as AMAZON.FOUR_DIGIT_NUMBER fills it, or undefined. */
export function parseFourDigits(text: string): string | undefined {
  const digits = parseSpokenDigits(text);
  return digits !== undefined && /^\d{4}$/.test(digits) ? digits : undefined;
}
