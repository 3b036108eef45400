/**
 * `npm run readme:transcript [-- --check]`: runs scripts/readme/shopping.txt through the voice
 * console on a DynamoDB Local of its own (in memory, with the demo store) and writes the transcript
 * into README.md between its transcript markers. With --check it writes nothing and exits 1 when
 * README.md's transcript is not the one the run prints. A script line that does not pass stops it.
 */
import '../lambda/local/console/quiet-warnings';
import { writeFileSync } from 'node:fs';
import { scriptSummary } from '../lambda/local/console/console-runners';
import { startLocalDatabase } from '../lambda/local/dev-server-database';
import { README_PATH, readReadme } from './readme/readme-sections';
import { transcribeInto } from './readme/transcript';

const say = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(check: boolean): Promise<number> {
  const db = await startLocalDatabase({ tableName: 'readme-transcript' });
  try {
    const readme = readReadme();
    const { run, readme: current } = await transcribeInto(readme, db);
    if (run.result.failures.length > 0) {
      say(`${run.lines.join('\n')}\n${scriptSummary(run.result)}`);
      return 1;
    }
    if (check) {
      const same = current === readme;
      say(
        `README.md: the transcript ${same ? 'is current' : 'is out of date: run npm run readme:transcript'}.`,
      );
      return same ? 0 : 1;
    }
    writeFileSync(README_PATH, current);
    say(`README.md: wrote the transcript (${run.lines.length} lines).`);
    return 0;
  } finally {
    await db.running?.stop();
  }
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`readme:transcript failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
