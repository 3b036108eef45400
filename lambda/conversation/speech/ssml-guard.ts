/**
 * Recognises SSML the core itself produced (the only markup phrase.ts emits), so speech carried in
 * the platform session can be replayed on "repeat" without trusting whatever came back.
 */

const OUR_TAG = /^<(?:break time="\d{1,4}ms"\/|say-as interpret-as="(?:characters|telephone)"|\/say-as)>$/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos);/;

/** True when the SSML holds only our tags, balanced, and only escaped special characters. */
export function isOwnSsml(ssml: string): boolean {
  let open = 0;
  for (let i = 0; i < ssml.length; i++) {
    const c = ssml[i];
    if (c === '>' || c === '"' || c === "'") return false;
    if (c === '&' && !ENTITY.test(ssml.slice(i, i + 6))) return false;
    if (c !== '<') continue;
    const end = ssml.indexOf('>', i);
    if (end < 0) return false;
    const tag = ssml.slice(i, end + 1);
    if (!OUR_TAG.test(tag)) return false;
    if (tag.startsWith('<say-as')) open += 1;
    if (tag === '</say-as>') open -= 1;
    if (open < 0 || open > 1) return false;
    i = end;
  }
  return open === 0;
}
