import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/compiler/lesson/htmlAllowList.ts';
import { contentSecurityPolicy, raffleOrigin, TABLE_ALIGN_STYLES } from '../../src/shared/contentSecurityPolicy.ts';
import type { CourseModel } from '../../src/shared/courseModel.ts';

const withEndpoint = (endpoint: string) => ({ raffle: { endpoint } }) as unknown as Pick<CourseModel, 'raffle'>;

describe('the Content-Security-Policy of index.html', () => {
  it('allows by hash exactly the style attributes the compiler lets through', () => {
    const html = sanitize(['left', 'right', 'center', 'justify'].map((align) => `<td style="text-align: ${align};">x</td>`).join(''));
    const written = [...html.matchAll(/style="([^"]*)"/g)].map((match) => match[1]!);
    expect(written.sort()).toEqual(Object.keys(TABLE_ALIGN_STYLES).sort());
    for (const [style, hash] of Object.entries(TABLE_ALIGN_STYLES)) {
      expect(hash).toBe(`sha256-${createHash('sha256').update(style).digest('base64')}`);
    }
  });

  it('refuses inline script and other inline style, and lets the course connect only to itself', () => {
    const policy = contentSecurityPolicy({});
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toMatch(/(^|; )connect-src 'self'(;|$)/);
  });

  it("adds the raffle receiver's origin, and nothing of its path, to connect-src", () => {
    const course = withEndpoint('https://raffle.example.org:8443/entries?x=1');
    expect(raffleOrigin(course)).toBe('https://raffle.example.org:8443');
    expect(contentSecurityPolicy(course)).toMatch(/(^|; )connect-src 'self' https:\/\/raffle\.example\.org:8443(;|$)/);
  });

  it("adds the completion receipt's receiver too, once when it is the raffle's", () => {
    const completion = { endpoint: 'https://receipts.example.org/completions', privacy: { de: 'p' } };
    expect(contentSecurityPolicy({ completion })).toMatch(/(^|; )connect-src 'self' https:\/\/receipts\.example\.org(;|$)/);
    const shared = { ...withEndpoint('https://receipts.example.org/entries'), completion };
    expect(contentSecurityPolicy(shared)).toMatch(/(^|; )connect-src 'self' https:\/\/receipts\.example\.org(;|$)/);
  });

  it('is the one docs/security-header.md gives admins', async () => {
    const doc = await readFile('docs/security-header.md', 'utf8');
    expect(doc).toContain(`${contentSecurityPolicy({})}; frame-ancestors 'self'`);
  });
});
