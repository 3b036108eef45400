/**
 * The rules for one catalog row (DESIGN.md section 10), as a zod schema over trimmed text cells.
 * Every refusal names the field and says, in words a merchant understands, what is wrong.
 */
import * as z from 'zod';
import { minorDigits, parseMajorUnits } from '../../domain/money';
import type { ProductInput } from '../../domain/model';
import type { RowProblem } from './catalog-columns';
import { isLocaleColumn, readLocalNames } from './locale-columns';

/** Limits on text fields, in characters. */
export const CATALOG_LIMITS = {
  sku: 64,
  name: 200,
  brand: 100,
  category: 100,
  size: 100,
  description: 2000,
  imageUrl: 2048,
  synonym: 100,
  synonyms: 50,
} as const;

const SKU_PATTERN = /^[A-Za-z0-9._/-]+$/;

/** A value as it may appear in a reason: short, so a huge cell is never echoed back whole. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 30 ? `${text.slice(0, 27)}...` : text;
}

function required() {
  return z.string({ error: (iss) => (iss.input === undefined ? 'required but empty' : 'must be text') });
}

function text(max: number) {
  return required().max(max, {
    error: (iss) => `is ${String((iss.input as string).length)} characters long; at most ${max} allowed`,
  });
}

function priceSchema(currency: string) {
  const digits = minorDigits(currency);
  return required().transform((value, ctx) => {
    const price = parseMajorUnits(value, currency);
    if (price) return price;
    const fraction = /^\d+\.(\d+)$/.exec(value)?.[1];
    let reason = `${shown(value)} is not a price like 3.49`;
    if (value.startsWith('-')) reason = `${shown(value)} is negative; a price is 0 or more`;
    else if (fraction && fraction.length > digits) {
      reason = `${shown(value)} has more than ${digits} decimal places, too many for ${currency}`;
    }
    ctx.addIssue({ code: 'custom', message: reason });
    return z.NEVER;
  });
}

const stockSchema = required().transform((value, ctx) => {
  const stock = /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isSafeInteger(stock)) return stock;
  ctx.addIssue({ code: 'custom', message: `${shown(value)} is not a whole number of 0 or more` });
  return z.NEVER;
});

const popularitySchema = required()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return 0;
    const popularity = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (Number.isFinite(popularity)) return popularity;
    ctx.addIssue({ code: 'custom', message: `${shown(value)} is not a number of 0 or more` });
    return z.NEVER;
  });

const imageUrlSchema = text(CATALOG_LIMITS.imageUrl)
  .optional()
  .refine((value) => value === undefined || /^https?:\/\/[^\s]+$/i.test(value), {
    error: (iss) => `${shown(iss.input)} is not a web address starting with https://`,
  });

const synonymsSchema = z
  .array(text(CATALOG_LIMITS.synonym), { error: 'must be words separated by |' })
  .max(CATALOG_LIMITS.synonyms, { error: `has more than ${CATALOG_LIMITS.synonyms} synonyms` })
  .optional();

/** The schema of one row for a store selling in `currency`; cells are trimmed text or undefined. */
export function catalogRowSchema(currency: string) {
  return z
    .object({
      sku: text(CATALOG_LIMITS.sku).regex(SKU_PATTERN, {
        error: (iss) => `${shown(iss.input)} has characters other than letters, digits, - _ . /`,
      }),
      name: text(CATALOG_LIMITS.name),
      price: priceSchema(currency),
      stock: stockSchema,
      brand: text(CATALOG_LIMITS.brand).optional(),
      category: text(CATALOG_LIMITS.category).optional(),
      size: text(CATALOG_LIMITS.size).optional(),
      synonyms: synonymsSchema,
      description: text(CATALOG_LIMITS.description).optional(),
      image_url: imageUrlSchema,
      popularity: popularitySchema,
    })
    .transform((row): ProductInput => ({
      sku: row.sku,
      name: row.name,
      ...(row.brand === undefined ? {} : { brand: row.brand }),
      ...(row.category === undefined ? {} : { category: row.category }),
      ...(row.size === undefined ? {} : { size: row.size }),
      synonyms: [...new Set(row.synonyms ?? [])],
      ...(row.description === undefined ? {} : { description: row.description }),
      ...(row.image_url === undefined ? {} : { imageUrl: row.image_url }),
      price: row.price,
      stock: row.stock,
      popularity: row.popularity,
    }));
}

/** A compiled row schema. */
export type CatalogRowSchema = ReturnType<typeof catalogRowSchema>;

/** Trims a cell; empty text, null and undefined become absent. Numbers become their decimal text. */
export function cell(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Splits the `|`-separated synonyms cell (or takes a JSON array), dropping empty entries. */
export function synonymsCell(value: unknown): unknown {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split('|') : value;
  if (!Array.isArray(list)) return cell(list);
  const words = list.map(cell).filter((word) => word !== undefined);
  return words.length === 0 ? undefined : words;
}

/** Validates one row's cells: the product, or the first problem in column order. */
export function validateRow(
  schema: CatalogRowSchema,
  cells: Readonly<Record<string, unknown>>,
): { product: ProductInput } | { problem: RowProblem } {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(cells)) {
    if (isLocaleColumn(key)) continue;
    input[key] = key === 'synonyms' ? synonymsCell(value) : cell(value);
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { problem: { field: String(issue.path[0] ?? 'row'), reason: issue.message } };
  }
  const local = readLocalNames(cells);
  if ('problem' in local) return local;
  return { product: local.localNames ? { ...result.data, localNames: local.localNames } : result.data };
}
