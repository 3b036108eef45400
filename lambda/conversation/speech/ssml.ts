/**
 * SSML in one place, for the core, the platform adapters and the console: escaping text, reading a
 * fragment against the elements a platform speaks (well formed or not, and what is wrong),
 * recognising the markup the core itself writes, and cutting speech to a length after a whole
 * sentence (else a word), never inside a tag or an entity, closing the tags it leaves open.
 */

/** The SSML elements a platform speaks (the core's own are CORE_ELEMENTS). */
export type SsmlElements = ReadonlySet<string>;

/** The elements the core writes: pauses, read-as-characters and telephone numbers, speech rate. */
export const CORE_ELEMENTS: SsmlElements = new Set(['break', 'say-as', 'prosody']);

/** One piece of a fragment: text, or a whole tag. */
type Token =
  | { readonly kind: 'text'; readonly raw: string }
  | { readonly kind: 'open' | 'close' | 'empty'; readonly name: string; readonly raw: string };

/** Something that makes a fragment not well formed for a platform. */
export type SsmlProblem =
  | { readonly kind: 'unknown-element'; readonly name: string }
  | { readonly kind: 'unopened-close'; readonly tag: string }
  | { readonly kind: 'bad-tag'; readonly tag: string }
  | { readonly kind: 'unclosed'; readonly names: readonly string[] }
  | { readonly kind: 'bare-character'; readonly character: '&' | '<' | '>' };

// Characters XML 1.0 forbids (control characters) and lone surrogates never reach the speech.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*)\s*(\/?)>/y;
const TEXT = /[^<]+/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;

/** The string without the characters XML cannot carry. */
export function speakable(value: string): string {
  return value.replace(INVALID_XML, '');
}

/** Escapes a string for SSML text content: & < > " ' become entities; invalid characters are dropped. */
export function escapeSsml(value: string): string {
  return speakable(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function textProblems(text: string): SsmlProblem[] {
  const problems: SsmlProblem[] = [];
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    ENTITY.lastIndex = at;
    if (!ENTITY.test(text)) problems.push({ kind: 'bare-character', character: '&' });
  }
  if (text.includes('>')) problems.push({ kind: 'bare-character', character: '>' });
  return problems;
}

/** Reads a tag at the start of a match, keeping track of the elements left open. */
function tagToken(match: RegExpExecArray, open: string[], elements: SsmlElements, problems: SsmlProblem[]) {
  const [raw, slash, name, , selfClosing] = match as unknown as [string, string, string, string, string];
  if (slash && selfClosing) {
    problems.push({ kind: 'bad-tag', tag: raw });
    return undefined;
  }
  if (!elements.has(name)) problems.push({ kind: 'unknown-element', name });
  if (slash) {
    if (open.pop() !== name) problems.push({ kind: 'unopened-close', tag: raw });
    return { kind: 'close', name, raw } as const;
  }
  if (selfClosing) return { kind: 'empty', name, raw } as const;
  open.push(name);
  return { kind: 'open', name, raw } as const;
}

/** A fragment's pieces and what is wrong with it for a platform (nothing, when it is well formed). */
export function readSsml(ssml: string, elements: SsmlElements): { tokens: Token[]; problems: SsmlProblem[] } {
  const tokens: Token[] = [];
  const problems: SsmlProblem[] = [];
  const open: string[] = [];
  let at = 0;
  while (at < ssml.length) {
    TAG.lastIndex = at;
    const tag = TAG.exec(ssml);
    if (tag) {
      const token = tagToken(tag, open, elements, problems);
      if (token) tokens.push(token);
      at += tag[0].length;
      continue;
    }
    TEXT.lastIndex = at;
    const text = TEXT.exec(ssml);
    if (!text) {
      problems.push({ kind: 'bare-character', character: '<' });
      at += 1;
      continue;
    }
    problems.push(...textProblems(text[0]));
    tokens.push({ kind: 'text', raw: text[0] });
    at += text[0].length;
  }
  if (open.length > 0) problems.push({ kind: 'unclosed', names: open });
  return { tokens, problems };
}

/** True when the fragment (without <speak>) is well formed and uses only the given elements. */
export function isWellFormedSsml(ssml: string, elements: SsmlElements): boolean {
  return readSsml(ssml, elements).problems.length === 0;
}

/** Exactly the tags phrase.ts writes. */
const OWN_TAG = /^<(?:break time="\d{1,4}ms"\/|say-as interpret-as="(?:characters|telephone)"|\/say-as)>$/;

/**
 * True when the SSML holds only the core's own tags, unnested, and only named entities: speech
 * carried in the platform session may then be replayed on "repeat" without trusting what came back.
 */
export function isOwnSsml(ssml: string): boolean {
  const { tokens, problems } = readSsml(ssml, CORE_ELEMENTS);
  if (problems.length > 0) return false;
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (/["']|&#/.test(token.raw)) return false;
      continue;
    }
    if (!OWN_TAG.test(token.raw)) return false;
    depth += token.kind === 'open' ? 1 : token.kind === 'close' ? -1 : 0;
    if (depth > 1) return false;
  }
  return true;
}

const DECODED: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** The plain words of a fragment without its tags, basic entities decoded. */
function wordsOf(ssml: string): string {
  return ssml
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => DECODED[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The longest head of `text` that `fits`, ending a sentence when one fits, else a word. */
export function cutToFit(text: string, fits: (candidate: string) => boolean): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (fits(clean)) return clean;
  let head = '';
  for (const sentence of clean.split(/(?<=[.!?])\s+/)) {
    const next = head ? `${head} ${sentence}` : sentence;
    if (!fits(next)) break;
    head = next;
  }
  if (head) return head;
  for (const word of clean.split(' ')) {
    const next = head ? `${head} ${word}` : word;
    if (!fits(next)) break;
    head = next;
  }
  return head;
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

const closingLength = (open: readonly string[]) => open.reduce((sum, name) => sum + name.length + 3, 0);
const closeAll = (open: readonly string[]) => open.reduceRight((tail, name) => `${tail}</${name}>`, '');

const endsThought = (token: Token): boolean =>
  token.kind === 'text'
    ? /[.!?]\s*$/.test(token.raw)
    : (token.kind === 'close' && (token.name === 's' || token.name === 'p')) || token.name === 'break';

/**
 * Shortens a fragment to at most `maxChars` characters. A well-formed fragment stays well formed:
 * whole tags only, cut after the last whole sentence that fits (a word boundary when there is none),
 * open tags closed. A fragment that is not well formed is first reduced to its escaped words.
 */
export function trimSsml(ssml: string, maxChars: number, elements: SsmlElements): string {
  const read = readSsml(ssml, elements);
  const wellFormed = read.problems.length === 0;
  if (wellFormed && ssml.length <= maxChars) return ssml;
  const tokens = wellFormed ? read.tokens : [{ kind: 'text', raw: escapeSsml(wordsOf(ssml)) } as const];
  const out: string[] = [];
  const open: string[] = [];
  let length = 0;
  // The last place the speech may stop: after a sentence, a paragraph or a pause.
  let checkpoint: { readonly parts: number; readonly open: readonly string[] } | undefined;
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
