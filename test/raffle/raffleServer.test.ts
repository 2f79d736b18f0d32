import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RaffleServer, startRaffleServer } from '../../src/raffle-server/raffleServer.ts';
import { sampleEntry, tempFolder } from './raffleFixture.ts';

const intranet = 'https://intranet.example.org';
let folder: Awaited<ReturnType<typeof tempFolder>>;
let server: RaffleServer;
let dbFile: string;
let logLines: string[];

beforeEach(async () => {
  folder = await tempFolder();
  dbFile = join(folder.dir, 'raffle.sqlite');
  logLines = [];
  server = await startRaffleServer({ port: 0, dbFile, allowedOrigins: [intranet, 'null'], log: (line) => logLines.push(line) });
});

afterEach(async () => {
  await server.close();
  await folder.dispose();
});

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/entries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function rows(): Record<string, unknown>[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT * FROM entries ORDER BY id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe('POST /entries', () => {
  it('stores a new entry once, with a UTC timestamp', async () => {
    const entry = sampleEntry({ name: '  Jörg Müller ' });
    const response = await post(entry);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ status: 'stored' });
    const stored = rows();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ idempotency_key: entry.idempotencyKey, name: 'Jörg Müller', campaign: 'spring-2026', course: 'wachsam' });
    expect(stored[0]!.received_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('answers a resent entry (same idempotency key) with duplicate and stores nothing twice', async () => {
    const entry = sampleEntry();
    expect((await post(entry)).status).toBe(201);
    const again = await post(entry);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate' });
    expect(rows()).toHaveLength(1);
  });

  it('keeps one entry per e-mail and campaign, whatever the key and letter case', async () => {
    expect((await post(sampleEntry())).status).toBe(201);
    const second = await post(sampleEntry({ email: 'Joerg.Mueller@EXAMPLE.org' }));
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ status: 'duplicate' });
    expect((await post(sampleEntry({ campaign: 'autumn-2026' }))).status).toBe(201);
    expect(rows()).toHaveLength(2);
  });

  it('stores concurrent resends of one entry once', async () => {
    const entry = sampleEntry();
    const statuses = (await Promise.all(Array.from({ length: 8 }, () => post(entry)))).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(rows()).toHaveLength(1);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await post('{"name": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining('not valid UTF-8 JSON'), issues: [] });
  });

  it.each([
    ['missing consent', sampleEntry({ consent: undefined }), 'consent'],
    ['consent false', sampleEntry({ consent: false }), 'consent'],
    ['eligible false', sampleEntry({ eligible: false }), 'eligible'],
    ['an extra key', { ...sampleEntry(), score: 95 }, 'score'],
    ['a bad e-mail', sampleEntry({ email: 'joerg@' }), 'email'],
    ['an empty name', sampleEntry({ name: '   ' }), 'name'],
    ['a key that is no UUID v4', sampleEntry({ idempotencyKey: 'abc' }), 'idempotencyKey'],
  ])('rejects %s with 400 naming the field', async (_case, body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; issues: { field: string }[] };
    expect(answer.issues.map((issue) => issue.field)).toEqual([field]);
    expect(answer.error).toContain(field);
    expect(rows()).toHaveLength(0);
  });

  it.each([
    ['a NUL byte in the name', { name: 'Jörg\u0000Müller' }, 'name', 'U+0000'],
    ['an ESC sequence in the name', { name: 'Jörg \u001b[2JMüller' }, 'name', 'U+001B'],
    ['a tab inside the name', { name: 'Jörg\tMüller' }, 'name', 'U+0009'],
    ['a right-to-left override in the name', { name: 'Jörg \u202eMüller' }, 'name', 'U+202E'],
    ['a NUL byte in the e-mail', { email: 'joerg\u0000@example.org' }, 'email', 'U+0000'],
    ['a NUL byte in the campaign', { campaign: 'spring\u00002026' }, 'campaign', 'U+0000'],
    ['a NUL byte in the course', { course: 'wach\u0000sam' }, 'course', 'U+0000'],
    ['a NUL byte in the idempotency key', { idempotencyKey: `${sampleEntry().idempotencyKey}\u0000` }, 'idempotencyKey', 'U+0000'],
  ])('refuses %s with 400 naming the field and the character, and stores nothing', async (_case, overrides, field, code) => {
    const response = await post(sampleEntry(overrides));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; issues: { field: string; message: string }[] };
    expect(answer.issues).toEqual([{ field, message: `must not contain control characters (found ${code})` }]);
    expect(answer.error).toContain(`${field} must not contain control characters`);
    expect(rows()).toHaveLength(0);
  });

  it('still accepts a name with surrounding whitespace and line breaks, stored trimmed', async () => {
    expect((await post(sampleEntry({ name: '\n\tJörg Müller \r\n' }))).status).toBe(201);
    expect(rows()[0]).toMatchObject({ name: 'Jörg Müller' });
  });

  it('refuses a body over 4 KB with 413', async () => {
    const response = await post(sampleEntry({ name: 'x'.repeat(5000) }));
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(rows()).toHaveLength(0);
  });

  it('refuses a chunked body once it grows over the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(2048));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/entries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('refuses a wrong content type with 415', async () => {
    const response = await post(sampleEntry(), { 'Content-Type': 'text/plain' });
    expect(response.status).toBe(415);
    expect(rows()).toHaveLength(0);
  });

  it('refuses a foreign Origin with 403 and stores nothing', async () => {
    const response = await post(sampleEntry(), { Origin: 'https://evil.example.com' });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(rows()).toHaveLength(0);
  });

  it('echoes an allowed Origin, including "null" for file:// pages', async () => {
    const response = await post(sampleEntry(), { Origin: intranet });
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(intranet);
    const fromFile = await post(sampleEntry({ email: 'other@example.org' }), { Origin: 'null' });
    expect(fromFile.headers.get('access-control-allow-origin')).toBe('null');
  });

  it('logs one line per request with its status, never a name or e-mail', async () => {
    await post(sampleEntry());
    await post(sampleEntry({ email: 'bad' }));
    await fetch(`${server.url}/health`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logLines).toHaveLength(3);
    expect(logLines[0]).toMatch(/ POST \/entries 201$/);
    expect(logLines[1]).toMatch(/ POST \/entries 400$/);
    expect(logLines.join('\n')).not.toMatch(/Jörg|Müller|example\.org|bad/);
  });
});

describe('other routes', () => {
  it('answers a CORS preflight from an allowed origin', async () => {
    const response = await fetch(`${server.url}/entries`, {
      method: 'OPTIONS',
      headers: { Origin: intranet, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(intranet);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type');
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('refuses a preflight from a foreign origin', async () => {
    const response = await fetch(`${server.url}/entries`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example.com' } });
    expect(response.status).toBe(403);
  });

  it('answers GET /health, 405 for GET /entries and 404 elsewhere', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const wrongMethod = await fetch(`${server.url}/entries`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST, OPTIONS');
    expect((await fetch(`${server.url}/admin`)).status).toBe(404);
  });

  it('listens on 127.0.0.1 by default', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('refuses an allowed origin that is not an exact origin', async () => {
    await expect(startRaffleServer({ port: 0, dbFile, allowedOrigins: ['https://intranet.example.org/'], log: () => {} })).rejects.toThrow(
      'write it as https://intranet.example.org',
    );
  });
});
