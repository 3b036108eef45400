/**
 * The rules Alexa's HTTPS protocol sets for the SignatureCertChainUrl header: https, host
 * s3.amazonaws.com, port 443 (or none), and a path under /echo.api/ once normalised (so
 * "/echo.api/../echo.api/x.pem" passes and "/EcHo.aPi/x.pem" does not). Nothing is fetched from a
 * URL that breaks them.
 */

/** Where Alexa's signing certificates live. */
export const ALEXA_CERTIFICATE_HOST = 's3.amazonaws.com';
/** The path every Alexa certificate URL starts with (case-sensitive). */
export const ALEXA_CERTIFICATE_PATH_PREFIX = '/echo.api/';

/**
 * The certificate URL normalised (scheme and host lowercased, default port and dot segments
 * removed), or undefined when it breaks a rule.
 */
export function validCertificateUrl(raw: string): URL | undefined {
  if (!URL.canParse(raw.trim())) return undefined;
  const url = new URL(raw.trim());
  // WHATWG URL parsing lowercases the scheme and host, resolves "." and ".." segments (encoded
  // ones too) and drops port 443 for https, so the checks below see the URL as it will be fetched.
  if (url.protocol !== 'https:') return undefined;
  if (url.hostname !== ALEXA_CERTIFICATE_HOST) return undefined;
  if (url.port !== '') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (!url.pathname.startsWith(ALEXA_CERTIFICATE_PATH_PREFIX)) return undefined;
  return url;
}
