/**
 * The HTTP API (payload format 2.0) around the action: headers lower-cased, the body decoded
 * (base64 when the API says so) and parsed, and the webhook's answer returned as JSON. A body that
 * is not JSON, or too large to be a webhook call, reaches the action as nothing: it answers with its
 * apology rather than an error page.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { GoogleAction } from './google-action';

/** Webhook calls are a few kilobytes; anything much larger is not one and is not parsed. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The parts of an HTTP API event the webhook reads (the rest of the event is ignored). */
export type HttpApiEvent = Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded' | 'headers'>;

function bodyOf(event: Partial<HttpApiEvent>): unknown {
  const raw = event.body;
  if (typeof raw !== 'string' || raw.length === 0) return undefined;
  const text = event.isBase64Encoded === true ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function headersOf(event: Partial<HttpApiEvent>): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  const given: unknown = event.headers;
  if (typeof given !== 'object' || given === null) return headers;
  for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
    if (typeof value === 'string') headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** Serves one HTTP API event with the action. Never throws. */
export async function handleHttpEvent(
  action: GoogleAction,
  event: Partial<HttpApiEvent> | undefined,
): Promise<APIGatewayProxyStructuredResultV2> {
  const safe = typeof event === 'object' && event !== null ? event : {};
  const result = await action.handle(bodyOf(safe), headersOf(safe));
  return {
    statusCode: result.status,
    headers: {
      ...result.headers,
      'content-type': 'application/json;charset=utf-8',
      'cache-control': 'no-store',
    },
    body: JSON.stringify(result.body),
  };
}
