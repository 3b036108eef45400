/**
 * Resolves what a shopper says to an intent and slots the way the interaction model describes it:
 * every sample ("add {quantity} {product} to my cart") is compiled into a matcher of literal words
 * and slot captures; each way the words fit a sample is scored, and the best wins: more words
 * explained (literal words matched, and words of slots resolved: numbers parsed, values found by
 * entity resolution), then more literal words, more slots resolved, fewer words left to free
 * captures. A sample made of slots and function words only ("the {itemName}") must resolve them all. Words that
 * fit nothing go to AMAZON.FallbackIntent, as Alexa does.
 */
import { BUILT_IN_PHRASES } from './builtin-phrases';
import type { InteractionModel } from './interaction-model';
import { slotTypesOf, type FilledSlot, type SlotTypes } from './slot-values';
import { spokenWords, typedText, type SpokenWord } from './spoken-words';

/** Where the words landed. */
export interface Resolution {
  readonly intent: string;
  readonly slots: readonly FilledSlot[];
  /** The sample that matched; undefined for the fallback. */
  readonly sample?: string;
}

interface SlotToken {
  readonly slot: string;
  readonly type: string;
}
type Token = { readonly literal: string } | SlotToken;

interface Sample {
  readonly intent: string;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly literals: readonly string[];
}

interface Scored {
  readonly resolution: Resolution;
  readonly score: readonly number[];
}

const FALLBACK = 'AMAZON.FallbackIntent';
/** Words that say nothing about what is wanted: a sample needs another word to take free words. */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'my',
  'please',
  'for',
  'me',
  'i',
  'it',
  'in',
  'on',
  'and',
  'one',
]);
/** Words people add that change nothing; the words are also tried without them. */
const FILLER = new Set(['please', 'um', 'uh', 'er', 'erm', 'alexa', 'thanks', 'so', 'well', 'hey', 'oh']);

function compile(intent: string, text: string, slotTypes: ReadonlyMap<string, string>): Sample | undefined {
  const tokens: Token[] = [];
  for (const part of text.split(/(\{[^}]+\})/)) {
    const slot = /^\{([^}]+)\}$/.exec(part)?.[1];
    if (slot !== undefined) {
      const type = slotTypes.get(slot);
      if (!type) return undefined;
      tokens.push({ slot, type });
    } else {
      tokens.push(...spokenWords(part).map((w) => ({ literal: w.word })));
    }
  }
  const literals = tokens.flatMap((t) => ('literal' in t ? [t.literal] : []));
  return { intent, text, tokens, literals };
}

/** Every way the words fit the tokens: slot name -> [start, end) word ranges. */
function* fits(
  tokens: readonly Token[],
  words: readonly SpokenWord[],
  ti = 0,
  wi = 0,
  taken: readonly (readonly [SlotToken, number, number])[] = [],
): Generator<readonly (readonly [SlotToken, number, number])[]> {
  if (ti === tokens.length) {
    if (wi === words.length) yield taken;
    return;
  }
  const token = tokens[ti]!;
  if ('literal' in token) {
    if (words[wi]?.word === token.literal) yield* fits(tokens, words, ti + 1, wi + 1, taken);
    return;
  }
  const rest = tokens.length - ti - 1;
  for (let end = wi + 1; end <= words.length - rest; end += 1) {
    yield* fits(tokens, words, ti + 1, end, [...taken, [token, wi, end]]);
  }
}

function score(sample: Sample, words: readonly SpokenWord[], types: SlotTypes): Scored | undefined {
  let best: Scored | undefined;
  for (const fit of fits(sample.tokens, words)) {
    const slots: FilledSlot[] = [];
    let resolved = 0;
    let resolvedWords = 0;
    let freeWords = 0;
    for (const [token, start, end] of fit) {
      const text = typedText(words, start, end);
      const filled = text === undefined ? undefined : types.fill(token.type, text);
      if (!filled) break;
      if (filled.fit === 'resolved') {
        resolved += 1;
        resolvedWords += end - start;
      } else freeWords += end - start;
      slots.push({
        name: token.slot,
        type: token.type,
        value: filled.value,
        heard: text,
        resolution: filled.resolution,
      });
    }
    if (slots.length !== fit.length) continue;
    if (freeWords > 0 && sample.literals.every((word) => FUNCTION_WORDS.has(word))) continue;
    const candidate = {
      resolution: { intent: sample.intent, slots, sample: sample.text },
      score: [
        sample.literals.length + resolvedWords,
        sample.literals.length,
        resolved,
        -freeWords,
        -slots.length,
      ],
    };
    if (!best || better(candidate.score, best.score)) best = candidate;
  }
  return best;
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** Resolves utterances against one interaction model. */
export interface UtteranceMatcher {
  resolve(utterance: string): Resolution;
}

/** Compiles the model's samples (and phrases for the built-ins it declares) once. */
export function buildUtteranceMatcher(model: InteractionModel): UtteranceMatcher {
  const types = slotTypesOf(model);
  const samples: Sample[] = [];
  for (const intent of model.intents) {
    const slotTypes = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    const phrases = [...(intent.samples ?? []), ...(BUILT_IN_PHRASES[intent.name] ?? [])];
    for (const phrase of phrases) {
      const sample = compile(intent.name, phrase, slotTypes);
      if (sample && sample.tokens.length > 0) samples.push(sample);
    }
  }

  function best(words: readonly SpokenWord[]): Scored | undefined {
    const present = new Set(words.map((w) => w.word));
    let winner: Scored | undefined;
    for (const sample of samples) {
      if (sample.tokens.length > words.length || !sample.literals.every((l) => present.has(l))) continue;
      const scored = score(sample, words, types);
      if (scored && (!winner || better(scored.score, winner.score))) winner = scored;
    }
    return winner;
  }

  return {
    resolve(utterance) {
      const words = spokenWords(utterance);
      const trimmed = words.filter((w) => !FILLER.has(w.word));
      const asSaid = best(words);
      const plain = trimmed.length > 0 && trimmed.length < words.length ? best(trimmed) : undefined;
      const found = asSaid && (!plain || !better(plain.score, asSaid.score)) ? asSaid : plain;
      return found?.resolution ?? { intent: FALLBACK, slots: [] };
    },
  };
}
