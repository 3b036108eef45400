/**
 * The deployment's settings. Each one comes from CDK context (`-c key=value` or cdk.json) when
 * given, and is checked at synth; otherwise it becomes a CloudFormation parameter, so `cdk synth`
 * works offline with nothing set, and `cdk deploy` stops, naming the parameter, until it is given.
 */
import { CfnParameter, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** One setting: its context key, the parameter that stands in for it, and what a valid value is. */
export interface SettingSpec {
  readonly key: string;
  readonly parameter: string;
  readonly description: string;
  /** A whole-value regular expression (also the parameter's AllowedPattern). */
  readonly pattern: string;
  /** What the pattern means, for error messages. */
  readonly expected: string;
  /** The parameter's default; unset makes the parameter required at deploy. */
  readonly defaultValue?: string;
}

/** Patterns shared by the stacks and their tests. */
export const PATTERNS = {
  skillId: 'amzn1\\.ask\\.skill\\.[0-9a-f-]{36}',
  httpsUrl: 'https://[^\\s,]+',
  optionalHttpsUrl: '(https://[^\\s,]+)?',
  googleProjectId: '[a-z][a-z0-9-]{4,28}[a-z0-9]',
  domainPrefix: '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?',
} as const;

/** A context value as a trimmed string; undefined when unset or blank. */
export function contextString(scope: Construct, key: string): string | undefined {
  const value: unknown = scope.node.tryGetContext(key);
  if (value === undefined || value === null) return undefined;
  const text = (Array.isArray(value) ? value : [value])
    .map((part: unknown) => {
      if (typeof part === 'string' || typeof part === 'number' || typeof part === 'boolean')
        return String(part);
      throw new Error(`Context "${key}" must be text, a number or a list of them.`);
    })
    .join(',')
    .trim();
  return text === '' ? undefined : text;
}

function check(key: string, value: string, pattern: string, expected: string): string {
  if (!new RegExp(`^(?:${pattern})$`).test(value)) {
    throw new Error(`Context "${key}" must be ${expected}; got "${value}".`);
  }
  return value;
}

/** The setting's value: the checked context value, or a reference to its parameter. */
export function setting(scope: Construct, spec: SettingSpec): string {
  const given = contextString(scope, spec.key);
  if (given !== undefined) return check(spec.key, given, spec.pattern, spec.expected);
  return new CfnParameter(Stack.of(scope), spec.parameter, {
    type: 'String',
    description: `${spec.description} (or pass -c ${spec.key}=...)`,
    allowedPattern: `^(?:${spec.pattern})$`,
    constraintDescription: `must be ${spec.expected}`,
    ...(spec.defaultValue !== undefined ? { default: spec.defaultValue } : {}),
  }).valueAsString;
}

/** Comma-separated HTTPS URLs from any of `keys`, or a required list parameter when none is set. */
export function urlListSetting(
  scope: Construct,
  keys: readonly string[],
  parameter: string,
  description: string,
): string[] {
  const urls = keys.flatMap((key) =>
    (contextString(scope, key) ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter((url) => url !== '')
      .map((url) => check(key, url, PATTERNS.httpsUrl, 'a comma-separated list of https:// URLs')),
  );
  if (urls.length > 0) return urls;
  return new CfnParameter(Stack.of(scope), parameter, {
    type: 'CommaDelimitedList',
    description: `${description} (or pass -c ${keys.join('=... -c ')}=...)`,
  }).valueAsList;
}

const RETENTIONS = new Set<number>(
  Object.values(RetentionDays).filter(
    (v): v is number => typeof v === 'number' && v !== RetentionDays.INFINITE,
  ),
);

/** Log retention in days from context `logRetentionDays` (default 30), one CloudWatch accepts. */
export function logRetention(scope: Construct): RetentionDays {
  const given = contextString(scope, 'logRetentionDays');
  const days = given === undefined ? 30 : Number(given);
  if (!RETENTIONS.has(days)) {
    throw new Error(`Context "logRetentionDays" must be one of ${[...RETENTIONS].join(', ')}.`);
  }
  return days;
}
