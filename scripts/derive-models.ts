/**
 * `npm run models:derive [-- --check]`: writes the en-GB and en-IN interaction models from the
 * en-US one and each variety's overlay (scripts/models/). With --check it writes nothing and exits 1
 * when a model file differs from what would be written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { deriveModel, type ModelFile, type ModelOverlay } from './models/derive-model';
import { EN_GB } from './models/en-gb-overlay';
import { EN_IN } from './models/en-in-overlay';

/** The overlays of the English varieties whose models are derived from en-US. */
export const OVERLAYS: readonly ModelOverlay[] = [EN_GB, EN_IN];

const FOLDER = join(__dirname, '..', 'skill-package', 'interactionModels', 'custom');

/** The text of a derived model file, as written (formatted as Prettier formats the project). */
export async function derivedModelText(overlay: ModelOverlay): Promise<string> {
  const base = JSON.parse(readFileSync(join(FOLDER, 'en-US.json'), 'utf8')) as ModelFile;
  const path = modelPath(overlay.locale);
  const options = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(deriveModel(base, overlay)), { ...options, filepath: path });
}

/** The path of a locale's model file. */
export function modelPath(locale: string): string {
  return join(FOLDER, `${locale}.json`);
}

async function main(check: boolean): Promise<number> {
  let stale = 0;
  for (const overlay of OVERLAYS) {
    const text = await derivedModelText(overlay);
    const path = modelPath(overlay.locale);
    if (check) {
      const current = readFileSync(path, 'utf8');
      if (current !== text) {
        stale += 1;
        process.stderr.write(`${overlay.locale}.json is out of date: run npm run models:derive\n`);
      }
      continue;
    }
    writeFileSync(path, text);
    process.stdout.write(`Wrote ${overlay.locale}.json\n`);
  }
  return stale > 0 ? 1 : 0;
}

if (require.main === module) void main(process.argv.includes('--check')).then((code) => process.exit(code));
