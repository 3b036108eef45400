/**
 * Turns measured by the Alexa benchmarks summed up as table rows: latency percentiles, the handler's
 * own time, DynamoDB requests per turn by operation, and the ratios to the bare GetItem + PutItem
 * baseline measured in the same run.
 */
import type { DynamoClients } from '../lambda/adapters/dynamodb/client';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { MeasuredTurn } from './alexa-harness';
import { ms, percentile, type BenchRow } from './report';

/** The baseline's percentiles, which every row is compared with. */
export interface Baseline {
  readonly p50: number;
  readonly p99: number;
}

const ratio = (value: number, base: number): number =>
  base > 0 ? Math.round((value / base) * 100) / 100 : 0;

/** "BatchGetItem 1.00, PutItem 1.00": requests per turn by operation, most frequent first. */
export function byOperation(turns: readonly MeasuredTurn[]): string {
  const counts = new Map<string, number>();
  for (const turn of turns)
    for (const command of turn.reading.commands) {
      const name = command.replace(/Command$/, '');
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  const parts = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return parts.length === 0
    ? 'none'
    : parts.map(([name, n]) => `${name} ${(n / turns.length).toFixed(2)}`).join(', ');
}

/** One row: the turns' figures next to the baseline's. */
export function summarise(name: string, turns: readonly MeasuredTurn[], baseline: Baseline): BenchRow {
  const times = turns.map((t) => t.ms);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  const requests = turns.reduce((sum, t) => sum + t.reading.requests, 0);
  const writes = turns.reduce((sum, t) => sum + t.reading.writes, 0);
  return {
    name,
    turns: turns.length,
    'p50 ms': ms(p50),
    'p99 ms': ms(p99),
    'p50/base': ratio(p50, baseline.p50),
    'p99/base': ratio(p99, baseline.p99),
    'own p50 ms': ms(
      percentile(
        turns.map((t) => t.ms - t.reading.dbMs),
        50,
      ),
    ),
    'requests/turn': ms(requests / Math.max(1, turns.length)),
    'writes/turn': ms(writes / Math.max(1, turns.length)),
    'by operation (per turn)': byOperation(turns),
  };
}

/**
 * The standard persistence pattern's DynamoDB work for one turn, alone: read a session item (about
 * 2 KB) strongly consistently and write it back, as ask-sdk's DynamoDB persistence adapter does.
 */
export async function baselineTurn(clients: DynamoClients, table: string, slot: number): Promise<number> {
  const key = { pk: `BASELINE#${slot}`, sk: 'ATTRIBUTES' };
  const started = performance.now();
  await clients.doc.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
  await clients.doc.send(
    new PutCommand({ TableName: table, Item: { ...key, attributes: BASELINE_ATTRIBUTES } }),
  );
  return performance.now() - started;
}

const BASELINE_ATTRIBUTES = { state: 'x'.repeat(2000) };

/** The baseline turns as a row of their own. */
export function baselineRow(times: readonly number[]): { row: BenchRow; baseline: Baseline } {
  const baseline = { p50: percentile(times, 50), p99: percentile(times, 99) };
  return {
    baseline,
    row: {
      name: 'baseline: GetItem + PutItem (the standard skill pattern)',
      turns: times.length,
      'p50 ms': ms(baseline.p50),
      'p99 ms': ms(baseline.p99),
      'p50/base': 1,
      'p99/base': 1,
      'own p50 ms': 0,
      'requests/turn': 2,
      'writes/turn': 1,
      'by operation (per turn)': 'GetItem 1.00, PutItem 1.00',
    },
  };
}
