/**
 * Store settings on DynamoDB: one item at `STORE` / `SETTINGS`, validated when read (a bad item
 * throws a CorruptItemError naming each bad field) and before it is saved (INVALID_INPUT).
 */
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../domain/errors';
import type { StoreSettings } from '../../domain/model';
import type { StoreSettingsRepository } from '../../domain/ports';
import { parseStoredItem } from './dynamo-errors';
import { ENTITY, settingsKey } from './keys';
import { itemToSettings, settingsItemSchema, settingsToItem } from './settings-item';

/** The settings a store may leave out. */
const OPTIONAL_SETTINGS = [
  'freeDeliveryThreshold',
  'returnWindowDays',
  'freshReturnWindowDays',
  'freshCategories',
] as const;

/** StoreSettingsRepository on one DynamoDB table. */
export class DynamoStoreSettingsRepository implements StoreSettingsRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The settings, or undefined when the store has not been set up. Strongly consistent. */
  async get(): Promise<StoreSettings | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: settingsKey(), ConsistentRead: true }),
    );
    return Item ? itemToSettings(parseStoredItem(settingsItemSchema, ENTITY.settings, Item)) : undefined;
  }

  /** Validates and replaces the settings in one write, incrementing their version. */
  async save(settings: StoreSettings): Promise<void> {
    let attributes: ReturnType<typeof settingsToItem>;
    try {
      attributes = settingsToItem(settings);
    } catch (error) {
      throw new DomainError('INVALID_INPUT', `store settings: ${(error as Error).message}`, {
        field: 'currency',
      });
    }
    const checked = settingsItemSchema.safeParse(attributes);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const field = issue.path.join('.') || 'settings';
      throw new DomainError('INVALID_INPUT', `store settings: ${field} ${issue.message}`, { field });
    }
    const names: Record<string, string> = { '#version': 'version', '#updatedAt': 'updatedAt' };
    const values: Record<string, unknown> = { ':zero': 0, ':one': 1, ':now': this.now().toISOString() };
    const sets = ['#version = if_not_exists(#version, :zero) + :one', '#updatedAt = :now'];
    Object.entries(checked.data).forEach(([name, value], i) => {
      if (value === undefined) return;
      names[`#a${i}`] = name;
      values[`:a${i}`] = value;
      sets.push(`#a${i} = :a${i}`);
    });
    // An optional setting left out is removed, so clearing it sticks.
    const cleared = OPTIONAL_SETTINGS.filter((name) => checked.data[name] === undefined);
    cleared.forEach((name, i) => (names[`#r${i}`] = name));
    const remove = cleared.length > 0 ? ` REMOVE ${cleared.map((_, i) => `#r${i}`).join(', ')}` : '';
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: settingsKey(),
        UpdateExpression: `SET ${sets.join(', ')}${remove}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }
}
