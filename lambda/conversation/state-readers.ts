/**
 * Small defensive readers for values that came from outside (the platform session, and the platform
 * requests the adapters read): each returns the value when it has the expected shape and size, or
 * undefined.
 */
import type { Phrase } from './speech/phrase';
import { isOwnSsml } from './speech/ssml';

const MAX_TEXT = 300;
const MAX_SPEECH = 8000;

/** True for a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The plain object under a key of a plain object, or undefined. */
export function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  const inner = isRecord(value) ? value[key] : undefined;
  return isRecord(inner) ? inner : undefined;
}

/** The non-empty string under a key of a plain object, or undefined. */
export function stringAt(value: unknown, key: string): string | undefined {
  const inner = isRecord(value) ? value[key] : undefined;
  return typeof inner === 'string' && inner !== '' ? inner : undefined;
}

/** A non-empty string of reasonable length. */
export function text(value: unknown, max = MAX_TEXT): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

/** A safe integer at or above `min`. */
export function int(value: unknown, min: number): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : undefined;
}

/** True only for `true`. */
export function flag(value: unknown): boolean {
  return value === true;
}

/** One of the allowed strings. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/**
 * The readable elements of an array (unreadable ones are skipped); null when the value is not an
 * array or is too long to be ours.
 */
export function arrayOf<T>(value: unknown, read: (item: unknown) => T | undefined, max: number): T[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  return value.map((item) => read(item)).filter((item): item is T => item !== undefined);
}

/** A phrase carried back (SSML and text), bounded in size, holding only markup the core makes. */
export function phrase(value: unknown): Phrase | undefined {
  if (!isRecord(value)) return undefined;
  const ssml = text(value.ssml, MAX_SPEECH);
  const plain = text(value.text, MAX_SPEECH);
  return ssml !== undefined && plain !== undefined && isOwnSsml(ssml) ? { ssml, text: plain } : undefined;
}
