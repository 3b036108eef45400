/**
 * The Google-Assistant-Signature check: aws-jwt-verify against Google's issuer and the project id,
 * with the public keys from an injected key source (offline). A valid token is served; a forged,
 * expired, foreign or missing one is refused before the conversation runs; no keys means 503.
 * Also the HTTP API (payload 2.0) layer around it: header case, base64 bodies, JSON out.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { buildGoogleAction } from '../../lambda/adapters/google/google-action';
import { handleHttpEvent } from '../../lambda/adapters/google/http-event';
import { createSignatureVerifier, GOOGLE_JWKS_URI } from '../../lambda/adapters/google/signature-verifier';
import { asResponse, googleFixture, spoken } from '../support/google-requests';
import { googleClaims, signingKey, signToken, TestKeySource } from '../support/google-signing';
import { createGoogleStack, type GoogleStack } from '../support/google-stack';
import { buildConversation } from '../../lambda/conversation/core';

const PROJECT = 'corner-market-voice';
const google = signingKey('google-key-1');
const impostor = signingKey('google-key-1');
const keys = new TestKeySource([google]);
const verifier = createSignatureVerifier({ projectId: PROJECT, keySource: keys });
let stack: GoogleStack;

beforeAll(async () => {
  stack = await createGoogleStack({ verifier });
});

afterAll(async () => {
  await stack.drop();
});

async function itemCount(): Promise<number> {
  const { table } = stack.backend;
  const result = await table.doc.send(new ScanCommand({ TableName: table.tableName, Select: 'COUNT' }));
  return result.Count ?? 0;
}

describe('the signature verifier', () => {
  it('accepts a token Google signed for this project, fetching the keys once from the JWKS URI', async () => {
    expect(await verifier.verify(signToken(google, googleClaims(PROJECT)))).toBe('valid');
    expect(await verifier.verify(signToken(google, googleClaims(PROJECT)))).toBe('valid');
    expect(keys.fetched).toEqual([GOOGLE_JWKS_URI]);
  });

  it.each([
    ['forged with another key under the same key id', () => signToken(impostor, googleClaims(PROJECT))],
    ['expired', () => signToken(google, googleClaims(PROJECT, { exp: Math.floor(Date.now() / 1000) - 60 }))],
    ['for another project', () => signToken(google, googleClaims('someone-elses-action'))],
    ['from another issuer', () => signToken(google, googleClaims(PROJECT, { iss: 'https://evil.example' }))],
    ['without an expiry', () => signToken(google, googleClaims(PROJECT, { exp: undefined }))],
    ['with a tampered payload', () => signToken(google, googleClaims(PROJECT)).replace(/\.[^.]+\./, '.e30.')],
    ['not a JWT', () => 'not-a-jwt'],
    ['missing', () => undefined],
  ])('refuses a token %s', async (_, token) => {
    expect(await verifier.verify(token())).toBe('invalid');
  });

  it('says unavailable, not invalid, when the keys cannot be fetched', async () => {
    const source = new TestKeySource([google]);
    source.down = true;
    const cut = createSignatureVerifier({ projectId: PROJECT, keySource: source });
    expect(await cut.verify(signToken(google, googleClaims(PROJECT)))).toBe('unavailable');
  });
});

describe('the action behind the signature check', () => {
  const signed = (token: string) => ({ 'google-assistant-signature': token });

  it('serves a signed request', async () => {
    const response = asResponse(
      await stack.action.handle(
        googleFixture('main-invocation'),
        signed(signToken(google, googleClaims(PROJECT))),
      ),
    );
    expect(response.status).toBe(200);
    expect(spoken(response)).toMatch(/^Welcome to Corner Market\./);
  });

  it('refuses forged, expired and foreign tokens with 401 before any turn', async () => {
    const itemsBefore = await itemCount();
    const before = stack.log.events('google.signature_refused').length;
    for (const token of [
      signToken(impostor, googleClaims(PROJECT)),
      signToken(google, googleClaims(PROJECT, { exp: Math.floor(Date.now() / 1000) - 1 })),
      signToken(google, googleClaims('another-project')),
    ]) {
      const response = await stack.action.handle(googleFixture('custom-intent'), signed(token));
      expect(response).toMatchObject({ status: 401, body: { error: 'invalid' } });
    }
    expect(await stack.action.handle(googleFixture('main-invocation'), {})).toMatchObject({ status: 401 });
    expect(stack.log.events('google.signature_refused').length - before).toBe(4);
    // Nothing reached the conversation: the refused add-to-cart wrote nothing.
    expect(await itemCount()).toBe(itemsBefore);
  });

  it('answers 503 when Google keys cannot be had', async () => {
    const source = new TestKeySource([google]);
    source.down = true;
    const action = buildGoogleAction(buildConversation(stack.backend.services), {
      log: stack.log,
      verifier: createSignatureVerifier({ projectId: PROJECT, keySource: source }),
    });
    const response = await action.handle(
      googleFixture('main-invocation'),
      signed(signToken(google, googleClaims(PROJECT))),
    );
    expect(response).toMatchObject({ status: 503, body: { error: 'unavailable' } });
  });
});

describe('the HTTP API event', () => {
  const token = () => signToken(google, googleClaims(PROJECT));

  it('reads any header case and a base64 body, and answers JSON', async () => {
    const body = Buffer.from(JSON.stringify(googleFixture('main-invocation'))).toString('base64');
    const result = await handleHttpEvent(stack.action, {
      headers: { 'Google-Assistant-Signature': token(), 'Content-Type': 'application/json' },
      body,
      isBase64Encoded: true,
    });
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toMatch(/^application\/json/);
    const parsed = JSON.parse(result.body!) as { prompt: { firstSimple: { text: string } } };
    expect(parsed.prompt.firstSimple.text).toMatch(/^Welcome to Corner Market\./);
  });

  it('answers a signed request whose body is not JSON with the apology, and no event at all with 401', async () => {
    const result = await handleHttpEvent(stack.action, {
      headers: { 'google-assistant-signature': token() },
      body: '{oops',
    });
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body!)).toMatchObject({
      prompt: { firstSimple: { text: expect.stringMatching(/^Sorry, something went wrong/) as unknown } },
    });
    expect((await handleHttpEvent(stack.action, undefined)).statusCode).toBe(401);
  });
});
