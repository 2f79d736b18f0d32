/** A phone number as people write it in German and international style: "0123 456-710", "+49 123 456-710". */
const PHONE_NUMBER = /\+?\d+(?: \d+)+-\d+/g;

/**
 * Keeps each phone number in `text` on one line (WCAG 1.4.10 on a phone: "0123 456-" / "710" misleads):
 * its spaces become no-break spaces and its hyphen a non-breaking hyphen (U+2011). Dialers and
 * softphones keep only the digits, so a copied number still dials.
 */
export function keepPhoneNumbersTogether(text: string): string {
  return text.replace(PHONE_NUMBER, (number) => number.replace(/ /g, '\u00a0').replace('-', '\u2011'));
}
