import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RaffleServer, type RaffleServerOptions, startRaffleServer } from '../../src/raffle-server/raffleServer.ts';
import { sampleEntry, tempFolder } from './raffleFixture.ts';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let dbFile: string;
let server: RaffleServer | undefined;

beforeEach(async () => {
  folder = await tempFolder();
  dbFile = join(folder.dir, 'raffle.sqlite');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await folder.dispose();
});

async function start(options: Partial<RaffleServerOptions> = {}): Promise<RaffleServer> {
  server = await startRaffleServer({ port: 0, dbFile, allowedOrigins: [], log: () => {}, ...options });
  return server;
}

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server!.url}/entries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function rows(): { name: string; email: string }[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT name, email FROM entries ORDER BY id').all() as { name: string; email: string }[];
  } finally {
    db.close();
  }
}

type Answer = { error: string; issues: { field: string; message: string }[] };

describe('characters that are no text', () => {
  it.each([
    ['the name', { name: 'J\uD800rg' }, 'name', 'U+D800'],
    ['the name (a low half)', { name: 'Jörg \uDC00' }, 'name', 'U+DC00'],
    ['the e-mail', { email: 'j\uD800@example.org' }, 'email', 'U+D800'],
  ])('refuses a lone UTF-16 surrogate in %s with 400, and stores nothing', async (_case, overrides, field, code) => {
    await start();
    const response = await post(sampleEntry(overrides));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as Answer;
    expect(answer.issues).toEqual([{ field, message: `must be valid Unicode text (found a lone UTF-16 surrogate, ${code})` }]);
    expect(answer.error).toContain(`${field} must be valid Unicode text`);
    expect(rows()).toEqual([]);
  });

  it('still stores a name with a real astral character (a surrogate pair)', async () => {
    await start();
    expect((await post(sampleEntry({ name: 'Jörg 😀' }))).status).toBe(201);
    expect(rows()[0]!.name).toBe('Jörg 😀');
  });

  it.each(['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'refuses the bidi control %j in a name',
    async (bidi) => {
      await start();
      const response = await post(sampleEntry({ name: `Jörg ${bidi}Müller` }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as Answer).issues[0]!.message).toContain('must not contain control characters');
    },
  );
});

describe('the rate limit per address', () => {
  it('answers 429 with Retry-After once an address posted 60 entries in a minute (the default), storing no more', async () => {
    await start();
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 75; i++) {
      const response = await post(sampleEntry({ name: `Made-up ${i}`, email: `made.up.${i}@example.org` }));
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
      else await response.arrayBuffer();
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(60);
    expect(statuses.slice(60).every((status) => status === 429)).toBe(true);
    const retryAfter = Number(limited!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await limited!.json()) as Answer).error).toContain('Too many entries from this address');
    expect(rows()).toHaveLength(60);
  });

  it('takes the limit from the option, and counts each client behind a local reverse proxy on its own', async () => {
    await start({ entriesPerMinute: 3 });
    const from = (address: string, i: number) =>
      post(sampleEntry({ email: `p${address}-${i}@example.org` }), { 'X-Forwarded-For': `198.51.100.99, ${address}` });
    for (let i = 0; i < 3; i++) expect((await from('192.0.2.1', i)).status).toBe(201);
    expect((await from('192.0.2.1', 3)).status).toBe(429);
    expect((await from('192.0.2.2', 0)).status).toBe(201);
  });

  it('lets an allowed page read the 429 and its Retry-After', async () => {
    await start({ entriesPerMinute: 1, allowedOrigins: ['https://intranet.example.org'] });
    const origin = { Origin: 'https://intranet.example.org' };
    expect((await post(sampleEntry(), origin)).status).toBe(201);
    const limited = await post(sampleEntry({ email: 'other@example.org' }), origin);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe('https://intranet.example.org');
    expect(limited.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });
});

describe('one entry per person', () => {
  it('counts plus-addressed and differently cased e-mails as the person they belong to', async () => {
    await start();
    expect((await post(sampleEntry({ email: 'Anna.Beispiel@example.org' }))).status).toBe(201);
    for (const email of ['anna.beispiel+2@example.org', 'ANNA.BEISPIEL+raffle@EXAMPLE.ORG', 'anna.beispiel+@example.org']) {
      const again = await post(sampleEntry({ email }));
      expect(again.status, email).toBe(200);
      expect(await again.json()).toEqual({ status: 'duplicate' });
    }
    expect((await post(sampleEntry({ email: 'anna.beispiel@example.org', campaign: 'autumn-2026' }))).status).toBe(201);
    expect(rows().map((row) => row.email)).toEqual(['Anna.Beispiel@example.org', 'anna.beispiel@example.org']);
  });

  it('keeps what the learner typed, plus tag included, for display', async () => {
    await start();
    expect((await post(sampleEntry({ email: 'Bert+Raffle@example.org' }))).status).toBe(201);
    expect((await post(sampleEntry({ email: 'bert@example.org' }))).status).toBe(200);
    expect(rows()).toEqual([{ name: 'Jörg Müller', email: 'Bert+Raffle@example.org' }]);
  });
});

describe('the allowed e-mail domain', () => {
  it.each(['eve@evil.example', 'eve@example.org.evil.example', 'eve@myexample.org', 'eve@example.orgx'])('refuses %s with 400', async (email) => {
    await start({ emailDomains: ['example.org'] });
    const response = await post(sampleEntry({ email }));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as Answer;
    expect(answer.issues).toEqual([{ field: 'email', message: "must be an address at @example.org (the organiser's domain)" }]);
    expect(rows()).toEqual([]);
  });

  it('accepts the domain in any letter case and its subdomains; several domains comma-separated', async () => {
    await start({ emailDomains: ['example.org,@Example.DE'] });
    for (const email of ['a@example.org', 'b@EXAMPLE.ORG', 'c@de.example.org', 'd@example.de']) {
      expect((await post(sampleEntry({ email }))).status, email).toBe(201);
    }
  });

  it('refuses a --email-domain that is no domain before it starts', async () => {
    await expect(start({ emailDomains: ['@'] })).rejects.toThrow('is not a domain');
    await expect(start({ emailDomains: ['user@example.org'] })).rejects.toThrow('is not a domain');
  });
});
