/**
 * A catalog's per-locale columns: `name.<locale>` (the product's name in that locale's language) and
 * `synonyms.<locale>` (`|`-separated, like `synonyms`), for any BCP 47 language-region tag:
 * `name.hi-IN`, `synonyms.hi-IN`. Headers are forgiving about case and separators ("Name.hi_in" is
 * `name.hi-IN`); cells are checked with the same limits as `name` and `synonyms`, and a refusal names
 * the column (`synonyms.hi-IN: has more than 50 synonyms`).
 */
import type { LocalNames } from '../../domain/model';

/** A refusal of a cell: which column and why (the shape of catalog-columns' RowProblem). */
interface RowProblem {
  readonly field: string;
  readonly reason: string;
}

/** Limits, in characters and entries, the same as the columns they translate. */
const LIMITS = { name: 200, synonym: 100, synonyms: 50 } as const;

const HEADER = /^(name|synonyms)[._]([a-z]{2,3})[-_]([a-z]{2})$/i;

/** The canonical name of a per-locale column header ("name.hi-IN"), or undefined when it is not one. */
export function localeColumnName(header: string): string | undefined {
  const match = HEADER.exec(header.trim());
  if (!match) return undefined;
  return `${match[1]!.toLowerCase()}.${match[2]!.toLowerCase()}-${match[3]!.toUpperCase()}`;
}

/** Whether a (canonical) column name is a per-locale one. */
export function isLocaleColumn(name: string): boolean {
  return name.startsWith('name.') || name.startsWith('synonyms.');
}

function textOf(value: unknown): string | undefined | RowProblem {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return { field: '', reason: 'must be text' };
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function tooLong(text: string, max: number): string | undefined {
  return text.length > max ? `is ${text.length} characters long; at most ${max} allowed` : undefined;
}

/** The entries of a synonyms cell (`|`-separated text or a JSON array), or why they are refused. */
function synonymsOf(value: unknown): readonly string[] | string {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split('|') : undefined;
  if (!list) return 'must be words separated by |';
  const words: string[] = [];
  for (const entry of list) {
    if (typeof entry !== 'string') return 'must be words separated by |';
    const word = entry.trim();
    if (word === '') continue;
    const long = tooLong(word, LIMITS.synonym);
    if (long) return `"${word.slice(0, 27)}" ${long}`;
    words.push(word);
  }
  if (words.length > LIMITS.synonyms) return `has more than ${LIMITS.synonyms} synonyms`;
  return [...new Set(words)];
}

function setName(names: Record<string, LocalNames>, tag: string, name: string): void {
  names[tag] = { ...names[tag], name, synonyms: names[tag]?.synonyms ?? [] };
}

function setSynonyms(names: Record<string, LocalNames>, tag: string, synonyms: readonly string[]): void {
  if (synonyms.length > 0) names[tag] = { ...names[tag], synonyms };
}

/**
 * A row's per-locale names from its cells by column name, or the first problem in column order;
 * undefined names when the row has none.
 */
export function readLocalNames(
  cells: Readonly<Record<string, unknown>>,
): { localNames?: Record<string, LocalNames> } | { problem: RowProblem } {
  const names: Record<string, LocalNames> = {};
  for (const [column, value] of Object.entries(cells)) {
    if (!isLocaleColumn(column)) continue;
    const [kind, tag] = column.split('.') as [string, string];
    if (kind === 'name') {
      const text = textOf(value);
      if (typeof text === 'object') return { problem: { field: column, reason: text.reason } };
      if (text === undefined) continue;
      const long = tooLong(text, LIMITS.name);
      if (long) return { problem: { field: column, reason: long } };
      setName(names, tag, text);
    } else if (value !== undefined && value !== null && value !== '') {
      const synonyms = synonymsOf(value);
      if (typeof synonyms === 'string') return { problem: { field: column, reason: synonyms } };
      setSynonyms(names, tag, synonyms);
    }
  }
  return Object.keys(names).length > 0 ? { localNames: names } : {};
}
