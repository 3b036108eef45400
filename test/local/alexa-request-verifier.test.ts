/**
 * Alexa HTTPS request verification with a test CA and signing certificate made in the test
 * (test-certificates.ts: node:crypto keys and signatures, a small DER writer; nothing kept in the
 * repository): a correctly signed request passes; a forged body, a wrong certificate URL, an expired
 * or misnamed certificate, an untrusted root and a stale timestamp are refused.
 */
import { sign, X509Certificate } from 'node:crypto';
import {
  createAlexaRequestVerifier,
  hasSignatureHeaders,
  type AlexaVerifierOptions,
} from '../../lambda/adapters/alexa-http/alexa-request-verifier';
import { validCertificateUrl } from '../../lambda/adapters/alexa-http/certificate-url';
import { makeAlexaChain, makeCertificate } from './support/test-certificates';

const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';
const DAY = 24 * 60 * 60 * 1000;
const chain = makeAlexaChain();

function body(timestamp = new Date()): Buffer {
  return Buffer.from(
    JSON.stringify({
      version: '1.0',
      request: { type: 'LaunchRequest', timestamp: timestamp.toISOString() },
    }),
  );
}

function headersFor(raw: Buffer, key = chain.signing.key, url = CERT_URL) {
  return { 'signature-256': sign('sha256', raw, key).toString('base64'), signaturecertchainurl: url };
}

function verifier(options: Partial<AlexaVerifierOptions> = {}) {
  const fetched: string[] = [];
  const instance = createAlexaRequestVerifier({
    trustStore: [new X509Certificate(chain.root.pem)],
    fetchCertificates: (url) => {
      fetched.push(url.href);
      return Promise.resolve(chain.chainPem);
    },
    ...options,
  });
  return { instance, fetched };
}

describe('Alexa request verification', () => {
  it('accepts a request signed by the certificate the URL names, and fetches the chain once', async () => {
    const { instance, fetched } = verifier();
    const raw = body();
    expect(await instance.verify(headersFor(raw), raw)).toEqual({ ok: true });
    const second = body();
    expect(await instance.verify(headersFor(second), second)).toEqual({ ok: true });
    expect(fetched).toEqual([CERT_URL]);
  });

  it('accepts the legacy SHA-1 Signature header', async () => {
    const raw = body();
    const headers = {
      signature: sign('sha1', raw, chain.signing.key).toString('base64'),
      signaturecertchainurl: CERT_URL,
    };
    expect(await verifier().instance.verify(headers, raw)).toEqual({ ok: true });
  });

  it('refuses a body changed after signing', async () => {
    const raw = body();
    const headers = headersFor(raw);
    const forged = Buffer.from(raw.toString('utf8').replace('LaunchRequest', 'IntentRequest'));
    expect(await verifier().instance.verify(headers, forged)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
  });

  it('refuses a signature made with another key', async () => {
    const raw = body();
    const other = makeCertificate({ commonName: 'intruder' });
    expect(await verifier().instance.verify(headersFor(raw, other.key), raw)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it.each([
    'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://notamazon.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem',
    'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem',
    'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem',
    'https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem',
  ])('refuses the certificate URL %s without fetching it', async (url) => {
    const { instance, fetched } = verifier();
    const raw = body();
    expect(await instance.verify(headersFor(raw, chain.signing.key, url), raw)).toEqual({
      ok: false,
      reason: 'INVALID_CERTIFICATE_URL',
    });
    expect(fetched).toEqual([]);
  });

  it.each([
    [
      'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
      'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    ],
    [
      'HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem',
      'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    ],
    [
      'https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem',
      'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    ],
    [
      'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem',
      'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    ],
    [
      'https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem',
      'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    ],
  ])('normalises the valid certificate URL %s', (url, normalised) => {
    expect(validCertificateUrl(url)?.href).toBe(normalised);
  });

  it('refuses an expired signing certificate', async () => {
    const expired = makeAlexaChain({
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const raw = body();
    const { instance } = verifier({
      trustStore: [new X509Certificate(expired.root.pem)],
      fetchCertificates: () => Promise.resolve(expired.chainPem),
    });
    expect(await instance.verify(headersFor(raw, expired.signing.key), raw)).toEqual({
      ok: false,
      reason: 'CERTIFICATE_EXPIRED',
    });
  });

  it('refuses a certificate that has since expired, though it was cached while valid', async () => {
    let now = new Date();
    const { instance } = verifier({ now: () => now });
    const raw = body(now);
    expect(await instance.verify(headersFor(raw), raw)).toEqual({ ok: true });
    now = new Date(Date.now() + 400 * DAY);
    const later = body(now);
    expect(await instance.verify(headersFor(later), later)).toEqual({
      ok: false,
      reason: 'CERTIFICATE_EXPIRED',
    });
  });

  it('refuses a certificate without echo-api.amazon.com among its names', async () => {
    const misnamed = makeAlexaChain({ dnsNames: ['echo-api.example.com'] });
    const raw = body();
    const { instance } = verifier({
      trustStore: [new X509Certificate(misnamed.root.pem)],
      fetchCertificates: () => Promise.resolve(misnamed.chainPem),
    });
    expect(await instance.verify(headersFor(raw, misnamed.signing.key), raw)).toEqual({
      ok: false,
      reason: 'WRONG_SUBJECT_ALT_NAME',
    });
  });

  it('refuses a chain that does not lead to a trusted root', async () => {
    const raw = body();
    const { instance } = verifier({
      trustStore: [new X509Certificate(makeCertificate({ commonName: 'Other', ca: true }).pem)],
    });
    expect(await instance.verify(headersFor(raw), raw)).toEqual({ ok: false, reason: 'UNTRUSTED_ROOT' });
    const selfSigned = makeCertificate({
      commonName: 'echo-api.amazon.com',
      dnsNames: ['echo-api.amazon.com'],
    });
    const alone = verifier({ fetchCertificates: () => Promise.resolve(selfSigned.pem) }).instance;
    expect(await alone.verify(headersFor(raw, selfSigned.key), raw)).toEqual({
      ok: false,
      reason: 'UNTRUSTED_ROOT',
    });
  });

  it('refuses a timestamp more than 150 seconds away, either way', async () => {
    const { instance } = verifier();
    for (const offset of [-151_000, 151_000]) {
      const raw = body(new Date(Date.now() + offset));
      expect(await instance.verify(headersFor(raw), raw)).toEqual({ ok: false, reason: 'STALE_TIMESTAMP' });
    }
    const recent = body(new Date(Date.now() - 140_000));
    expect(await instance.verify(headersFor(recent), recent)).toEqual({ ok: true });
  });

  it('refuses a request without a timestamp, half the headers, or a chain it cannot get', async () => {
    const raw = Buffer.from(JSON.stringify({ request: { type: 'LaunchRequest' } }));
    expect(await verifier().instance.verify(headersFor(raw), raw)).toEqual({
      ok: false,
      reason: 'MISSING_TIMESTAMP',
    });
    const headers = headersFor(raw);
    expect(hasSignatureHeaders({ signaturecertchainurl: CERT_URL })).toBe(true);
    expect(
      await verifier().instance.verify({ signaturecertchainurl: headers.signaturecertchainurl }, raw),
    ).toEqual({
      ok: false,
      reason: 'MISSING_SIGNATURE_HEADERS',
    });
    const failing = verifier({ fetchCertificates: () => Promise.reject(new Error('offline')) }).instance;
    expect(await failing.verify(headersFor(raw), raw)).toEqual({
      ok: false,
      reason: 'CERTIFICATE_UNAVAILABLE',
    });
  });
});
