/**
 * The dev secret: made afresh at each `npm start`, printed as a line `DEV_SECRET=<value>` and
 * written to `.local/dev-secret` (mode 0600), as notebook servers do with their token. Unsigned
 * calls to the dev server carry it in `X-Dev-Secret`; only this machine's user can read it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Makes a new secret and writes it to `file` (readable by this user only). */
export function createDevSecret(file: string): string {
  const secret = randomBytes(24).toString('base64url');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The line `npm start` prints for tools to read. */
export function devSecretLine(secret: string): string {
  return `DEV_SECRET=${secret}`;
}
