/**
 * Runs another client's write between a service's reads and its TransactWriteItems, through the SDK
 * client's middleware stack: what a second device or a concurrent request does in that gap. The
 * write itself reaches the real database.
 */
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
