/**
 * The README's sample session: scripts/readme/shopping.txt run through the voice console, its
 * transcript written between README.md's transcript markers as a `text` block.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runConsoleScript, type ConsoleRun, type ConsoleRunTarget } from './console-run';
import { fencedText, withSection } from './readme-sections';

/** The script whose transcript README.md shows. */
export const TRANSCRIPT_SCRIPT = resolve(__dirname, 'shopping.txt');

/** The section of README.md that holds the transcript. */
export const TRANSCRIPT_SECTION = 'transcript';

/** The run of the script, and the README text with its transcript in place. */
export async function transcribeInto(
  readme: string,
  target: ConsoleRunTarget,
): Promise<{ readonly run: ConsoleRun; readonly readme: string }> {
  const run = await runConsoleScript(target, readFileSync(TRANSCRIPT_SCRIPT, 'utf8'));
  return { run, readme: withSection(readme, TRANSCRIPT_SECTION, fencedText(run.lines)) };
}
