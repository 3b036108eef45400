/**
 * Customer profiles and platform identity links on DynamoDB. Profile saves are conditional on the
 * version read (0 = new), so a wrong voice-code count or a lockout is never lost to a race.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CustomerProfile } from '../../domain/model';
import {
  ConcurrencyConflict,
  type Clock,
  type CustomerRepository,
  type IdentityLink,
} from '../../domain/ports';
import type { VoiceCodeAttempt, VoiceCodeAttemptLimits } from '../../domain/purchase-guard';
import { itemToLinkedCustomer, itemToProfile, profileToItem } from './customer-item';
import { linkIdentity } from './identity-link';
import { isConditionalCheckFailed } from './dynamo-errors';
import { identityKey, profileKey } from './keys';
import { clearVoiceCodeFailures, countVoiceCodeAttempt } from './voice-code-attempts';

const systemClock: Clock = { now: () => new Date() };

/** CustomerRepository on one DynamoDB table. */
export class DynamoCustomerRepository implements CustomerRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The profile, strongly consistent (it guards purchases), or undefined for a new customer. */
  async getProfile(customerId: string): Promise<CustomerProfile | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: profileKey(customerId), ConsistentRead: true }),
    );
    return Item ? itemToProfile(Item) : undefined;
  }

  /** Saves the profile if the stored version is still `profile.version`; returns it at the next version. */
  async saveProfile(profile: CustomerProfile): Promise<CustomerProfile> {
    const next = profile.version + 1;
    const guard =
      profile.version === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':expected': profile.version },
          };
    try {
      await this.doc.send(
        new PutCommand({ TableName: this.tableName, Item: profileToItem(profile, next), ...guard }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new ConcurrencyConflict('customer profile');
      throw error;
    }
    return { ...profile, version: next };
  }

  /** Counts a voice-code attempt before it is judged (see voice-code-attempts.ts). */
  countVoiceCodeAttempt(customerId: string, limits: VoiceCodeAttemptLimits): Promise<VoiceCodeAttempt> {
    return countVoiceCodeAttempt(this.doc, this.tableName, customerId, limits);
  }

  /** Clears the count and the lock after a right code, if the code is still the one judged. */
  clearVoiceCodeFailures(customerId: string, voiceCodeHash: string): Promise<boolean> {
    return clearVoiceCodeFailures(this.doc, this.tableName, customerId, voiceCodeHash);
  }

  /** The customer a platform user is linked to (eventually consistent: links rarely change). */
  async getLinkedCustomer(platform: string, platformUserId: string): Promise<string | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: identityKey(platform, platformUserId) }),
    );
    return Item ? itemToLinkedCustomer(Item) : undefined;
  }

  /** Links a platform user to a customer and moves the anonymous cart, once (see identity-link.ts). */
  linkIdentity(link: IdentityLink): Promise<'linked' | 'already_linked' | 'cart_changed'> {
    return linkIdentity(this.doc, this.tableName, link, this.clock.now().toISOString());
  }
}
