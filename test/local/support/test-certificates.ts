/**
 * Test helper: X.509 certificates made in the test with node:crypto (keys, signatures) and a small
 * DER writer, so the tests control every field (validity dates, subject alternative names, CA
 * flags) and no private key is kept in the repository. Used to play Alexa's signing chain: a test
 * root CA and a leaf certificate for echo-api.amazon.com.
 */
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

const tlv = (tag: number, content: Buffer): Buffer => {
  const n = content.length;
  const length =
    n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
};
const seq = (...parts: Buffer[]): Buffer => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]): Buffer => tlv(0x31, Buffer.concat(parts));
const bool = (value: boolean): Buffer => tlv(0x01, Buffer.from([value ? 0xff : 0x00]));
const octets = (content: Buffer): Buffer => tlv(0x04, content);
const bits = (content: Buffer, unused = 0): Buffer =>
  tlv(0x03, Buffer.concat([Buffer.from([unused]), content]));
const utf8 = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'));
const NULL = Buffer.from([0x05, 0x00]);

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes = [a! * 40 + b!];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let v = arc >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function time(at: Date): Buffer {
  const iso = at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const year = at.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`))
    : tlv(0x18, Buffer.from(`${iso}Z`));
}

const name = (commonName: string): Buffer => seq(set(seq(oid('2.5.4.3'), utf8(commonName))));
const SHA256_WITH_RSA = seq(oid('1.2.840.113549.1.1.11'), NULL);
const extension = (id: string, critical: boolean, value: Buffer): Buffer =>
  seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));

/** A certificate and the private key of its subject. */
export interface TestCertificate {
  readonly pem: string;
  readonly key: KeyObject;
}

/** What to put in a certificate. */
export interface CertificateSpec {
  readonly commonName: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** DNS subject alternative names. */
  readonly dnsNames?: readonly string[];
  readonly ca?: boolean;
  /** Signs with this issuer; self-signed when unset. */
  readonly issuer?: { readonly commonName: string; readonly key: KeyObject };
}

const DAY = 24 * 60 * 60 * 1000;

/** Makes an RSA-2048 certificate, valid from yesterday for a year unless the spec says otherwise. */
export function makeCertificate(spec: CertificateSpec): TestCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const serial = randomBytes(8);
  // Positive, with a first byte that is never 0: DER wants an integer's shortest form, and a serial
  // starting with a needless 0 byte made the verifier refuse the chain about once in 128 certificates.
  serial[0] = (serial[0]! & 0x3f) | 0x40;
  const extensions = [
    extension('2.5.29.19', true, spec.ca ? seq(bool(true)) : seq()),
    extension('2.5.29.15', true, spec.ca ? bits(Buffer.from([0x06]), 1) : bits(Buffer.from([0x80]), 7)),
    ...(spec.dnsNames?.length
      ? [extension('2.5.29.17', false, seq(...spec.dnsNames.map((dns) => tlv(0x82, Buffer.from(dns)))))]
      : []),
  ];
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, serial),
    SHA256_WITH_RSA,
    name(spec.issuer?.commonName ?? spec.commonName),
    seq(
      time(spec.notBefore ?? new Date(Date.now() - DAY)),
      time(spec.notAfter ?? new Date(Date.now() + 365 * DAY)),
    ),
    name(spec.commonName),
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, seq(...extensions)),
  );
  const signature = sign('sha256', tbs, spec.issuer?.key ?? privateKey);
  const der = seq(tbs, SHA256_WITH_RSA, bits(signature));
  const body = der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  return { pem: `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`, key: privateKey };
}

/** A test root CA and an Alexa-like signing certificate it issued. */
export function makeAlexaChain(leaf: Partial<CertificateSpec> = {}): {
  readonly root: TestCertificate;
  readonly signing: TestCertificate;
  readonly chainPem: string;
} {
  const root = makeCertificate({ commonName: 'Test Root CA', ca: true });
  const signing = makeCertificate({
    commonName: 'echo-api.amazon.com',
    dnsNames: ['echo-api.amazon.com'],
    issuer: { commonName: 'Test Root CA', key: root.key },
    ...leaf,
  });
  return { root, signing, chainPem: signing.pem + root.pem };
}
