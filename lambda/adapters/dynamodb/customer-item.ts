/**
 * The stored forms of a customer profile (`profileKey`) and of the link from a platform user to a
 * customer (`identityKey`). Personal data stays in the profile item only.
 */
import * as z from 'zod';
import type { CustomerProfile } from '../../domain/model';
import { parseStoredItem } from './dynamo-errors';
import { ENTITY, identityKey, profileKey } from './keys';

const profileItemSchema = z
  .object({
    type: z.literal(ENTITY.profile),
    customerId: z.string().min(1),
    name: z.string().optional(),
    addressSummary: z.string().optional(),
    speechRate: z.number().int().positive(),
    voiceCodeHash: z.string().optional(),
    voiceCodeFailures: z.number().int().nonnegative(),
    purchasesLockedUntil: z.string().optional(),
    firstSeenAt: z.string(),
    lastSeenAt: z.string(),
    version: z.number().int().positive(),
  })
  // The entity type is how the item is stored, not part of the domain object.
  .transform(({ type: _type, ...value }) => value);

const identityItemSchema = z.object({
  type: z.literal(ENTITY.identity),
  customerId: z.string().min(1),
});

/** The stored item of a profile at the given version. */
export function profileToItem(profile: CustomerProfile, version: number): Record<string, unknown> {
  return {
    ...profileKey(profile.customerId),
    type: ENTITY.profile,
    customerId: profile.customerId,
    name: profile.name,
    addressSummary: profile.addressSummary,
    speechRate: profile.speechRate,
    voiceCodeHash: profile.voiceCodeHash,
    voiceCodeFailures: profile.voiceCodeFailures,
    purchasesLockedUntil: profile.purchasesLockedUntil,
    firstSeenAt: profile.firstSeenAt,
    lastSeenAt: profile.lastSeenAt,
    version,
  };
}

/** The profile a stored item holds; throws CorruptItemError when it is not a valid profile. */
export function itemToProfile(item: Record<string, unknown>): CustomerProfile {
  return parseStoredItem(profileItemSchema, ENTITY.profile, item);
}

/** The stored link from a platform user to a customer. */
export function identityToItem(
  platform: string,
  platformUserId: string,
  customerId: string,
  linkedAt: string,
): Record<string, unknown> {
  return { ...identityKey(platform, platformUserId), type: ENTITY.identity, platform, customerId, linkedAt };
}

/** The customer id a stored link names; throws CorruptItemError when it is not a valid link. */
export function itemToLinkedCustomer(item: Record<string, unknown>): string {
  return parseStoredItem(identityItemSchema, ENTITY.identity, item).customerId;
}
