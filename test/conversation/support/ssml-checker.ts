/**
 * A small SSML checker for tests, independent of the code under test: tags balanced, only the SSML
 * elements both platforms speak, attributes quoted, and no unescaped &, < or > in the text.
 * Returns the problems found (empty when the SSML is well-formed).
 */

/** The SSML elements a reply may use. */
export const ALLOWED_ELEMENTS = new Set(['speak', 'prosody', 'break', 'say-as', 'p', 's', 'emphasis', 'sub']);

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[a-zA-Z:-]+="[^"<>&]*")*)\s*(\/?)>$/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-fA-F]{1,6});/;

/** The problems in an SSML document; empty when well-formed. */
export function ssmlProblems(ssml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  for (let i = 0; i < ssml.length; i++) {
    const c = ssml[i]!;
    if (c === '>') problems.push(`unescaped > at ${i}`);
    if (c === '&' && !ENTITY.test(ssml.slice(i, i + 10))) problems.push(`unescaped & at ${i}`);
    if (c !== '<') continue;
    const end = ssml.indexOf('>', i);
    const tag = end < 0 ? ssml.slice(i) : ssml.slice(i, end + 1);
    const match = TAG.exec(tag);
    if (!match) {
      problems.push(`unescaped < or malformed tag at ${i}: ${tag.slice(0, 40)}`);
      if (end < 0) break;
      i = end;
      continue;
    }
    const [, closing, name, , selfClosing] = match;
    if (!ALLOWED_ELEMENTS.has(name!)) problems.push(`element <${name}> is not allowed`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) {
      stack.push(name!);
    }
    i = end;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

/** The document a platform would send: the reply's SSML inside <speak>. */
export function speakDocument(ssml: string): string {
  return `<speak>${ssml}</speak>`;
}
