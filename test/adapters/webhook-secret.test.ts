/**
 * The webhook secret source: the real Secrets Manager client against a local HTTP endpoint that
 * speaks its JSON protocol, to check the secret is read once per container and a failed read is
 * retried on the next call.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSecretSource } from '../../lambda/adapters/webhooks/webhook-secret';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:webhook-AbCdEf';
const calls: { target?: string; body: string }[] = [];
const answers: number[] = [];
let server: Server;
let client: SecretsManagerClient;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      calls.push({ target: req.headers['x-amz-target'] as string | undefined, body });
      const code = answers.shift() ?? 200;
      res.writeHead(code, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(
        code === 200
          ? JSON.stringify({ ARN, Name: 'webhook', SecretString: 'from-secrets-manager', VersionId: 'v1' })
          : JSON.stringify({ __type: 'InternalServiceError', message: 'try later' }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new SecretsManagerClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
});

beforeEach(() => {
  calls.length = 0;
  answers.length = 0;
});

afterAll(async () => {
  client.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('webhook secret source', () => {
  it('reads the secret by ARN once and keeps it for the container', async () => {
    const secret = createSecretSource({ secretArn: ARN, region: 'us-east-1', client });

    expect(await Promise.all([secret(), secret()])).toEqual(['from-secrets-manager', 'from-secrets-manager']);
    expect(await secret()).toBe('from-secrets-manager');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.target).toBe('secretsmanager.GetSecretValue');
    expect(JSON.parse(calls[0]!.body)).toEqual({ SecretId: ARN });
  });

  it('does not keep a failed read: the next call reads again', async () => {
    answers.push(500);
    const secret = createSecretSource({ secretArn: ARN, region: 'us-east-1', client });

    await expect(secret()).rejects.toThrow();
    expect(await secret()).toBe('from-secrets-manager');
    expect(calls).toHaveLength(2);
  });

  it('uses a secret given directly without calling Secrets Manager', async () => {
    const secret = createSecretSource({
      secret: 'local-secret',
      secretArn: ARN,
      region: 'us-east-1',
      client,
    });

    expect(await secret()).toBe('local-secret');
    expect(calls).toHaveLength(0);
  });

  it('refuses to run without a secret, so events are never sent unsigned', () => {
    expect(() => createSecretSource({ region: 'us-east-1' })).toThrow(/MERCHANT_WEBHOOK_SECRET/);
  });
});
