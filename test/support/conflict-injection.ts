/**
 * Test helper: makes the next N TransactWriteItems calls of a client fail the way real DynamoDB does
 * under contention (DynamoDB Local never does), by adding a middleware to the client's stack. The
 * request never reaches the database, exactly as when DynamoDB refuses it; everything else is real.
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

/** Fails the next `count` TransactWriteItems calls through this client with `kind`. */
export function injectTransactionConflicts(
  doc: DynamoDBDocumentClient,
  count: number,
  kind: ConflictKind = 'TransactionConflictException',
): ConflictInjection {
  let injected = 0;
  const tokens: (string | undefined)[] = [];
  counter += 1;
  const name = `conflictInjection${counter}`;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'TransactWriteItemsCommand') return next(args);
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
