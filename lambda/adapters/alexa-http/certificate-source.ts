/**
 * Where the verifier gets certificates: the system's trusted roots (Node's bundled Mozilla store)
 * and the signing chain downloaded from an already validated URL, with a timeout, no redirects and
 * a size limit. Both are injectable so tests can use their own CA.
 */
import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';

/** Downloads the PEM chain at a validated certificate URL. */
export type CertificateFetcher = (url: URL) => Promise<string>;

/** A chain is a few kilobytes; anything much larger is not one. */
const MAX_CHAIN_BYTES = 64 * 1024;

let systemRoots: readonly X509Certificate[] | undefined;

/** The root certificates Node trusts (read once). */
export function systemTrustStore(): readonly X509Certificate[] {
  systemRoots ??= rootCertificates.map((pem) => new X509Certificate(pem));
  return systemRoots;
}

/** Fetches a certificate chain over HTTPS, refusing redirects, slow answers and oversized bodies. */
export function httpsCertificateFetcher(timeoutMs = 3000): CertificateFetcher {
  return async (url) => {
    const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`certificate download failed with status ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_CHAIN_BYTES) {
      await response.body?.cancel();
      throw new Error('certificate chain too large');
    }
    const body = await response.text();
    if (Buffer.byteLength(body) > MAX_CHAIN_BYTES) throw new Error('certificate chain too large');
    return body;
  };
}
