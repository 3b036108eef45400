/**
 * `/api/...` on the dev server: the merchant API (the same code the merchant-api function runs),
 * behind the dev server's gate. A node:http request becomes an HTTP API payload 2.0 event and the
 * structured result becomes the HTTP answer.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The merchant API's handler. */
export type MerchantApiHandler = (
  event: APIGatewayProxyEventV2,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** The HTTP API event for a request and its body. */
export function toHttpApiEvent(request: IncomingMessage, raw: Buffer): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const method = request.method ?? 'GET';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: `local-${Date.now()}`,
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: raw.length > 0 ? raw.toString('utf8') : undefined,
    isBase64Encoded: false,
  };
}

/** Serves one merchant API request that passed the gate. */
export async function serveMerchantApi(
  request: IncomingMessage,
  response: ServerResponse,
  raw: Buffer,
  api: MerchantApiHandler,
): Promise<string> {
  const result = await api(toHttpApiEvent(request, raw));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  const body = result.body ?? '';
  response.writeHead(result.statusCode ?? 200, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(body);
  return `merchant API ${result.statusCode ?? 200}`;
}
