/**
 * The stored form of the store settings: one item at `settingsKey()`, the settings document
 * (store-settings/settings-document.ts) with its entity type. The same schema checks an item read
 * back (a bad item gives a clear CorruptItemError naming each bad field) and settings about to be
 * saved.
 */
import * as z from 'zod';
import type { StoreSettings } from '../../domain/model';
import {
  settingsDocumentSchema,
  settingsFromDocument,
  settingsToDocument,
} from '../store-settings/settings-document';
import { ENTITY } from './keys';

/** The schema of a stored settings item (keys and bookkeeping aside). */
export const settingsItemSchema = z.object({ type: z.literal(ENTITY.settings) }).and(settingsDocumentSchema);

type SettingsItem = z.infer<typeof settingsItemSchema>;

/** The item attributes of the settings; throws when a Money is not in the store's currency. */
export function settingsToItem(settings: StoreSettings): SettingsItem {
  return { type: ENTITY.settings, ...settingsToDocument(settings) };
}

/** The settings a validated item holds, Money rebuilt in the store's currency. */
export function itemToSettings(item: SettingsItem): StoreSettings {
  return settingsFromDocument(item);
}
