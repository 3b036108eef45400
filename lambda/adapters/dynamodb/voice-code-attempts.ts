/**
 * Voice-code attempts on the profile item, each counted before it is judged in one conditional
 * UpdateItem: while no lock is live and fewer attempts than the limit are counted. The attempt that
 * reaches the limit sets the lock in the same write, so a concurrent guess sees it at once; a right
 * code clears both. No count is ever lost to a race: there is no read-then-write.
 */
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { CustomerProfile } from '../../domain/model';
import { ConcurrencyConflict } from '../../domain/ports';
import type { VoiceCodeAttempt, VoiceCodeAttemptLimits } from '../../domain/purchase-guard';
import { itemToProfile } from './customer-item';
import { isConditionalCheckFailed, isRetryableContention } from './dynamo-errors';
import { profileKey } from './keys';

/** Rounds of "the count moved under us, look again" before giving up (each means another attempt won). */
const ROUNDS = 8;
/** Sends of one write that met a transaction holding the profile (an order being placed). */
const CONTENDED_SENDS = 5;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// A lock that ended at or before now no longer counts (ISO times compare as strings).
const NOT_LOCKED = '(attribute_not_exists(purchasesLockedUntil) OR purchasesLockedUntil <= :now)';

interface Expression {
  readonly UpdateExpression: string;
  readonly ConditionExpression: string;
  readonly ExpressionAttributeValues: Record<string, NativeAttributeValue>;
}

type Write =
  | { readonly ok: true; readonly item: CustomerProfile }
  | { readonly ok: false; readonly old?: CustomerProfile };

/** Counts one attempt; see VoiceCodeAttempt for the outcomes. */
export async function countVoiceCodeAttempt(
  doc: DynamoDBDocumentClient,
  tableName: string,
  customerId: string,
  limits: VoiceCodeAttemptLimits,
): Promise<VoiceCodeAttempt> {
  const last = limits.maxFailures - 1;
  for (let round = 0; round < ROUNDS; round++) {
    // Not the last attempt allowed: count it.
    const counted = await update(doc, tableName, customerId, {
      UpdateExpression: 'SET voiceCodeFailures = voiceCodeFailures + :one, version = version + :one',
      ConditionExpression: `attribute_exists(voiceCodeHash) AND voiceCodeFailures < :last AND ${NOT_LOCKED}`,
      ExpressionAttributeValues: { ':one': 1, ':last': last, ':now': limits.now },
    });
    if (counted.ok) return attemptOf(counted.item);
    const seen = counted.old;
    if (!seen?.voiceCodeHash) return { kind: 'no_code' };
    const until = seen.purchasesLockedUntil;
    if (until && until > limits.now) return { kind: 'locked', until };
    // The last attempt allowed: it locks purchases now, and a right code will lift the lock.
    const locking = await update(doc, tableName, customerId, {
      UpdateExpression:
        'SET voiceCodeFailures = :zero, purchasesLockedUntil = :until, version = version + :one',
      ConditionExpression: `attribute_exists(voiceCodeHash) AND voiceCodeFailures >= :last AND ${NOT_LOCKED}`,
      ExpressionAttributeValues: {
        ':zero': 0,
        ':one': 1,
        ':last': last,
        ':now': limits.now,
        ':until': limits.lockUntil,
      },
    });
    if (locking.ok)
      return { ...attemptOf(locking.item), failures: limits.maxFailures, lockedUntil: limits.lockUntil };
  }
  throw new ConcurrencyConflict('voice code attempts');
}

/** After a right code: no attempts counted and no lock, only if the code is still the one judged. */
export async function clearVoiceCodeFailures(
  doc: DynamoDBDocumentClient,
  tableName: string,
  customerId: string,
  voiceCodeHash: string,
): Promise<boolean> {
  const cleared = await update(doc, tableName, customerId, {
    UpdateExpression: 'SET voiceCodeFailures = :zero, version = version + :one REMOVE purchasesLockedUntil',
    ConditionExpression: 'voiceCodeHash = :hash',
    ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':hash': voiceCodeHash },
  });
  return cleared.ok;
}

function attemptOf(profile: CustomerProfile): Extract<VoiceCodeAttempt, { kind: 'counted' }> {
  return { kind: 'counted', voiceCodeHash: profile.voiceCodeHash!, failures: profile.voiceCodeFailures };
}

async function update(
  doc: DynamoDBDocumentClient,
  tableName: string,
  customerId: string,
  expression: Expression,
): Promise<Write> {
  for (let send = 1; ; send++) {
    try {
      return await updateOnce(doc, tableName, customerId, expression);
    } catch (error) {
      // The profile is held by an order transaction for a moment: the attempt is counted after it.
      if (!isRetryableContention(error) || send >= CONTENDED_SENDS) throw error;
      await pause(Math.random() * 20 * 2 ** send);
    }
  }
}

async function updateOnce(
  doc: DynamoDBDocumentClient,
  tableName: string,
  customerId: string,
  expression: Expression,
): Promise<Write> {
  try {
    const { Attributes } = await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: profileKey(customerId),
        ...expression,
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return { ok: true, item: itemToProfile(Attributes ?? {}) };
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const old = (error as { Item?: Record<string, AttributeValue> }).Item;
    return { ok: false, ...(old ? { old: itemToProfile(unmarshall(old)) } : {}) };
  }
}
