/**
 * The English varieties whose interaction models are derived from en-US, and each derived model as
 * it should be (the files are written by `npm run models:derive`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveModel, type ModelFile, type ModelOverlay } from './derive-model';
import { EN_GB } from './en-gb-overlay';
import { EN_IN } from './en-in-overlay';

/** The overlays of the English varieties whose models are derived from en-US. */
export const OVERLAYS: readonly ModelOverlay[] = [EN_GB, EN_IN];

const FOLDER = join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom');

/** The path of a locale's model file. */
export function modelPath(locale: string): string {
  return join(FOLDER, `${locale}.json`);
}

/** The model a variety's file should hold: en-US's as it is now, with the overlay applied. */
export function derivedModel(overlay: ModelOverlay): ModelFile {
  const base = JSON.parse(readFileSync(modelPath('en-US'), 'utf8')) as ModelFile;
  return deriveModel(base, overlay);
}
