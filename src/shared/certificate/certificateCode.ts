import { sha256 } from '@noble/hashes/sha2.js';

/**
 * The verification code of a certificate of participation: 50 bits of SHA-256 over what the certificate
 * states (course id and edition, completion date, the learner's name), written as ten characters of
 * Crockford's base 32 in two groups, e.g. "7KQ2M-XD4TA".
 *
 * It is a checksum, not a signature: no secret goes into it, because a static bundle cannot keep one.
 * It shows that name, date and edition were not changed after the course made the page, and that they
 * belong to this course; it cannot show who took the course (see the admin guide).
 * SHA-256 comes from a library because Web Crypto is missing on plain-HTTP intranets.
 */
export interface CertificateFacts {
  courseId: string;
  version: string;
  /** YYYY-MM-DD. */
  completedOn: string;
  name: string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DOMAIN = 'wachsam-certificate/1';

/** A name as it is compared: Unicode-normalised, spaces collapsed, case ignored ("  ERIKA  Müller" = "Erika Müller"). */
export function normalName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function certificateCode(facts: CertificateFacts): string {
  const text = [DOMAIN, facts.courseId, facts.version, facts.completedOn, normalName(facts.name)].join('\n');
  const digest = sha256(new TextEncoder().encode(text));
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < 10) {
      bits -= 5;
      code += ALPHABET[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
    if (code.length === 10) break;
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A code as typed by a person checking a certificate: case, spaces and hyphens ignored, and the letters
 * Crockford's alphabet leaves out read as the digits they look like (O as 0, I and L as 1).
 * Undefined when it cannot be a code.
 */
export function readCode(typed: string): string | undefined {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(plain)) return undefined;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}
