/**
 * What no log line may hold: access tokens, voice codes, addresses and names. The patterns, the
 * personal data the tests use (which must never reach a log), and the scan over a run's lines.
 */

/** Names and addresses the tests give shoppers; none may appear in any log line. */
export const PERSONAL_FIXTURES = [
  'Ada Lovelace',
  'Lovelace',
  '12 Analytical Way',
  'Grace Hopper',
  '7 Compiler Lane',
];

/** What each kind of personal data or secret looks like in a line. */
export const LEAK_PATTERNS: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  { kind: 'access token', pattern: /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+/ },
  { kind: 'bearer token', pattern: /Bearer\s+[\w.~+/-]{16,}/i },
  { kind: 'voice code', pattern: /"?(voice)?code"?\W{1,12}(raw\W{1,6})?\d{4}\b/i },
  {
    kind: 'address',
    pattern: /\b\d{1,5}\s+[A-Z][a-z]+\s+(Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Way|Boulevard|Blvd|Drive|Dr)\b/,
  },
  ...PERSONAL_FIXTURES.map((text) => ({
    kind: 'name or address',
    pattern: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  })),
];

/** Each line that holds personal data or a secret, with what it holds (at most `limit`). */
export function leaks(lines: readonly string[], limit = 20): string[] {
  const found: string[] = [];
  for (const line of lines) {
    const hit = LEAK_PATTERNS.find(({ pattern }) => pattern.test(line));
    if (hit) found.push(`${hit.kind}: ${line.slice(0, 300)}`);
    if (found.length >= limit) break;
  }
  return found;
}
