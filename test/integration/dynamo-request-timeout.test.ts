/**
 * The DynamoDB client enforces its request timeout: a database that accepts the connection and then
 * never answers (a stalled socket) makes the request fail once the timeout has passed, instead of
 * leaving the caller waiting (the SDK only warns unless told to throw).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createDynamoClients } from '../../lambda/adapters/dynamodb/client';

let server: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  // Reads every request and never writes a byte back.
  server = createServer((socket) => {
    sockets.push(socket);
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

it('fails a request whose answer never comes once the timeout has passed', async () => {
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { doc, client } = createDynamoClients({
    region: 'us-east-1',
    endpoint,
    requestTimeoutMs: 300,
    maxAttempts: 1,
  });
  const never = new Promise<string>((resolve) => setTimeout(() => resolve('still waiting'), 5000).unref());
  try {
    const outcome = await Promise.race([
      doc.send(new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } })).then(
        () => 'answered',
        (error: unknown) => (error as { name?: string }).name ?? 'failed',
      ),
      never,
    ]);
    expect(outcome).toMatch(/Timeout/i);
  } finally {
    client.destroy();
  }
  expect(sockets.length).toBeGreaterThan(0);
});
