/**
 * The local stack's token-signing private key, kept in a file only this user may read
 * (`.local/dev-signing-key.json`, mode 0600; DEV_SIGNING_KEY_FILE names another) and never in the
 * table: whoever could read the table could otherwise mint a token for any customer. Made on first
 * use; when several processes make it at once, the first file written wins and all use it.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSigningKeySet, type SigningKeySet } from '../adapters/dynamodb/signing-keys-repository';

/** Where the private key is kept. */
export function devSigningKeyFile(): string {
  return process.env.DEV_SIGNING_KEY_FILE?.trim() || join(process.cwd(), '.local', 'dev-signing-key.json');
}

/** The key pair in the file, made (mode 0600) when there is none yet. */
export async function loadOrCreateDevSigningKey(file: string = devSigningKeyFile()): Promise<SigningKeySet> {
  const existing = readKeyFile(file);
  if (existing) return existing;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const created = await generateSigningKeySet();
  const draft = `${file}.${randomUUID()}.tmp`;
  writeFileSync(draft, JSON.stringify(created), { mode: 0o600, flag: 'wx' });
  try {
    // A hard link appears whole, and fails if another process put its key there first.
    linkSync(draft, file);
    return created;
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
    return readKeyFile(file) ?? created;
  } finally {
    unlinkSync(draft);
  }
}

function readKeyFile(file: string): SigningKeySet | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  // A key others may read is a key others may sign with: keep it to this user.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const keys = JSON.parse(text) as SigningKeySet;
  if (typeof keys.kid !== 'string' || keys.publicJwks?.keys?.length !== 1 || !keys.privateJwk) {
    throw new Error(`${file} does not hold a signing key; delete it to make a new one`);
  }
  return keys;
}
