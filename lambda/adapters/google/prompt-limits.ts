/**
 * Speech and display text within Google's limits. The chat bubble shows at most 640 characters
 * (longer text is cut by the platform, anywhere); Google's text-to-speech takes at most 5,000 bytes
 * of SSML per request. Speech is SSML in a <speak> root with only elements Google speaks; a
 * fragment that is not well formed, or too long, is replaced by the reply's own plain words, escaped
 * and cut after the last whole sentence that fits, so nothing is ever cut inside a tag or a word.
 */
import { cutToFit, escapeSsml, isWellFormedSsml, type SsmlElements } from '../../conversation/speech/ssml';

/** Google's chat-bubble limit, in characters. */
export const MAX_TEXT_CHARS = 640;
/** Google text-to-speech's limit per request, in bytes of SSML, <speak> included. */
export const MAX_SPEECH_BYTES = 5000;
/** Suggestion chips: at most 8, each at most 25 characters. */
export const MAX_CHIPS = 8;
export const MAX_CHIP_CHARS = 25;

/** The SSML elements Google Assistant speaks that the conversation may use. */
export const GOOGLE_SSML_ELEMENTS: SsmlElements = new Set([
  'p',
  's',
  'break',
  'emphasis',
  'prosody',
  'say-as',
  'sub',
  'audio',
  'mark',
]);

/** True when the fragment (without <speak>) is well formed and uses only elements Google speaks. */
export function isSpeakableSsml(ssml: string): boolean {
  return isWellFormedSsml(ssml, GOOGLE_SSML_ELEMENTS);
}

const bytes = (value: string): number => Buffer.byteLength(value, 'utf8');
const RATE = /^<prosody rate="(\d{1,3})%">/;

/**
 * The speech to send: `<speak>` + the SSML when it is speakable and fits, else the plain words,
 * escaped and cut to fit, keeping the shopper's speech rate.
 */
export function speechFor(ssml: string, text: string, maxBytes = MAX_SPEECH_BYTES): string {
  const whole = `<speak>${ssml}</speak>`;
  if (isSpeakableSsml(ssml) && bytes(whole) <= maxBytes) return whole;
  const rate = RATE.exec(ssml)?.[1];
  const [open, close] = rate
    ? [`<speak><prosody rate="${rate}%">`, '</prosody></speak>']
    : ['<speak>', '</speak>'];
  const words = cutToFit(text, (candidate) => bytes(open + escapeSsml(candidate) + close) <= maxBytes);
  return open + escapeSsml(words) + close;
}

/** The chat-bubble text: the reply's words, cut after the last sentence that fits. */
export function displayText(text: string, maxChars = MAX_TEXT_CHARS): string {
  return cutToFit(text, (candidate) => candidate.length <= maxChars);
}

/** Suggestion chips for the options spoken: trimmed, at most 25 characters at a word, unique, at most 8. */
export function chipsFor(labels: readonly string[]): string[] {
  const chips: string[] = [];
  const seen = new Set<string>();
  for (const label of labels) {
    if (typeof label !== 'string') continue;
    const chip = cutToFit(label, (candidate) => candidate.length <= MAX_CHIP_CHARS);
    const key = chip.toLowerCase();
    if (!chip || seen.has(key)) continue;
    seen.add(key);
    chips.push(chip);
    if (chips.length === MAX_CHIPS) break;
  }
  return chips;
}
