/**
 * Recognising DynamoDB errors by their `name` (stable across SDK versions and bundles, where
 * `instanceof` is not), reading a cancelled transaction's reasons, and the error for a stored item
 * that does not have the shape its mapper expects.
 */
import type * as z from 'zod';

/** One entry of a cancelled transaction's CancellationReasons, in the order of the request's items. */
export interface CancellationReason {
  readonly Code?: string;
  readonly Message?: string;
}

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** A single-item write whose ConditionExpression did not hold. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return nameOf(error) === 'ConditionalCheckFailedException';
}

/** A TransactWriteItems that was cancelled as a whole; see cancellationReasons for why. */
export function isTransactionCanceled(error: unknown): boolean {
  return nameOf(error) === 'TransactionCanceledException';
}

/**
 * The reasons of a cancelled transaction, one per item of the request, by index ("None" for items
 * that were fine). Empty when the error carries none.
 */
export function cancellationReasons(error: unknown): readonly CancellationReason[] {
  if (!isTransactionCanceled(error)) return [];
  const reasons = (error as { CancellationReasons?: unknown }).CancellationReasons;
  if (!Array.isArray(reasons)) return [];
  return reasons.map((reason: unknown) => {
    const { Code, Message } = (reason ?? {}) as { Code?: unknown; Message?: unknown };
    return {
      ...(typeof Code === 'string' ? { Code } : {}),
      ...(typeof Message === 'string' ? { Message } : {}),
    };
  });
}

/** True when this reason says the item's condition expression failed. */
export function isConditionFailure(reason: CancellationReason | undefined): boolean {
  return reason?.Code === 'ConditionalCheckFailed';
}

/**
 * Contention that is worth retrying after a short pause: another transaction held one of the items
 * (as an exception, or as a cancellation reason), the same request token is still running, or the
 * table was throttled. Real DynamoDB does this under load; DynamoDB Local never does.
 */
export function isRetryableContention(error: unknown): boolean {
  const name = nameOf(error);
  if (name === 'TransactionConflictException' || name === 'TransactionInProgressException') return true;
  if (isThrottling(error)) return true;
  const reasons = cancellationReasons(error);
  return (
    reasons.some((r) => r.Code === 'TransactionConflict' || r.Code === 'ThrottlingError') &&
    !reasons.some(isConditionFailure)
  );
}

/** The request rate was too high for the table or the account. */
export function isThrottling(error: unknown): boolean {
  const name = nameOf(error);
  return (
    name === 'ProvisionedThroughputExceededException' ||
    name === 'ThrottlingException' ||
    name === 'RequestLimitExceeded'
  );
}

/** A stored item that does not have the shape its mapper expects: a bug or a bad manual edit, never input. */
export class CorruptItemError extends Error {
  /** The entity type that was expected. */
  readonly entity: string;

  constructor(entity: string, sk: unknown, problems: readonly string[]) {
    // The partition key names the customer, so only the sort key goes into the message.
    super(`stored ${entity} item (sk ${String(sk)}) is corrupt: ${problems.join('; ')}`);
    this.name = 'CorruptItemError';
    this.entity = entity;
  }
}

/**
 * Validates a stored item against its schema: the parsed value, or a CorruptItemError naming every
 * bad field (paths and reasons only, never the stored values).
 */
export function parseStoredItem<T>(schema: z.ZodType<T>, entity: string, item: Record<string, unknown>): T {
  const result = schema.safeParse(item);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`,
  );
  throw new CorruptItemError(entity, item.sk, problems);
}
