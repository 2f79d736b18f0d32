import type { RaffleEntryIssue } from '../shared/raffle/raffleEntry.ts';

const domainPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The allowed e-mail domains from `--email-domain` values, each repeatable or comma-separated
 * ("example.org,example.de"), in lower case; a leading "@" is dropped. Throws on anything that is no domain.
 */
export function parseEmailDomains(values: readonly string[]): string[] {
  const domains = values.flatMap((value) => value.split(',')).map((domain) => domain.trim().toLowerCase().replace(/^@/, ''));
  for (const domain of domains) {
    if (!domainPattern.test(domain)) {
      throw new Error(`--email-domain "${domain}" is not a domain; write it as example.org (no "@", no spaces), comma-separated for more.`);
    }
  }
  return [...new Set(domains)];
}

/**
 * Refuses an e-mail outside the allowed domains. A subdomain counts as its domain (example.org allows
 * a@de.example.org), since an organisation's subdomains are its own; a look-alike (a@example.org.evil.com,
 * a@myexample.org) does not. No domains means any domain.
 */
export function emailDomainIssue(email: string, domains: readonly string[]): RaffleEntryIssue | undefined {
  if (domains.length === 0) return undefined;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`))) return undefined;
  const list = domains.map((allowed) => `@${allowed}`).join(' or ');
  return { field: 'email', message: `must be an address at ${list} (the organiser's domain${domains.length > 1 ? 's' : ''})` };
}
