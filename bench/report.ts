/**
 * The shape every benchmark module returns, so `npm run bench` can print one table per section and
 * write the whole run as JSON.
 */

/** One measured row: a name and its figures. */
export interface BenchRow {
  readonly name: string;
  readonly [figure: string]: string | number;
}

/** One benchmark's results. */
export interface BenchSection {
  readonly title: string;
  readonly rows: readonly BenchRow[];
  /** Budgets, context, or why a part was skipped. */
  readonly notes?: readonly string[];
}

/** A benchmark module: runs and returns its sections. */
export type Benchmark = () => Promise<BenchSection[]>;

/** Percentile of a list of numbers (nearest rank), 0 when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds a millisecond figure for display. */
export function ms(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Renders a section as an aligned text table. */
export function renderSection(section: BenchSection): string {
  const columns = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
  const cells = section.rows.map((row) => columns.map((c) => String(row[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  return [
    `## ${section.title}`,
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
    ...(section.notes ?? []).map((n) => `  * ${n}`),
  ].join('\n');
}
