/**
 * Through the SDK client's middleware stack: another client's write run between a service's reads
 * and its TransactWriteItems (what a second device or a concurrent request does in that gap), and a
 * write whose answer is lost after it committed. The writes themselves reach the real database.
 */
import { InternalServerError } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

let counter = 0;

/** Runs `action` once, just before the next TransactWriteItems through `doc` is sent. */
export function beforeNextTransaction(
  doc: DynamoDBDocumentClient,
  action: () => Promise<unknown>,
): { readonly ran: () => boolean; readonly remove: () => void } {
  let ran = false;
  counter += 1;
  const name = `beforeNextTransaction${counter}`;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'TransactWriteItemsCommand' && !ran) {
        ran = true;
        await action();
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { ran: () => ran, remove: () => doc.middlewareStack.remove(name) };
}

/**
 * The next `count` calls of a command reach the database, and then their answer is replaced by a
 * DynamoDB 500 (InternalServerError): the write committed, the caller never heard.
 */
export function loseAnswersAfterCommit(
  doc: DynamoDBDocumentClient,
  count: number,
  command = 'TransactWriteItemsCommand',
): { readonly lost: () => number; readonly remove: () => void } {
  let lost = 0;
  counter += 1;
  const name = `loseAnswersAfterCommit${counter}`;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== command || lost >= count) return next(args);
      await next(args);
      lost += 1;
      throw new InternalServerError({ message: 'Internal server error', $metadata: { httpStatusCode: 500 } });
    },
    { step: 'initialize', name },
  );
  return { lost: () => lost, remove: () => doc.middlewareStack.remove(name) };
}
