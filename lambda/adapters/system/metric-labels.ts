/**
 * The labels of a counted event, made safe for CloudWatch: a few keys become metric dimensions (each
 * its own dimension set, so a chart can show one of them at a time), the rest ride along in the log
 * line only. A label that looks like words (spaces, quotes, anything long) is replaced by `other`,
 * and a dimension that keeps taking new values stops at a fixed number of them, so neither a
 * shopper's words nor an unbounded set of values can reach a metric.
 */

/** The labels that become dimensions: low-cardinality values the code chose, never the shopper. */
export const DIMENSION_KEYS = ['platform', 'intent', 'previousIntent'] as const;

/** What a value that is not a short label becomes. */
export const OTHER = 'other';

/** Distinct values one dimension may take in a container's life before new ones become `other`. */
export const MAX_DIMENSION_VALUES = 60;

const MAX_LABELS = 12;
const KEY = /^[a-z][A-Za-z0-9]{0,39}$/;
const VALUE = /^[A-Za-z0-9_.:,+=-]{1,64}$/;
/** Keys the metrics library writes itself. */
const RESERVED = new Set(['service', 'function_name']);

/** An event's labels split into dimensions and the fields beside them. */
export interface SortedLabels {
  readonly dimensions: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<string, string>>;
}

/** Sorts and cleans labels, remembering each dimension's values to bound how many there are. */
export class MetricLabels {
  private readonly seen = new Map<string, Set<string>>();

  /** The safe labels: at most a dozen, short values only, dimensions bounded. */
  sort(labels: Readonly<Record<string, unknown>>): SortedLabels {
    const dimensions: Record<string, string> = {};
    const fields: Record<string, string> = {};
    const keys = Object.keys(labels)
      .filter((key) => KEY.test(key) && !RESERVED.has(key))
      .sort()
      .slice(0, MAX_LABELS);
    for (const key of keys) {
      const raw = labels[key];
      const value = typeof raw === 'string' && VALUE.test(raw) ? raw : OTHER;
      if ((DIMENSION_KEYS as readonly string[]).includes(key)) dimensions[key] = this.bounded(key, value);
      else fields[key] = value;
    }
    return { dimensions, fields };
  }

  private bounded(key: string, value: string): string {
    const values = this.seen.get(key) ?? new Set<string>();
    this.seen.set(key, values);
    if (values.has(value)) return value;
    if (values.size >= MAX_DIMENSION_VALUES) return OTHER;
    values.add(value);
    return value;
  }
}
