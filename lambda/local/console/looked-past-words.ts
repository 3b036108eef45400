/**
 * Words a recogniser's language understanding looks past because they carry no request: sounds of
 * hesitation anywhere, words that often only fill ("ok", "actually"), openers before a request
 * ("alright", "hi there", "oops") and tags after one ("so far", "now", "here"). The utterance matcher
 * reads the words with and without them and keeps the reading that fits a sample better.
 */
import { OPENERS } from './openers';
import { QUESTION_FRAMES, QUESTION_WORDS } from './question-frames';
import type { SpokenWord } from './spoken-words';

/** Sounds of hesitation, which carry no words: a recogniser leaves them out. */
export const HESITATIONS: ReadonlySet<string> = new Set(['uh', 'um', 'uhm', 'er', 'erm', 'hmm', 'mm']);

/** Words that often only fill ("ok", "actually", "so"); the words are also read without them. */
export const FILLERS: ReadonlySet<string> = new Set([
  'ok',
  'okay',
  'actually',
  'so',
  'well',
  'oh',
  'hey',
  'please',
  'kindly',
  'thanks',
  'alexa',
]);

/** Said after a request and not part of it ("how much is it so far", "i'm done here"). */
export const TAGS: readonly string[] = [
  'so far',
  'right now',
  'for now',
  'now',
  'here',
  'then',
  'for me',
  'real quick',
  'for today',
  'for the moment',
  'i think',
  'thank you',
  'too',
  'as well',
  'also',
];

/**
 * Frames before a request: polite ones addressed to the assistant ("can you ...", "go ahead and
 * ...") and wanting ones ("i want to ...", "let me ..."). Alexa's language understanding is trained
 * on the samples, not matched against them: Amazon's guidance is to vary samples with prefixes such
 * as "please" and "can you" so that the model reaches the intent "even if the exact spoken utterance
 * isn't present", which this model does. Read like an opener: the request without the frame is
 * tried too, and wins only when it fits a sample better.
 */
export const REQUEST_FRAMES: readonly string[] = [
  'can you',
  'could you',
  'would you',
  'will you',
  'can you please',
  'could you please',
  'would you please',
  'i need you to',
  'i want you to',
  'i would like you to',
  'go ahead and',
  'just go ahead and',
  'just',
  'i want to',
  'i would like to',
  'i need to',
  'i wanna',
  'let me',
  'can we',
  'could we',
  'shall we',
  'should we',
];

/** Polite frames after a request ("... if you can"), read like the frames before one. */
export const CLOSING_FRAMES: readonly string[] = [
  'if you can',
  'if you could',
  'if possible',
  'if you would',
  'if you do not mind',
  'when you get a chance',
  'when you can',
  'for me please',
];

/** Words read without what was looked past, and how many of those were a request frame. */
export interface Reading {
  readonly words: readonly SpokenWord[];
  /** Request-frame words cut from either end: understood as the frame, they count as matched. */
  readonly framed: number;
}

/** Each phrase as words, longest first, so "i'm done shopping" is cut whole rather than "i'm done". */
const phrases = (list: readonly string[]) =>
  list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const OPENER_WORDS = phrases(OPENERS);
const FRAME_WORDS = phrases(REQUEST_FRAMES);
const QUESTION_FRAME_WORDS = phrases(QUESTION_FRAMES);
const TAG_WORDS = phrases(TAGS);
const CLOSING_FRAME_WORDS = phrases(CLOSING_FRAMES);

const startsWith = (words: readonly SpokenWord[], phrase: readonly string[]) =>
  phrase.length < words.length && phrase.every((w, i) => words[i]!.word === w);

const endsWith = (words: readonly SpokenWord[], phrase: readonly string[]) =>
  phrase.length < words.length && phrase.every((w, i) => words[words.length - phrase.length + i]!.word === w);

/** Where a run of openers (fillers and frames among them) can be cut, nearest first; `framed` counts frame words. */
function openerCuts(words: readonly SpokenWord[]): { at: number; framed: number }[] {
  const cuts: { at: number; framed: number }[] = [];
  for (let at = 0, framed = 0; ;) {
    const rest = words.slice(at);
    const frame =
      QUESTION_FRAME_WORDS.find((p) => startsWith(rest, p) && QUESTION_WORDS.has(rest[p.length]!.word)) ??
      FRAME_WORDS.find((p) => startsWith(rest, p));
    const opener = FILLERS.has(rest[0]?.word ?? '')
      ? ['filler']
      : (OPENER_WORDS.find((p) => startsWith(rest, p)) ?? frame);
    if (!opener || opener.length >= rest.length) return cuts;
    at += opener.length;
    if (opener === frame) framed += frame.length;
    cuts.push({ at, framed });
  }
}

/** Where a run of tags (fillers and frames among them) can be cut from, nearest first; `framed` as above. */
function tagCuts(words: readonly SpokenWord[]): { end: number; framed: number }[] {
  const cuts: { end: number; framed: number }[] = [];
  for (let end = words.length, framed = 0; ;) {
    const rest = words.slice(0, end);
    const frame = CLOSING_FRAME_WORDS.find((p) => endsWith(rest, p));
    const tag = FILLERS.has(rest.at(-1)?.word ?? '')
      ? ['filler']
      : (TAG_WORDS.find((p) => endsWith(rest, p)) ?? frame);
    if (!tag || tag.length >= rest.length) return cuts;
    end -= tag.length;
    if (tag === frame) framed += frame.length;
    cuts.push({ end, framed });
  }
}

/**
 * The words read without openers before them and tags after them, fillers among those included
 * ("oh shoot", "what's the damage so far"): every way of cutting them, fewest words cut first, so
 * an opener that could also start the request ("that's everything for now") is tried both ways.
 */
export function withoutOpenersAndTags(words: readonly SpokenWord[]): readonly Reading[] {
  const starts = [{ at: 0, framed: 0 }, ...openerCuts(words)];
  const ends = [{ end: words.length, framed: 0 }, ...tagCuts(words)];
  const readings: (Reading & { cut: number })[] = [];
  for (const start of starts)
    for (const { end, framed } of ends)
      if (end - start.at > 0 && (start.at > 0 || end < words.length))
        readings.push({
          words: words.slice(start.at, end),
          framed: start.framed + framed,
          cut: start.at + words.length - end,
        });
  return readings.sort((a, b) => a.cut - b.cut).map(({ words: kept, framed }) => ({ words: kept, framed }));
}
