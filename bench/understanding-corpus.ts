/**
 * The understanding corpus (bench/understanding/*.jsonl): its schema, checked with zod, and the
 * loader. A case is a starting state, setup turns, the measured utterance and what should then be
 * true; the format is documented in bench/understanding/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

const sku = z.string().regex(/^[A-Z]{3}-\d{3}$/);

/** A product: a sku, any of several, or the n-th product named in the last setup reply. */
export const productRefSchema = z.union([
  sku,
  z.array(sku).min(1),
  z.strictObject({ heard: z.number().int().min(1).max(10) }),
]);
/** A product reference. */
export type ProductRef = z.infer<typeof productRefSchema>;

const item = z.strictObject({ product: productRefSchema, quantity: z.number().int().min(1).max(50) });
/** A product and a quantity. */
export type ExpectedItem = z.infer<typeof item>;

const pattern = z.string().refine((text) => {
  try {
    new RegExp(text, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a regular expression');

/** The topics a reply can be checked to be about. */
export const TOPICS = [
  'hours',
  'delivery',
  'warranty',
  'returns',
  'payment',
  'order-status',
  'cart',
  'help',
] as const;

const cartChange = z
  .strictObject({
    add: z.array(item).min(1).optional(),
    remove: z.array(productRefSchema).min(1).optional(),
    set: z.array(item).min(1).optional(),
  })
  .refine((c) => c.add || c.remove || c.set, 'a cart change names add, remove or set');

const replyCheck = z.strictObject({
  topic: z.enum(TOPICS).optional(),
  asks: z.boolean().optional(),
  names: z.array(productRefSchema).min(1).optional(),
  first: productRefSchema.optional(),
  priceOf: productRefSchema.optional(),
  says: z.array(pattern).min(1).optional(),
  saysNot: z.array(pattern).min(1).optional(),
  ends: z.boolean().optional(),
});

/** What must be true after the measured turn. */
export const expectationSchema = z.strictObject({
  cart: z.union([z.enum(['unchanged', 'empty']), cartChange]).optional(),
  order: z.enum(['none', 'placed', 'cancelled']).optional(),
  handoff: z.boolean().optional(),
  reply: replyCheck.optional(),
  fallbackOk: z.boolean().optional(),
});
/** An expectation. */
export type Expectation = z.infer<typeof expectationSchema>;

const sourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('slurp'), ref: z.string().regex(/^slurp:\d+$/), note: z.string() }),
  z.strictObject({ kind: z.literal('trial'), ref: z.string().min(1), note: z.string().min(1) }),
  z.strictObject({
    kind: z.enum(['study', 'customer-service']),
    ref: z.url(),
    title: z.string().min(1),
    note: z.string().min(1),
  }),
  z.strictObject({ kind: z.literal('invented'), note: z.string().optional() }),
]);

const stateSchema = z.strictObject({
  linked: z.boolean().optional(),
  cart: z.array(z.strictObject({ sku, quantity: z.number().int().min(1).max(50) })).optional(),
  orders: z
    .array(
      z.strictObject({
        lines: z.array(z.strictObject({ sku, quantity: z.number().int().min(1).max(50) })).min(1),
        status: z
          .enum(['placed', 'confirmed', 'packed', 'shipped', 'out_for_delivery', 'delivered'])
          .optional(),
        delivery: z.enum(['standard', 'express', 'pickup']).optional(),
      }),
    )
    .optional(),
});
/** A declared starting state. */
export type CaseState = z.infer<typeof stateSchema>;

/** One case of the corpus. */
export const caseSchema = z
  .strictObject({
    id: z.string().regex(/^[HD]\d{3}$/),
    class: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    source: sourceSchema,
    state: stateSchema.optional(),
    setup: z.array(z.string().min(1)).min(1).optional(),
    say: z.string().min(1),
    expect: expectationSchema.optional(),
    anyOf: z.array(expectationSchema).min(2).optional(),
  })
  .refine((c) => (c.expect === undefined) !== (c.anyOf === undefined), 'a case has expect or anyOf');
/** A case. */
export type CorpusCase = z.infer<typeof caseSchema>;

/** The two parts of the corpus. */
export const PARTS = { development: 'dev.jsonl', 'hold-out': 'holdout.jsonl' } as const;
/** A part's name. */
export type Part = keyof typeof PARTS;

/** Where the corpus lives. */
export const CORPUS_DIR = join(__dirname, 'understanding');

/** Reads and validates one part; throws naming the line of the first bad case. */
export function loadPart(part: Part, dir = CORPUS_DIR): CorpusCase[] {
  const lines = readFileSync(join(dir, PARTS[part]), 'utf8').split('\n');
  const cases: CorpusCase[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = caseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      throw new Error(`${PARTS[part]} line ${index + 1}: ${z.prettifyError(parsed.error)}`);
    }
    cases.push(parsed.data);
  });
  return cases;
}

/** The expectations of a case: its one expectation, or each alternative. */
export function alternativesOf(c: CorpusCase): Expectation[] {
  return c.anyOf ?? [c.expect ?? {}];
}
