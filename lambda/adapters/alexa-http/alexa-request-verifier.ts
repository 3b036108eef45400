/**
 * Verifies a request Alexa sent to a skill hosted as an HTTPS web service: the certificate URL
 * rules, the signing certificate chain to a trusted root, the signature over the raw body
 * (Signature-256 with SHA-256, or the legacy Signature with SHA-1), and a request timestamp within
 * 150 seconds of now. Downloaded chains are cached per URL; dates are checked on every request.
 */
import { verify as verifySignature, type X509Certificate } from 'node:crypto';
import { chainProblem, parsePemChain, type ChainProblem } from './certificate-chain';
import { httpsCertificateFetcher, systemTrustStore, type CertificateFetcher } from './certificate-source';
import { validCertificateUrl } from './certificate-url';

/** Alexa's tolerance on the request timestamp, in seconds. */
export const ALEXA_TIMESTAMP_TOLERANCE_SECONDS = 150;

/** Request headers as Node gives them (names in lower case). */
export type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Why a request was refused. */
export type VerificationFailure =
  | ChainProblem
  | 'MISSING_SIGNATURE_HEADERS'
  | 'INVALID_CERTIFICATE_URL'
  | 'CERTIFICATE_UNAVAILABLE'
  | 'BAD_SIGNATURE'
  | 'MALFORMED_BODY'
  | 'MISSING_TIMESTAMP'
  | 'STALE_TIMESTAMP';

/** The verdict on one request. */
export type VerificationResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: VerificationFailure };

/** What the verifier runs on; every part is replaceable for tests. */
export interface AlexaVerifierOptions {
  readonly trustStore?: readonly X509Certificate[];
  readonly fetchCertificates?: CertificateFetcher;
  readonly now?: () => Date;
  readonly toleranceSeconds?: number;
}

/** Checks Alexa's HTTPS requests. */
export interface AlexaRequestVerifier {
  verify(headers: HeaderBag, rawBody: Buffer): Promise<VerificationResult>;
}

const MAX_CACHED_CHAINS = 16;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name];
  const first = typeof value === 'string' ? value : value?.[0];
  return first && first.trim() !== '' ? first.trim() : undefined;
}

/** True when the request carries any of Alexa's signature headers (then it must verify). */
export function hasSignatureHeaders(headers: HeaderBag): boolean {
  return ['signature-256', 'signature', 'signaturecertchainurl'].some((name) => header(headers, name));
}

function timestampOf(rawBody: Buffer): number | 'MALFORMED_BODY' | undefined {
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return 'MALFORMED_BODY';
  }
  const request = (body as { request?: { timestamp?: unknown } } | null)?.request;
  const stamp = request?.timestamp;
  const at = typeof stamp === 'string' ? Date.parse(stamp) : typeof stamp === 'number' ? stamp : NaN;
  return Number.isFinite(at) ? at : undefined;
}

function signatureMatches(
  algorithm: 'sha256' | 'sha1',
  rawBody: Buffer,
  signing: X509Certificate,
  signature: string,
): boolean {
  try {
    return verifySignature(algorithm, rawBody, signing.publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

const fail = (reason: VerificationFailure): VerificationResult => ({ ok: false, reason });

/** Builds a verifier: the system's roots and an HTTPS download unless told otherwise. */
export function createAlexaRequestVerifier(options: AlexaVerifierOptions = {}): AlexaRequestVerifier {
  const fetchChain = options.fetchCertificates ?? httpsCertificateFetcher();
  const now = options.now ?? (() => new Date());
  const tolerance = (options.toleranceSeconds ?? ALEXA_TIMESTAMP_TOLERANCE_SECONDS) * 1000;
  const cache = new Map<string, X509Certificate[]>();

  async function chainAt(url: URL): Promise<X509Certificate[] | undefined> {
    const cached = cache.get(url.href);
    if (cached) return cached;
    try {
      const chain = parsePemChain(await fetchChain(url));
      if (cache.size >= MAX_CACHED_CHAINS) cache.delete(cache.keys().next().value!);
      cache.set(url.href, chain);
      return chain;
    } catch {
      return undefined;
    }
  }

  return {
    async verify(headers, rawBody) {
      const sha256 = header(headers, 'signature-256');
      const signature = sha256 ?? header(headers, 'signature');
      const certUrl = header(headers, 'signaturecertchainurl');
      if (!signature || !certUrl) return fail('MISSING_SIGNATURE_HEADERS');
      const url = validCertificateUrl(certUrl);
      if (!url) return fail('INVALID_CERTIFICATE_URL');
      const chain = await chainAt(url);
      if (!chain) return fail('CERTIFICATE_UNAVAILABLE');
      const at = now();
      const problem = chainProblem(chain, options.trustStore ?? systemTrustStore(), at);
      if (problem) return fail(problem);
      if (!signatureMatches(sha256 ? 'sha256' : 'sha1', rawBody, chain[0]!, signature)) {
        return fail('BAD_SIGNATURE');
      }
      const timestamp = timestampOf(rawBody);
      if (timestamp === 'MALFORMED_BODY') return fail('MALFORMED_BODY');
      if (timestamp === undefined) return fail('MISSING_TIMESTAMP');
      if (Math.abs(at.getTime() - timestamp) > tolerance) return fail('STALE_TIMESTAMP');
      return { ok: true };
    },
  };
}
