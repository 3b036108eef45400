/**
 * Checks the certificate chain Alexa signs its HTTPS requests with: the first certificate is the
 * signing certificate, valid now and naming echo-api.amazon.com in its subject alternative names;
 * each certificate is issued and signed by the next, every issuer is a CA, all are within their
 * dates, and the last is a trusted root or is signed by one.
 */
import { X509Certificate } from 'node:crypto';

/** The host name the signing certificate must carry as a subject alternative name. */
export const ALEXA_SIGNING_HOST = 'echo-api.amazon.com';

/** Why a chain was refused. */
export type ChainProblem =
  | 'EMPTY_CHAIN'
  | 'UNREADABLE_CERTIFICATE'
  | 'CERTIFICATE_NOT_YET_VALID'
  | 'CERTIFICATE_EXPIRED'
  | 'WRONG_SUBJECT_ALT_NAME'
  | 'BROKEN_CHAIN'
  | 'UNTRUSTED_ROOT';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of a PEM bundle, in order; throws when one cannot be read. */
export function parsePemChain(pem: string): X509Certificate[] {
  return (pem.match(PEM_BLOCK) ?? []).map((block) => new X509Certificate(block));
}

function datesProblem(certificate: X509Certificate, now: Date): ChainProblem | undefined {
  const from = new Date(certificate.validFrom).getTime();
  const to = new Date(certificate.validTo).getTime();
  if (!(from <= now.getTime())) return 'CERTIFICATE_NOT_YET_VALID';
  if (!(now.getTime() <= to)) return 'CERTIFICATE_EXPIRED';
  return undefined;
}

function signedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
}

const sameCertificate = (a: X509Certificate, b: X509Certificate): boolean =>
  a.fingerprint256 === b.fingerprint256;

/** Undefined when the chain is acceptable for signing Alexa requests at `now`, else the problem. */
export function chainProblem(
  chain: readonly X509Certificate[],
  trustStore: readonly X509Certificate[],
  now: Date,
): ChainProblem | undefined {
  const signing = chain[0];
  if (!signing) return 'EMPTY_CHAIN';
  for (const certificate of chain) {
    const problem = datesProblem(certificate, now);
    if (problem) return problem;
  }
  if (signing.checkHost(ALEXA_SIGNING_HOST, { subject: 'never', wildcards: false }) !== ALEXA_SIGNING_HOST) {
    return 'WRONG_SUBJECT_ALT_NAME';
  }
  for (let i = 0; i + 1 < chain.length; i += 1) {
    const issuer = chain[i + 1]!;
    if (!issuer.ca || !signedBy(chain[i]!, issuer)) return 'BROKEN_CHAIN';
  }
  const top = chain[chain.length - 1]!;
  if (trustStore.some((root) => sameCertificate(root, top))) return undefined;
  const anchor = trustStore.find((root) => root.ca && signedBy(top, root));
  if (!anchor) return 'UNTRUSTED_ROOT';
  return datesProblem(anchor, now) ? 'UNTRUSTED_ROOT' : undefined;
}
