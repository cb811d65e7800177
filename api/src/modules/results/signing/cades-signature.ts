import { createHash, sign } from 'node:crypto';

import forge from 'node-forge';

import type { SigningCredentials } from './signing-credentials';

const { asn1 } = forge;
const { Class, Type } = asn1;

/** Object identifiers used below (RFC 5652, RFC 5035, RFC 4055, RFC 5758). */
const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

type Node = forge.asn1.Asn1;

function sequence(items: Node[]): Node {
  return asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
}

function set(items: Node[]): Node {
  return asn1.create(Class.UNIVERSAL, Type.SET, true, items);
}

function oid(value: string): Node {
  return asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(value).getBytes());
}

function octetString(bytes: Buffer): Node {
  return asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, bytes.toString('binary'));
}

function integer(value: number): Node {
  return asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(value).getBytes());
}

function contextTag(tag: number, items: Node[]): Node {
  return asn1.create(Class.CONTEXT_SPECIFIC, tag, true, items);
}

function fromDer(der: Buffer): Node {
  return asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
}

function toDer(node: Node): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}

/** Reads the issuer Name and serial number nodes of a DER certificate, with their original encoding. */
function issuerAndSerial(certificateDer: Buffer): { issuer: Node; serial: Node } {
  const tbs = (fromDer(certificateDer).value as Node[])[0].value as Node[];
  // The version field [0] is present in v2 and v3 certificates only.
  const offset = tbs[0].tagClass === Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: tbs[offset], issuer: tbs[offset + 2] };
}

function attribute(type: string, value: Node): Node {
  return sequence([oid(type), set([value])]);
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate into the signed data,
 * which PAdES baseline signatures require. The hash algorithm is left out because SHA-256 is its default.
 */
function signingCertificateV2(certificateDer: Buffer): Node {
  const { issuer, serial } = issuerAndSerial(certificateDer);
  const certHash = createHash('sha256').update(certificateDer).digest();
  const issuerSerial = sequence([sequence([contextTag(4, [issuer])]), serial]);
  return sequence([sequence([sequence([octetString(certHash), issuerSerial])])]);
}

/**
 * Encodes the signed attributes as a DER SET OF, sorted by encoding as DER requires, because
 * the signature covers exactly these bytes. PAdES baseline forbids the signing-time attribute:
 * the signing time goes in the signature dictionary's /M entry instead.
 */
function signedAttributes(content: Buffer, certificateDer: Buffer): Node[] {
  const digest = createHash('sha256').update(content).digest();
  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(digest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(certificateDer)),
  ];
  return attributes
    .map((node) => ({ node, der: toDer(node) }))
    .sort((a, b) => Buffer.compare(a.der, b.der))
    .map(({ node }) => node);
}

function signatureAlgorithm(credentials: SigningCredentials): Node {
  if (credentials.privateKey.asymmetricKeyType === 'ec') {
    return sequence([oid(OID.ecdsaWithSha256)]);
  }
  return sequence([oid(OID.sha256WithRsa), asn1.create(Class.UNIVERSAL, Type.NULL, false, '')]);
}

/**
 * Builds a detached CMS SignedData over `content` in the CAdES-BES form that PAdES baseline
 * B-B signatures use (SubFilter ETSI.CAdES.detached): SHA-256, the signed attributes content
 * type, message digest and signing-certificate-v2, and the certificate chain. Node's crypto
 * makes the signature itself, because forge's pure JavaScript RSA takes tens of milliseconds.
 */
export function createCadesSignature(content: Buffer, credentials: SigningCredentials): Buffer {
  const [signerDer] = credentials.certificateChain;
  const attributes = signedAttributes(content, signerDer);
  const signature = sign('sha256', toDer(set(attributes)), credentials.privateKey);
  const { issuer, serial } = issuerAndSerial(signerDer);
  const sha256 = sequence([oid(OID.sha256)]);

  const signerInfo = sequence([
    integer(1),
    sequence([issuer, serial]),
    sha256,
    contextTag(0, attributes),
    signatureAlgorithm(credentials),
    octetString(signature),
  ]);
  const signedData = sequence([
    integer(1),
    set([sha256]),
    sequence([oid(OID.data)]),
    contextTag(0, credentials.certificateChain.map(fromDer)),
    set([signerInfo]),
  ]);
  return toDer(sequence([oid(OID.signedData), contextTag(0, [signedData])]));
}
