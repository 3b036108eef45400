/**
 * Test helper: where one intent's sample, with each {slot} read as a wildcard, also matches a
 * sample of another intent. A wildcard matches one or more words its slot type accepts, by the
 * voice console's rules: number, ordinal and four-digit types take only what they name, other types
 * are open, and a sample that is only a custom slot takes that type's listed values only. A match
 * counts when the matched sample has no more literal words than the pattern: a sample with more
 * literal words is the more specific one and wins, as Alexa and the console prefer it, so only a
 * match the other sample cannot win is a collision.
 */
import type { InteractionModel, ModelIntent } from '../../lambda/local/console/interaction-model';
import { slotTypesOf, type SlotTypes } from '../../lambda/local/console/slot-values';

/** A word of a sample, or a slot with its type. */
type Token = { readonly word: string } | { readonly slotType: string };

/** One sample, read as tokens. */
interface Sample {
  readonly intent: string;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly onlyCustomSlot: boolean;
  /** Its literal words, to skip at once a target that lacks one of them. */
  readonly words: ReadonlySet<string>;
}

const CLOSED_BUILT_INS = new Set(['AMAZON.NUMBER', 'AMAZON.Ordinal', 'AMAZON.FOUR_DIGIT_NUMBER']);

/** A sample with its case and spaces normalised (slot names keep their case). */
export function normaliseSample(sample: string): string {
  return sample
    .trim()
    .split(/(\{[^{}]*\})/)
    .map((part) => (part.startsWith('{') ? part : part.toLowerCase()))
    .join('')
    .replace(/\s+/g, ' ');
}

function tokensOf(intent: ModelIntent, text: string): Token[] {
  return text.split(' ').map((part) => {
    const slot = /^\{(.+)\}$/.exec(part)?.[1];
    if (slot === undefined) return { word: part };
    return { slotType: intent.slots?.find((declared) => declared.name === slot)?.type ?? 'unknown' };
  });
}

function samplesOf(model: InteractionModel): Sample[] {
  const custom = new Set(model.types.map((type) => type.name));
  return model.intents.flatMap((intent) =>
    (intent.samples ?? []).map((raw) => {
      const text = normaliseSample(raw);
      const tokens = tokensOf(intent, text);
      const only = tokens.length === 1 ? tokens[0]! : undefined;
      const onlyCustomSlot = only !== undefined && 'slotType' in only && custom.has(only.slotType);
      const words = new Set(tokens.flatMap((token) => ('word' in token ? [token.word] : [])));
      return { intent: intent.name, text, tokens, onlyCustomSlot, words };
    }),
  );
}

/** Whether a wildcard of a type can stand for a span of another sample's tokens. */
function fits(types: SlotTypes, type: string, onlyCustom: boolean, span: readonly Token[]): boolean {
  const first = span[0]!;
  if (span.length === 1 && 'slotType' in first) {
    if (onlyCustom || CLOSED_BUILT_INS.has(type)) return first.slotType === type;
    return true;
  }
  if (span.some((token) => 'slotType' in token)) return !onlyCustom && !CLOSED_BUILT_INS.has(type);
  const words = span.map((token) => ('word' in token ? token.word : '')).join(' ');
  const fill = types.fill(type, words);
  if (fill === undefined) return false;
  return onlyCustom ? fill.fit === 'resolved' : true;
}

function matches(types: SlotTypes, pattern: Sample, target: readonly Token[]): boolean {
  const walk = (p: number, t: number): boolean => {
    if (p === pattern.tokens.length) return t === target.length;
    const token = pattern.tokens[p]!;
    if ('word' in token) {
      const other = target[t];
      return other !== undefined && 'word' in other && other.word === token.word && walk(p + 1, t + 1);
    }
    for (let end = t + 1; end <= target.length; end += 1) {
      if (fits(types, token.slotType, pattern.onlyCustomSlot, target.slice(t, end)) && walk(p + 1, end))
        return true;
    }
    return false;
  };
  return walk(0, 0);
}

const literalWords = (sample: Sample): number => sample.tokens.filter((token) => 'word' in token).length;

/** For each word, the samples that say it literally. */
function samplesByWord(samples: readonly Sample[]): Map<string, Sample[]> {
  const byWord = new Map<string, Sample[]>();
  for (const sample of samples) {
    for (const word of sample.words) {
      const saying = byWord.get(word);
      if (saying) saying.push(sample);
      else byWord.set(word, [sample]);
    }
  }
  return byWord;
}

/** The samples a pattern could match: those that say all its literal words (all, when it has none). */
function candidatesFor(pattern: Sample, samples: readonly Sample[], byWord: Map<string, Sample[]>): readonly Sample[] {
  let fewest: readonly Sample[] = samples;
  for (const word of pattern.words) {
    const saying = byWord.get(word) ?? [];
    if (saying.length < fewest.length) fewest = saying;
  }
  return fewest.filter((target) => [...pattern.words].every((word) => target.words.has(word)));
}

/** Every pair of samples of different intents where the first, as a pattern, matches the second. */
export function crossIntentMatches(model: InteractionModel): string[] {
  const types = slotTypesOf(model);
  const samples = samplesOf(model);
  const byWord = samplesByWord(samples);
  const found: string[] = [];
  for (const pattern of samples) {
    for (const target of candidatesFor(pattern, samples, byWord)) {
      if (pattern.intent === target.intent || literalWords(target) > literalWords(pattern)) continue;
      if (matches(types, pattern, target.tokens))
        found.push(`${pattern.intent} "${pattern.text}" matches ${target.intent} "${target.text}"`);
    }
  }
  return found;
}
