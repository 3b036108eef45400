/**
 * Alexa's voice permission consent: the `Connections.StartConnection` directive that hands the
 * shopper to Alexa's own consent question (AskForPermissionsConsent, version 2), the answer that
 * comes back (`SessionResumedRequest` with the connection's result, or `Connections.Response` from
 * the older task), the permissions card for when consent by voice is declined or not supported,
 * and the scopes the request says are granted.
 */
import type { PermissionAnswer, PermissionKind } from '../../conversation/turn';
import { isRecord, objectAt, stringAt } from '../../conversation/state-readers';

/** The permission scope of each kind. */
export const PERMISSION_SCOPES: Readonly<Record<PermissionKind, string>> = {
  notifications: 'alexa::devices:all:notifications:write',
  reminders: 'alexa::alerts:reminders:skill:readwrite',
};

/** The request types that carry the answer to a consent question. */
export const PERMISSION_ANSWER_TYPES: readonly string[] = ['SessionResumedRequest', 'Connections.Response'];

/** The directive that asks for `kind` by voice; its token names the kind, so the answer does too. */
export function askForPermissionDirective(kind: PermissionKind): Record<string, unknown> {
  return {
    type: 'Connections.StartConnection',
    uri: 'connection://AMAZON.AskForPermissionsConsent/2',
    input: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: PERMISSION_SCOPES[kind], consentLevel: 'ACCOUNT' }],
    },
    token: kind,
  };
}

/** The card that asks for `kind` in the Alexa app. */
export function permissionCard(kind: PermissionKind): {
  type: 'AskForPermissionsConsent';
  permissions: string[];
} {
  return { type: 'AskForPermissionsConsent', permissions: [PERMISSION_SCOPES[kind]] };
}

function kindOf(token: string | undefined, scope: string | undefined): PermissionKind | undefined {
  if (token === 'notifications' || token === 'reminders') return token;
  const found = Object.entries(PERMISSION_SCOPES).find(([, value]) => value === scope);
  return found ? (found[0] as PermissionKind) : undefined;
}

function statusOf(value: string | undefined): PermissionAnswer['status'] {
  if (value === 'ACCEPTED') return 'accepted';
  if (value === 'DENIED') return 'denied';
  return 'not_answered';
}

/**
 * The answer a consent request carries, or undefined when it is not one of ours. A connection that
 * failed (a status code other than 200) counts as not answered.
 */
export function permissionAnswerOf(request: unknown): PermissionAnswer | undefined {
  const type = stringAt(request, 'type');
  if (type === 'SessionResumedRequest') {
    const cause = objectAt(request, 'cause');
    const result = objectAt(cause, 'result');
    const kind = kindOf(stringAt(cause, 'token'), stringAt(result, 'permissionScope'));
    if (!kind) return undefined;
    const ok = (stringAt(objectAt(cause, 'status'), 'code') ?? '200') === '200';
    return { kind, status: ok ? statusOf(stringAt(result, 'status')) : 'not_answered' };
  }
  if (type === 'Connections.Response') {
    const payload = objectAt(request, 'payload');
    const kind = kindOf(stringAt(request, 'token'), stringAt(payload, 'permissionScope'));
    return kind ? { kind, status: statusOf(stringAt(payload, 'status')) } : undefined;
  }
  return undefined;
}

/** The kinds the request reports granted (context.System.user.permissions.scopes). */
export function grantedPermissions(user: unknown): PermissionKind[] {
  const scopes = objectAt(objectAt(user, 'permissions'), 'scopes');
  if (!isRecord(scopes)) return [];
  return (Object.keys(PERMISSION_SCOPES) as PermissionKind[]).filter(
    (kind) => stringAt(objectAt(scopes, PERMISSION_SCOPES[kind]), 'status') === 'GRANTED',
  );
}
