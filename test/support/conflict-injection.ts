/**
 * Test hooks on the SDK client's middleware stack, for what real DynamoDB does under load and
 * DynamoDB Local never does: TransactWriteItems refused for contention (the request never reaches the
 * database, exactly as when DynamoDB refuses it) and batch reads left partly unprocessed. Also a
 * recorder of the commands sent. Everything else is the real database.
 */
import {
  TransactionCanceledException,
  TransactionConflictException,
  TransactionInProgressException,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Which contention error to raise. */
export type ConflictKind =
  | 'TransactionConflictException'
  | 'TransactionInProgressException'
  /** A TransactionCanceledException whose every reason is "TransactionConflict". */
  | 'CanceledWithConflict';

/** A running injection: how many calls it failed, and how to take it off the stack. */
export interface ConflictInjection {
  readonly injected: () => number;
  /** Every TransactWriteItems call seen, failed or let through, with its ClientRequestToken. */
  readonly tokens: () => readonly (string | undefined)[];
  readonly remove: () => void;
}

const metadata = { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 };

function conflictError(kind: ConflictKind, itemCount: number): Error {
  switch (kind) {
    case 'TransactionConflictException':
      return new TransactionConflictException({
        message: 'Transaction is ongoing for the item',
        $metadata: metadata,
      });
    case 'TransactionInProgressException':
      return new TransactionInProgressException({ message: 'Transaction in progress', $metadata: metadata });
    case 'CanceledWithConflict':
      return new TransactionCanceledException({
        message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
        $metadata: metadata,
        CancellationReasons: Array.from({ length: itemCount }, () => ({
          Code: 'TransactionConflict',
          Message: 'Transaction is ongoing for the item',
        })),
      });
  }
}

let counter = 0;

/**
 * Fails the next `count` TransactWriteItems calls through this client with `kind` (or calls of
 * another command: a single-item write meets TransactionConflictException while a transaction holds
 * its item).
 */
export function injectTransactionConflicts(
  doc: DynamoDBDocumentClient,
  count: number,
  kind: ConflictKind = 'TransactionConflictException',
  command = 'TransactWriteItemsCommand',
): ConflictInjection {
  let injected = 0;
  const tokens: (string | undefined)[] = [];
  counter += 1;
  const name = `conflictInjection${counter}`;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== command) return next(args);
      const input = args.input as { TransactItems?: unknown[]; ClientRequestToken?: string };
      tokens.push(input.ClientRequestToken);
      if (injected >= count) return next(args);
      injected += 1;
      throw conflictError(kind, input.TransactItems?.length ?? 0);
    },
    // Before the SDK's retry step, so each injected failure reaches the repository once.
    { step: 'initialize', name },
  );
  return { injected: () => injected, tokens: () => tokens, remove: () => doc.middlewareStack.remove(name) };
}

/** Records the name of every command sent through this client (e.g. "BatchGetItemCommand"). */
export function recordCommands(doc: DynamoDBDocumentClient): { names: string[]; remove: () => void } {
  const names: string[] = [];
  counter += 1;
  const name = `commandRecorder${counter}`;
  doc.middlewareStack.add(
    (next, context) => (args) => {
      names.push(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { names, remove: () => doc.middlewareStack.remove(name) };
}

/**
 * Makes the next `count` BatchGetItem calls partly processed, as real DynamoDB does under load: only
 * the first key is really read, the others come back in UnprocessedKeys.
 */
export function injectUnprocessedKeys(doc: DynamoDBDocumentClient, count: number): { remove: () => void } {
  let left = count;
  counter += 1;
  const name = `unprocessedKeys${counter}`;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { RequestItems?: Record<string, { Keys?: unknown[] }> };
      const [table, request] = Object.entries(input.RequestItems ?? {})[0] ?? [];
      const keys = request?.Keys ?? [];
      if (context.commandName !== 'BatchGetItemCommand' || left <= 0 || !table || keys.length < 2) {
        return next(args);
      }
      left -= 1;
      const partial = { ...input, RequestItems: { [table]: { ...request, Keys: keys.slice(0, 1) } } };
      const result = await next({ ...args, input: partial });
      (result.output as { UnprocessedKeys?: unknown }).UnprocessedKeys = {
        [table]: { ...request, Keys: keys.slice(1) },
      };
      return result;
    },
    { step: 'initialize', name },
  );
  return { remove: () => doc.middlewareStack.remove(name) };
}
