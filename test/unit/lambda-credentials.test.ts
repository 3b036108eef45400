/**
 * The credentials the bundles use in place of the SDK's default chain: exactly the Lambda
 * environment's, and a clear refusal when the environment has none.
 */
import { defaultProvider } from '../../lambda/adapters/system/lambda-credentials';

const KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

afterEach(() => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

it('reads the access key, secret and session token Lambda puts in the environment', async () => {
  process.env.AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'secret-example';
  process.env.AWS_SESSION_TOKEN = 'session-example';
  await expect(defaultProvider()()).resolves.toMatchObject({
    accessKeyId: 'ASIAEXAMPLE',
    secretAccessKey: 'secret-example',
    sessionToken: 'session-example',
  });
});

it('refuses when the environment holds no credentials, instead of looking elsewhere', async () => {
  for (const key of KEYS) delete process.env[key];
  await expect(defaultProvider()()).rejects.toThrow(/environment/i);
});
