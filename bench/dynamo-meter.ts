/**
 * Meters DynamoDB traffic for benchmarks: asks every request for its consumed capacity
 * (ReturnConsumedCapacity TOTAL) and records, per request, the command, the capacity units and the
 * time spent waiting on the database.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/** What one measured stretch of work sent to DynamoDB. */
export interface MeterReading {
  readonly requests: number;
  readonly reads: number;
  readonly writes: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  /** Wall time with at least one request in flight. */
  readonly dbMs: number;
  readonly commands: readonly string[];
}

const READS = new Set([
  'GetItemCommand',
  'BatchGetItemCommand',
  'QueryCommand',
  'ScanCommand',
  'TransactGetItemsCommand',
]);

/** A meter attached to a client's middleware stack. */
export interface DynamoMeter {
  /** Starts a new reading. */
  reset(): void;
  /** The reading since the last reset. */
  read(): MeterReading;
}

/** Attaches a meter to the low-level client (all document-client commands pass through it). */
export function attachMeter(client: DynamoDBClient): DynamoMeter {
  let commands: string[] = [];
  let readUnits = 0;
  let writeUnits = 0;
  let dbMs = 0;
  let inFlight = 0;
  let busySince = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity ??= 'TOTAL';
      // Waiting time is wall time with at least one request in flight: requests sent side by side
      // are not counted twice.
      if (inFlight++ === 0) busySince = performance.now();
      let result;
      try {
        result = await next(args);
      } finally {
        if (--inFlight === 0) dbMs += performance.now() - busySince;
      }
      const name = String(context.commandName);
      commands.push(name);
      const consumed = (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        const units = c.CapacityUnits ?? 0;
        if (READS.has(name)) readUnits += c.ReadCapacityUnits ?? units;
        else writeUnits += c.WriteCapacityUnits ?? units;
      }
      return result;
    },
    { step: 'initialize', name: 'benchmark-meter' },
  );
  return {
    reset: () => {
      commands = [];
      readUnits = 0;
      writeUnits = 0;
      dbMs = 0;
    },
    read: () => ({
      requests: commands.length,
      reads: commands.filter((c) => READS.has(c)).length,
      writes: commands.filter((c) => !READS.has(c)).length,
      readUnits,
      writeUnits,
      dbMs,
      commands: [...commands],
    }),
  };
}
