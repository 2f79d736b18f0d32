/**
 * The key under which an e-mail address counts as one person for "one entry per person": lower case,
 * and without a plus tag in the local part, since mail servers deliver a+2@example.org to
 * a@example.org. What the learner typed is kept for display; only uniqueness uses this key.
 */
export function personKey(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const plus = local.indexOf('+');
  // "+tag@…" alone has no address before the tag: keep it whole.
  const person = plus > 0 ? local.slice(0, plus) : local;
  return `${person}${email.slice(at)}`.toLowerCase();
}
