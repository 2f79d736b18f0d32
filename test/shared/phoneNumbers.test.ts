import { describe, expect, it } from 'vitest';
import { keepPhoneNumbersTogether } from '../../src/shared/phoneNumbers.ts';

describe('keepPhoneNumbersTogether', () => {
  it('joins the parts of a phone number and nothing else', () => {
    expect(keepPhoneNumbersTogether('Telefon 0123 456-710, isb@example.org')).toBe('Telefon 0123\u00a0456\u2011710, isb@example.org');
    expect(keepPhoneNumbersTogether('call +49 123 456-799 now')).toBe('call +49\u00a0123\u00a0456\u2011799 now');
    expect(keepPhoneNumbersTogether('IT-Service-Desk, 2023-2024, Raum 2.14, 7 bis 17 Uhr')).toBe('IT-Service-Desk, 2023-2024, Raum 2.14, 7 bis 17 Uhr');
  });
});
