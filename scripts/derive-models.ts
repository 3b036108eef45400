/**
 * `npm run models:derive [-- --check]`: writes the en-GB and en-IN interaction models from the
 * en-US one and each variety's overlay (scripts/models/), formatted as Prettier formats the project.
 * With --check it writes nothing and exits 1 when a model file differs from what would be written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { derivedModel, modelPath, OVERLAYS } from './models/derived-models';

async function main(check: boolean): Promise<number> {
  let stale = 0;
  for (const overlay of OVERLAYS) {
    const path = modelPath(overlay.locale);
    const options = (await resolveConfig(path)) ?? {};
    const text = await format(JSON.stringify(derivedModel(overlay)), { ...options, filepath: path });
    if (!check) {
      writeFileSync(path, text);
      process.stdout.write(`Wrote ${overlay.locale}.json\n`);
    } else if (readFileSync(path, 'utf8') !== text) {
      stale += 1;
      process.stderr.write(`${overlay.locale}.json is out of date: run npm run models:derive\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

void main(process.argv.includes('--check')).then((code) => process.exit(code));
