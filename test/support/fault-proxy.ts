/**
 * A loopback proxy in front of DynamoDB Local that misbehaves on request, as a real network and a
 * real database do: it stalls (accepts a request and never answers), drops the connection, answers
 * with throttling, or forwards the request, lets DynamoDB Local commit it, and replaces the answer
 * with a 500. Faults are chosen per DynamoDB operation and counted down; everything else is
 * forwarded untouched to the real database.
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the proxy does to a request. */
export type Fault = 'stall' | 'drop' | 'throttle' | 'error-after-commit';

/** A fault for the next `times` calls of an operation ("TransactWriteItems", "GetItem", ...). */
export interface FaultRule {
  readonly operation: string;
  readonly fault: Fault;
  readonly times: number;
}

/** A running proxy. */
export interface FaultProxy {
  /** Where to point a DynamoDB client. */
  readonly endpoint: string;
  inject(rule: FaultRule): void;
  /** Removes every fault not yet used. */
  clear(): void;
  /** How many requests got a fault, by operation. */
  readonly faulted: Map<string, number>;
  close(): Promise<void>;
}

const errorBody = (type: string, message: string) =>
  JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });

function answer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** Starts the proxy in front of `target` (DynamoDB Local's endpoint). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const rules: { operation: string; fault: Fault; left: number }[] = [];
  const faulted = new Map<string, number>();
  const sockets = new Set<Socket>();

  const pass = (
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const out = forward(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      const rule = rules.find((r) => r.operation === operation && r.left > 0);
      if (rule) {
        rule.left -= 1;
        faulted.set(operation, (faulted.get(operation) ?? 0) + 1);
      }
      void (async () => {
        switch (rule?.fault) {
          case 'stall':
            return; // Never answered: the client's timeout must end it.
          case 'drop':
            req.socket.destroy();
            return;
          case 'throttle':
            return answer(
              res,
              400,
              errorBody('ThrottlingException', 'Rate of requests exceeds the allowed throughput.'),
            );
          case 'error-after-commit':
            await pass(req, body);
            return answer(res, 500, errorBody('InternalServerError', 'Internal server error'));
          case undefined: {
            const result = await pass(req, body);
            res.writeHead(result.status, result.headers);
            res.end(result.body);
          }
        }
      })().catch(() => req.socket.destroy());
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    inject: (rule) => rules.push({ operation: rule.operation, fault: rule.fault, left: rule.times }),
    clear: () => (rules.length = 0),
    faulted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
