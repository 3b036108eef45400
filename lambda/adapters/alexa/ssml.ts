/**
 * SSML as Alexa takes it: a small tokenizer that checks a fragment is well formed (balanced tags of
 * the elements Alexa speaks, escaped text), and a trimmer that shortens a fragment to a length
 * limit at a sentence or word boundary, never inside a tag or an entity, closing the tags it leaves open.
 */

/** The elements Alexa accepts inside <speak>. */
const ALLOWED_ELEMENTS = new Set([
  'p',
  's',
  'break',
  'emphasis',
  'prosody',
  'say-as',
  'sub',
  'phoneme',
  'w',
  'audio',
  'lang',
  'voice',
  'mark',
  'amazon:effect',
  'amazon:emotion',
  'amazon:domain',
  'amazon:auto-breaths',
]);

type Token =
  | { readonly kind: 'text'; readonly raw: string }
  | { readonly kind: 'open' | 'close' | 'empty'; readonly name: string; readonly raw: string };

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*)\s*(\/?)>/y;
const TEXT = /[^<]+/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;

function isEscapedText(text: string): boolean {
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    ENTITY.lastIndex = at;
    if (!ENTITY.test(text)) return false;
  }
  return !text.includes('>');
}

/** Splits an SSML fragment into text and tags; undefined when it is not well formed. */
function tokenize(ssml: string): Token[] | undefined {
  const tokens: Token[] = [];
  const open: string[] = [];
  let at = 0;
  while (at < ssml.length) {
    TAG.lastIndex = at;
    const tag = TAG.exec(ssml);
    if (tag) {
      const [raw, slash, name, , selfClosing] = tag as unknown as [string, string, string, string, string];
      if (!ALLOWED_ELEMENTS.has(name) || (slash && selfClosing)) return undefined;
      if (slash) {
        if (open.pop() !== name) return undefined;
        tokens.push({ kind: 'close', name, raw });
      } else if (selfClosing) {
        tokens.push({ kind: 'empty', name, raw });
      } else {
        open.push(name);
        tokens.push({ kind: 'open', name, raw });
      }
      at += raw.length;
      continue;
    }
    TEXT.lastIndex = at;
    const text = TEXT.exec(ssml);
    if (!text || !isEscapedText(text[0])) return undefined;
    tokens.push({ kind: 'text', raw: text[0] });
    at += text[0].length;
  }
  return open.length === 0 ? tokens : undefined;
}

/** True when the fragment (without <speak>) is SSML Alexa will accept. */
export function isWellFormedSsml(ssml: string): boolean {
  return tokenize(ssml) !== undefined;
}

/** Escapes plain text for SSML. */
export function escapeSsmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The plain words of a fragment without its tags, basic entities decoded. */
function textOf(ssml: string): string {
  return ssml
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The longest prefix of escaped text within `budget` characters ending a sentence, or undefined. */
function sentenceCut(text: string, budget: number): string | undefined {
  if (text.length <= budget) return text;
  const head = text.slice(0, budget + 1);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  return end > 0 ? head.slice(0, end + 1) : undefined;
}

/** The longest prefix of escaped text within `budget` characters ending a word. */
function wordCut(text: string, budget: number): string {
  const head = text.slice(0, budget + 1);
  const word = head.lastIndexOf(' ');
  return word > 0 ? head.slice(0, word) : '';
}

const closingLength = (open: readonly string[]): number =>
  open.reduce((sum, name) => sum + name.length + 3, 0);

const closeAll = (open: readonly string[]): string =>
  open.reduceRight((tail, name) => `${tail}</${name}>`, '');

/** A place where the speech may stop: after a sentence, a paragraph or a pause. */
interface Checkpoint {
  readonly parts: number;
  readonly open: readonly string[];
}

const endsThought = (token: Token): boolean =>
  token.kind === 'text'
    ? /[.!?]\s*$/.test(token.raw)
    : (token.kind === 'close' && (token.name === 's' || token.name === 'p')) || token.name === 'break';

/**
 * Shortens a fragment to at most `maxChars` characters. A well-formed fragment stays well formed:
 * whole tags only, cut after the last whole sentence that fits (a word boundary when there is none),
 * open tags closed. A fragment that is not well formed is first reduced to its escaped words.
 */
export function trimSsml(ssml: string, maxChars: number): string {
  const parsed = tokenize(ssml);
  if (parsed && ssml.length <= maxChars) return ssml;
  const tokens = parsed ?? [{ kind: 'text', raw: escapeSsmlText(textOf(ssml)) } as const];
  const out: string[] = [];
  const open: string[] = [];
  let length = 0;
  let checkpoint: Checkpoint | undefined;
  for (const token of tokens) {
    const room = maxChars - length - closingLength(open);
    if (token.kind === 'text' && token.raw.length > room) {
      const sentence = sentenceCut(token.raw, room);
      if (sentence !== undefined) out.push(sentence);
      else if (checkpoint) return out.slice(0, checkpoint.parts).join('') + closeAll(checkpoint.open);
      else out.push(wordCut(token.raw, room));
      break;
    }
    const needed = token.raw.length + (token.kind === 'open' ? token.name.length + 3 : 0);
    if (token.kind !== 'close' && token.kind !== 'text' && needed > room) break;
    out.push(token.raw);
    length += token.raw.length;
    if (token.kind === 'open') open.push(token.name);
    if (token.kind === 'close') open.pop();
    if (endsThought(token)) checkpoint = { parts: out.length, open: [...open] };
  }
  return out.join('') + closeAll(open);
}
