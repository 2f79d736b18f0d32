import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificateCode, normalName, readCode } from '../../src/shared/certificate/certificateCode.ts';

const FACTS = { courseId: 'wachsam', version: '2026.1', completedOn: '2026-12-01', name: 'Erika Mustermann' };

/** The code computed another way: Node's own SHA-256 and base 32 from a bit string. */
function reference(facts: typeof FACTS): string {
  const text = ['wachsam-certificate/1', facts.courseId, facts.version, facts.completedOn, facts.name.trim().toLowerCase()].join('\n');
  const bits = [...createHash('sha256').update(text, 'utf8').digest()].map((byte) => byte.toString(2).padStart(8, '0')).join('');
  const code = Array.from({ length: 10 }, (_, index) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[Number.parseInt(bits.slice(index * 5, index * 5 + 5), 2)]).join('');
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

describe('certificateCode', () => {
  it('is 50 bits of SHA-256 over course, edition, date and name, in Crockford base 32', () => {
    expect(certificateCode(FACTS)).toBe(reference(FACTS));
    for (let day = 1; day <= 28; day++) {
      const facts = { ...FACTS, completedOn: `2027-02-${String(day).padStart(2, '0')}`, name: `Person ${day}` };
      expect(certificateCode(facts)).toBe(reference(facts));
    }
    expect(certificateCode(FACTS)).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('changes with every fact it binds', () => {
    const code = certificateCode(FACTS);
    expect(certificateCode({ ...FACTS, name: 'Erika Musterfrau' })).not.toBe(code);
    expect(certificateCode({ ...FACTS, completedOn: '2026-12-02' })).not.toBe(code);
    expect(certificateCode({ ...FACTS, version: '2026.2' })).not.toBe(code);
    expect(certificateCode({ ...FACTS, courseId: 'other' })).not.toBe(code);
  });

  it('ignores case, spacing and Unicode composition of the name, but not accents', () => {
    const code = certificateCode({ ...FACTS, name: 'Zoë Müller' });
    expect(certificateCode({ ...FACTS, name: '  ZOË   müller ' })).toBe(code);
    expect(certificateCode({ ...FACTS, name: 'Zoe\u0308 Mu\u0308ller' }), 'decomposed umlauts').toBe(code);
    expect(certificateCode({ ...FACTS, name: 'Zoe Müller' })).not.toBe(code);
    expect(normalName('\tAnna\u00a0 Schmidt\n')).toBe('anna schmidt');
  });
});

describe('readCode', () => {
  it('reads a code as a person types it, and refuses what cannot be one', () => {
    expect(readCode('7kq2m xd4ta')).toBe('7KQ2M-XD4TA');
    expect(readCode('7KQ2M-XD4TA')).toBe('7KQ2M-XD4TA');
    expect(readCode('OIL00-00000'), 'O, I and L read as 0 and 1').toBe('01100-00000');
    for (const bad of ['', '7KQ2M', '7KQ2M-XD4TAA', '7KQ2M-XD4TU', '7KQ2M_XD4TA!']) expect(readCode(bad), bad).toBeUndefined();
  });
});
