/**
 * DynamoDB Local, as every local command starts it (here: the one the test run's global setup
 * started), listens on the loopback address only: it answers on 127.0.0.1 and refuses connections
 * to this machine's other addresses, so no other host can read the local data.
 */
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { createDynamoClients } from '../../lambda/adapters/dynamodb/client';
import { testEndpoint } from '../support/dynamo';

const port = Number(new URL(testEndpoint()).port);

function connects(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** This machine's addresses other than loopback. */
const otherAddresses = Object.values(networkInterfaces())
  .flatMap((entries) => entries ?? [])
  .filter((entry) => !entry.internal && entry.family === 'IPv4')
  .map((entry) => entry.address);

it('answers on 127.0.0.1', async () => {
  const { client } = createDynamoClients({ region: 'us-east-1', endpoint: testEndpoint() });
  try {
    await expect(client.send(new ListTablesCommand({}))).resolves.toHaveProperty('TableNames');
  } finally {
    client.destroy();
  }
});

/** 127.0.0.1 as Linux lists it: an IPv4 socket, or an IPv6 one holding the IPv4-mapped address. */
const LOOPBACK_HEX = ['0100007F', '0000000000000000FFFF00000100007F'];

/** The addresses sockets listen on at the port, from Linux's socket table (undefined elsewhere). */
function listeningAddresses(): string[] | undefined {
  let table: string;
  try {
    table = readFileSync('/proc/net/tcp', 'utf8') + readFileSync('/proc/net/tcp6', 'utf8');
  } catch {
    return undefined;
  }
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  // State 0A is LISTEN; the local address is the second column, as <address hex>:<port hex>.
  return table
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
    .map((cols) => cols[1]!.split(':')[0]!);
}

it('refuses connections to every other address of this machine, and listens on 127.0.0.1 only', async () => {
  const listening = listeningAddresses();
  // At least one of the two kinds of evidence is there to be checked.
  expect(otherAddresses.length > 0 || listening !== undefined).toBe(true);
  for (const address of otherAddresses) expect([address, await connects(address)]).toEqual([address, false]);
  if (listening) {
    expect(listening.length).toBeGreaterThan(0);
    for (const address of listening) expect(LOOPBACK_HEX).toContain(address);
  }
});
