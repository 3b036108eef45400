/**
 * Resolves what a shopper says to an intent and slots the way Alexa would from the interaction
 * model, and no better: the console is a stand-in for Alexa, not a place to add understanding.
 * Its rules (tested one by one in test/unit/console-utterance-matcher.test.ts):
 *
 * - Every sample ("add {quantity} {product} to my cart") is compiled into literal words and slot
 *   captures, and the words must fit it whole.
 * - Custom slot types are open: a slot takes any words; a listed value or synonym resolves to its id
 *   (slot-values.ts). A sample that is only slots takes listed values only, and built-in numbers
 *   only what they name.
 * - Among the samples that fit, the one that matches the most words literally wins: its own words,
 *   and words that are a listed value of a slot ("pick it up" is a listed delivery option). Ties go
 *   to more slots resolved, then fewer words left to open slots, then fewer slots, then model order.
 * - Hesitations are looked past: sounds ("uh", "um") are left out, as a recogniser leaves them;
 *   words that often only fill ("ok", "actually", "so", "well", "please") are also read without, and
 *   so are openers before a request ("alright", "hi there", "oops") and tags after it ("so far",
 *   "here"); a reading without them wins when it fits better ("ok add it" is "add it", "eggs please"
 *   is "eggs", "i'm all done here" is "i'm all done"). The words are in looked-past-words.ts.
 * - Words that fit no sample go to AMAZON.FallbackIntent.
 */
import { BUILT_IN_PHRASES } from './builtin-phrases';
import { FILLERS, HESITATIONS, withoutOpenersAndTags, type Reading } from './looked-past-words';
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
  /** Words matched literally, slots resolved, minus words in open slots, minus slots. */
  readonly score: readonly number[];
}

const FALLBACK = 'AMAZON.FallbackIntent';
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

/** The slots of one fit, and how it scores; undefined when a slot refuses its words. */
function scoreFit(
  sample: Sample,
  fit: readonly (readonly [SlotToken, number, number])[],
  words: readonly SpokenWord[],
  types: SlotTypes,
): Scored | undefined {
  const slots: FilledSlot[] = [];
  let listedWords = 0;
  let resolved = 0;
  let openWords = 0;
  for (const [token, start, end] of fit) {
    const text = typedText(words, start, end);
    const filled = text === undefined ? undefined : types.fill(token.type, text);
    if (!filled) return undefined;
    if (filled.fit === 'free') openWords += end - start;
    else resolved += 1;
    if (filled.resolution?.status === 'ER_SUCCESS_MATCH') listedWords += end - start;
    slots.push({
      name: token.slot,
      type: token.type,
      value: filled.value,
      heard: text,
      resolution: filled.resolution,
    });
  }
  // A sample that is only slots takes listed values only: with nothing of its own to recognise,
  // Alexa has no carrier phrase to place open words by.
  if (sample.literals.length === 0 && openWords > 0) return undefined;
  return {
    resolution: { intent: sample.intent, slots, sample: sample.text },
    score: [sample.literals.length + listedWords, resolved, -openWords, -slots.length],
  };
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** A looked-past reading's score with the request-frame words cut from it counted as matched. */
function credited(scored: Scored | undefined, framed: number): Scored | undefined {
  if (!scored || framed === 0) return scored;
  const [literal = 0, ...rest] = scored.score;
  return { ...scored, score: [literal + framed, ...rest] };
}

function score(sample: Sample, words: readonly SpokenWord[], types: SlotTypes): Scored | undefined {
  let best: Scored | undefined;
  for (const fit of fits(sample.tokens, words)) {
    const candidate = scoreFit(sample, fit, words, types);
    if (candidate && (!best || better(candidate.score, best.score))) best = candidate;
  }
  return best;
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
      const words = spokenWords(utterance).filter((w) => !HESITATIONS.has(w.word));
      const plain = words.filter((w) => !FILLERS.has(w.word));
      const plainOf = (reading: Reading): Reading => ({
        words: reading.words.filter((w) => !FILLERS.has(w.word)),
        framed: reading.framed,
      });
      const tried = new Set([words.map((w) => w.word).join(' ')]);
      let found = best(words);
      for (const reading of [{ words: plain, framed: 0 }, ...withoutOpenersAndTags(words).map(plainOf)]) {
        const key = reading.words.map((w) => w.word).join(' ');
        if (reading.words.length === 0 || tried.has(key)) continue;
        tried.add(key);
        const lookedPast = credited(best(reading.words), reading.framed);
        if (lookedPast && (!found || better(lookedPast.score, found.score))) found = lookedPast;
      }
      return found?.resolution ?? { intent: FALLBACK, slots: [] };
    },
  };
}
