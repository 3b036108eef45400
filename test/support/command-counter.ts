/**
 * Counts the DynamoDB commands a piece of code sends, through the SDK client's middleware stack, so
 * tests and benchmarks can check the requests-per-operation budget.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const READS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand', 'ScanCommand', 'TransactGetItemsCommand']);

/** A running count; call stop() before asserting. */
export interface CommandCounter {
  readonly commands: string[];
  reads(): number;
  writes(): number;
  stop(): void;
}

let counterId = 0;

/** Starts counting the commands sent through a document client. */
export function countingCommands(doc: DynamoDBDocumentClient): CommandCounter {
  const name = `command-counter-${++counterId}`;
  const commands: string[] = [];
  doc.middlewareStack.add(
    (next, context) => (args) => {
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    commands,
    reads: () => commands.filter((c) => READS.has(c)).length,
    writes: () => commands.filter((c) => !READS.has(c)).length,
    stop: () => {
      doc.middlewareStack.remove(name);
    },
  };
}
