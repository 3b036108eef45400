/**
 * The parts of README.md that tools write or tests check, each between two HTML comments that do
 * not show on the rendered page: `<!-- name:start ... -->` and `<!-- name:end -->`. Inside them:
 * fenced code blocks (console scripts, a transcript) and "quoted phrases" (what shoppers can say).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The project's README.md. */
export const README_PATH = resolve(__dirname, '../../README.md');

/** The README's text. */
export function readReadme(path = README_PATH): string {
  return readFileSync(path, 'utf8');
}

function markers(text: string, name: string): { readonly from: number; readonly to: number } {
  const start = new RegExp(`<!-- ${name}:start\\b[^>]*-->\\n`).exec(text);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (!start || end < start.index)
    throw new Error(`README.md has no <!-- ${name}:start --> ... end section.`);
  return { from: start.index + start[0].length, to: end };
}

/** The text between a section's markers. */
export function sectionOf(text: string, name: string): string {
  const { from, to } = markers(text, name);
  return text.slice(from, to);
}

/** The text with a section's content replaced (the markers stay). */
export function withSection(text: string, name: string, content: string): string {
  const { from, to } = markers(text, name);
  return `${text.slice(0, from)}${content}${text.slice(to)}`;
}

/** The contents of the fenced code blocks in a piece of Markdown. */
export function fencedBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```[\w-]*\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}

/** A fenced `text` block holding these lines, with a blank line either side as Prettier keeps it. */
export function fencedText(lines: readonly string[]): string {
  return ['', '```text', ...lines, '```', '', ''].join('\n');
}

/** The phrases in double quotes in a piece of Markdown, a line break inside one read as a space. */
export function quotedPhrases(markdown: string): string[] {
  return [...markdown.matchAll(/"([^"]+)"/g)].map((match) => (match[1] ?? '').replace(/\s+/g, ' '));
}
