/**
 * Frames a shopper puts before a question ("can you tell me", "do you know", "i was wondering"),
 * which the console looks past like a request frame where a question word follows.
 */

/**
 * Frames before a question in its embedded order ("can you tell me where my order is", "i was
 * wondering if you deliver"), which the model carries as samples; looked past like a request frame,
 * but only where a question word follows, so "tell me a joke" is not read as "a joke".
 */
export const QUESTION_FRAMES: readonly string[] = [
  'tell me',
  'do you know',
  'do you happen to know',
  'any idea',
  'do you have any idea',
  'i was wondering',
  'i am wondering',
  'i was just wondering',
  'wondering',
  'i wonder',
  'i want to know',
  'i wanted to know',
  'i would like to know',
  'i need to know',
  'i am curious',
  'just curious',
  'i am trying to find out',
  'find out',
  'let me know',
];

/** The words an embedded question starts with. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'what',
  'where',
  'when',
  'how',
  'who',
  'which',
  'why',
  'if',
  'whether',
]);
