/**
 * The merchant API's HTTP vocabulary: routes, checked bodies, JSON responses, errors as
 * `{ error, message }`, and the mapping from domain refusals to status codes.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod';
import { isDomainError } from '../../domain/errors';

/** An error the API answers with a status code and a sentence for the merchant's developer. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** What answers one resource and method: the path's parameters and the request. */
export type Handle = (
  params: string[],
  event: APIGatewayProxyEventV2,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** One resource and method: the path pattern (its groups are the parameters) and what answers it. */
export type Route = readonly [method: string, path: RegExp, handle: Handle];

/** The value when it fits the schema; otherwise a 400 naming each bad field. */
export function validated<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new HttpError(400, 'INVALID_INPUT', problems);
  }
  return parsed.data;
}

/** A JSON response. */
export function json(status: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify(body),
  };
}

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  PRODUCT_NOT_FOUND: 404,
  ORDER_NOT_FOUND: 404,
  ILLEGAL_TRANSITION: 409,
  ORDER_NOT_CANCELLABLE: 409,
  ORDER_NOT_AMENDABLE: 409,
  INVALID_INPUT: 400,
  STORE_NOT_CONFIGURED: 409,
};

/** The response for an error: HttpError and domain refusals as 4xx, anything else as a bare 500. */
export function errorResponse(error: unknown): APIGatewayProxyStructuredResultV2 {
  if (error instanceof HttpError) return json(error.status, { error: error.error, message: error.message });
  if (isDomainError(error)) {
    return json(STATUS_BY_CODE[error.code] ?? 422, {
      error: error.code,
      message: error.message,
      details: error.details,
    });
  }
  return json(500, { error: 'INTERNAL', message: 'Something went wrong; it has been logged.' });
}

/** Parses a JSON request body, refusing a missing or malformed one. */
export function parseBody(body: string | undefined, isBase64Encoded: boolean | undefined): unknown {
  if (!body) throw new HttpError(400, 'BAD_REQUEST', 'A JSON body is required.');
  try {
    return JSON.parse(isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body) as unknown;
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The body is not valid JSON.');
  }
}
