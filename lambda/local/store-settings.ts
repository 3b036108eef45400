/**
 * `npm run store:settings -- <settings.json>`: checks a store settings document (the same schema
 * as the merchant API's PUT /api/settings; every amount in minor units) and writes it to the table,
 * locally (DYNAMODB_ENDPOINT) or in AWS (TABLE_NAME, AWS_REGION and your credentials). Every problem
 * is printed on its own line, naming the field. Exit code 0 when saved; 1 when the file is not
 * valid (nothing is written) or the database cannot be used.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { createDynamoClients } from '../adapters/dynamodb/client';
import { DynamoStoreSettingsRepository } from '../adapters/dynamodb/settings-repository';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import { settingsDocumentSchema, settingsFromDocument } from '../adapters/store-settings/settings-document';
import type { StoreSettings } from '../domain/model';
import { explainFailure } from './catalog-import';

/** The settings a document holds, or each problem as `field: reason`. */
export function checkSettingsDocument(
  text: string,
): { readonly settings: StoreSettings } | { readonly problems: readonly string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [`the file is not JSON: ${(error as Error).message}`] };
  }
  const parsed = settingsDocumentSchema.safeParse(value);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`) };
  }
  return { settings: settingsFromDocument(parsed.data) };
}

/** Writes checked settings to the table. */
export async function writeStoreSettings(
  doc: DynamoDBDocumentClient,
  tableName: string,
  settings: StoreSettings,
): Promise<void> {
  await new DynamoStoreSettingsRepository(doc, tableName).save(settings);
}

async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('store:settings')
    .description('Check a store settings file and write it to the table.')
    .argument('<file>', 'settings document (JSON; amounts in minor units)')
    .parse([...argv]);
  const [path] = program.args as [string];
  const text = await readFile(path, 'utf8').catch((error: Error) => error);
  if (text instanceof Error) {
    process.stderr.write(`Cannot read ${path}: ${text.message}\n`);
    return 1;
  }
  const checked = checkSettingsDocument(text);
  if ('problems' in checked) {
    process.stderr.write(`${path} is not valid; nothing was written:\n`);
    for (const problem of checked.problems) process.stderr.write(`  ${problem}\n`);
    return 1;
  }
  const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;
  const region = process.env.AWS_REGION || 'us-east-1';
  const tableName = process.env.TABLE_NAME || DEFAULT_TABLE_NAME;
  const { doc, client } = createDynamoClients({ region, endpoint, requestTimeoutMs: 10000, maxAttempts: 5 });
  try {
    await writeStoreSettings(doc, tableName, checked.settings);
    process.stdout.write(`Store settings for ${checked.settings.name} saved to table ${tableName}.\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${explainFailure(error, endpoint ?? `AWS ${region}`, tableName)}\n`);
    return 1;
  } finally {
    client.destroy();
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => process.exit(code));
}
