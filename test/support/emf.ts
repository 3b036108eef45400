/**
 * Test helper: CloudWatch embedded metric format (EMF) lines captured from stdout, and a check of
 * each against the format's specification (the `_aws` metadata, namespaces, dimension sets that
 * name string members, metric definitions that name number members, the limits), so a test fails
 * when CloudWatch would not read a line as metrics.
 */

/** One metric directive of an EMF line. */
export interface MetricDirective {
  readonly Namespace: string;
  readonly Dimensions: readonly (readonly string[])[];
  readonly Metrics: readonly { readonly Name: string; readonly Unit?: string }[];
}

/** An EMF line, parsed. */
export type EmfLine = Record<string, unknown> & {
  readonly _aws: { readonly Timestamp: number; readonly CloudWatchMetrics: readonly MetricDirective[] };
};

/** The units CloudWatch accepts. */
const UNITS = new Set(
  (
    'Seconds Microseconds Milliseconds Bytes Kilobytes Megabytes Gigabytes Terabytes Bits Kilobits ' +
    'Megabits Gigabits Terabits Percent Count Bytes/Second Kilobytes/Second Megabytes/Second ' +
    'Gigabytes/Second Terabytes/Second Bits/Second Kilobits/Second Megabits/Second Gigabits/Second ' +
    'Terabits/Second Count/Second None'
  ).split(' '),
);

const isNumbers = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : Array.isArray(value) && value.length <= 100 && value.every((v) => typeof v === 'number');

/** What is wrong with a line as EMF (empty when CloudWatch would read it as metrics). */
export function emfProblems(line: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const aws = line._aws as Partial<EmfLine['_aws']> | undefined;
  if (typeof aws !== 'object' || aws === null) return ['no _aws object'];
  if (!Number.isInteger(aws.Timestamp) || Math.abs(aws.Timestamp! - Date.now()) > 3_600_000)
    problems.push(`Timestamp ${String(aws.Timestamp)} is not now in epoch milliseconds`);
  const directives: readonly MetricDirective[] = Array.isArray(aws.CloudWatchMetrics)
    ? (aws.CloudWatchMetrics as readonly MetricDirective[])
    : [];
  if (directives.length === 0) return [...problems, 'no CloudWatchMetrics'];
  for (const directive of directives) {
    if (!/^[A-Za-z0-9._/#: -]{1,255}$/.test(directive.Namespace) || directive.Namespace.startsWith('AWS/'))
      problems.push(`namespace ${directive.Namespace}`);
    if (directive.Metrics.length === 0 || directive.Metrics.length > 100) problems.push('metric count');
    for (const set of directive.Dimensions) {
      if (set.length === 0 || set.length > 30) problems.push(`dimension set of ${set.length}`);
      for (const name of set) {
        const value = line[name];
        if (typeof value !== 'string' || value === '' || value.length > 1024)
          problems.push(`dimension ${name} is not a string member`);
      }
    }
    for (const metric of directive.Metrics) {
      if (!isNumbers(line[metric.Name])) problems.push(`metric ${metric.Name} has no number member`);
      if (metric.Unit !== undefined && !UNITS.has(metric.Unit)) problems.push(`unit ${metric.Unit}`);
    }
  }
  return problems;
}

/** Captures what is written to stdout while a test runs (and keeps it off the test output). */
export function captureStdout(): { readonly lines: () => string[]; readonly restore: () => void } {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  });
  return {
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    restore: () => spy.mockRestore(),
  };
}

/** The EMF lines among captured lines, each checked against the format (throws on a bad one). */
export function emfLines(lines: readonly string[]): EmfLine[] {
  const parsed = lines
    .filter((line) => line.startsWith('{') && line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as EmfLine);
  for (const line of parsed) {
    const problems = emfProblems(line);
    if (problems.length > 0) throw new Error(`not EMF: ${problems.join('; ')}\n${JSON.stringify(line)}`);
  }
  return parsed;
}

/** The metric names of an EMF line. */
export const metricNames = (line: EmfLine): string[] =>
  line._aws.CloudWatchMetrics.flatMap((d) => d.Metrics.map((m) => m.Name));

/** The dimension sets of an EMF line, each sorted, as `a+b` strings. */
export const dimensionSets = (line: EmfLine): string[] =>
  line._aws.CloudWatchMetrics.flatMap((d) => d.Dimensions.map((set) => [...set].sort().join('+'))).sort();
