import { localeColumnName } from './locale-columns';

/**
 * The columns of a catalog file (DESIGN.md section 10) and the shapes the CSV and JSON Lines readers
 * share before a row is validated.
 */

/** Every column a catalog file may have, required ones first. */
export const CATALOG_COLUMNS = [
  'sku',
  'name',
  'price',
  'stock',
  'brand',
  'category',
  'size',
  'synonyms',
  'description',
  'image_url',
  'popularity',
] as const;

/** The columns every catalog needs. */
export const REQUIRED_COLUMNS: readonly string[] = CATALOG_COLUMNS.slice(0, 4);

const KNOWN = new Set<string>(CATALOG_COLUMNS);

/** A refusal of one row or column: which field and why. */
export interface RowProblem {
  readonly field: string;
  readonly reason: string;
}

/** One row as read from either format: its cells by column name, or why it could not be read. */
export interface SourceRow {
  readonly line: number;
  readonly cells?: Readonly<Record<string, unknown>>;
  readonly problem?: RowProblem;
}

/** The file as a whole cannot be read as a catalog (missing, empty, no required columns). */
export class CatalogFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogFileError';
  }
}

/**
 * The catalog column a header or JSON key names, or undefined when it names none. Case, spaces and
 * hyphens are forgiven ("Image URL", "image-url" and "imageUrl" are all image_url); a per-locale
 * column is named with its tag ("name.hi-IN", "synonyms.hi-IN").
 */
export function columnName(header: string): string | undefined {
  const perLocale = localeColumnName(header);
  if (perLocale) return perLocale;
  const name = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (KNOWN.has(name)) return name;
  return name === 'imageurl' ? 'image_url' : undefined;
}

/** A notice about a column (unknown or repeated) on a line: its values are ignored, the row is not. */
export function columnNotice(line: number, reason: string): SourceRow {
  return { line, problem: { field: 'column', reason } };
}
