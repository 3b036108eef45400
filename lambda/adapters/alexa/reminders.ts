/**
 * Alexa's Reminders API from within a session: POST {apiEndpoint}/v1/alerts/reminders with the
 * request's apiAccessToken (the API takes reminders only from a session, with the shopper's
 * permission). An absolute reminder at a local time in the store's time zone, spoken and pushed to
 * the Alexa app. 401 or 403 means the permission is missing; anything else that is not 2xx, a
 * timeout or a network error is a failure; nothing is thrown. The token goes only to allowed hosts.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Logger } from '../../domain/ports';
import type { ReminderOutcome, ReminderRequest } from '../../conversation/turn';
import { objectAt, stringAt } from '../../conversation/state-readers';

/** Where reminders may be sent, and how long to wait. */
export interface ReminderOptions {
  readonly isAllowedEndpoint: (endpoint: URL) => boolean;
  readonly timeoutMs?: number;
  /** The request time stamped on each reminder (the clock of the tests). */
  readonly now?: () => Date;
}

/** The body of a reminder as the API takes it. */
export function reminderBody(reminder: ReminderRequest, requestTime: Date): Record<string, unknown> {
  return {
    requestTime: requestTime.toISOString(),
    trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: reminder.at, timeZoneId: reminder.timeZone },
    alertInfo: { spokenInfo: { content: [{ locale: reminder.locale, text: reminder.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/** The reminder maker for this request, or undefined when it carries no usable endpoint and token. */
export function reminderSender(
  envelope: RequestEnvelope,
  log: Logger,
  options: ReminderOptions,
): ((reminder: ReminderRequest) => Promise<ReminderOutcome>) | undefined {
  const system = objectAt(objectAt(envelope, 'context'), 'System');
  const endpoint = stringAt(system, 'apiEndpoint');
  const token = stringAt(system, 'apiAccessToken');
  if (!endpoint || !token || !URL.canParse(endpoint)) return undefined;
  const base = new URL(endpoint);
  if (!options.isAllowedEndpoint(base)) return undefined;
  const url = new URL('/v1/alerts/reminders', base);
  return async (reminder) => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(reminderBody(reminder, options.now?.() ?? new Date())),
        signal: AbortSignal.timeout(options.timeoutMs ?? 2000),
      });
      await response.body?.cancel();
      if (response.ok) return 'created';
      log.warn('alexa.reminder_refused', { status: response.status });
      return response.status === 401 || response.status === 403 ? 'no_permission' : 'failed';
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      log.warn('alexa.reminder_failed', { reason: name.slice(0, 40) });
      return 'failed';
    }
  };
}
