import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RaffleServer, startRaffleServer } from '../../src/raffle-server/raffleServer.ts';
import { sampleEntry, sampleReceipt, tempFolder } from './raffleFixture.ts';

const intranet = 'https://intranet.example.org';
let folder: Awaited<ReturnType<typeof tempFolder>>;
let server: RaffleServer;
let dbFile: string;

beforeEach(async () => {
  folder = await tempFolder();
  dbFile = join(folder.dir, 'raffle.sqlite');
  server = await startRaffleServer({
    port: 0,
    dbFile,
    allowedOrigins: [intranet],
    emailDomains: ['example.org'],
    entriesPerMinute: 5,
    log: () => undefined,
  });
});

afterEach(async () => {
  await server.close();
  await folder.dispose();
});

function post(body: unknown, headers: Record<string, string> = {}, route = '/completions'): Promise<Response> {
  return fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function rows(table = 'completions'): Record<string, unknown>[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe('POST /completions', () => {
  it('stores a receipt once under a repeated key, in its own table of the same file, and answers every copy with success', async () => {
    const receipt = sampleReceipt({ name: '  Jörg Müller ' });
    const first = await post(receipt, { Origin: intranet });
    expect(first.status).toBe(201);
    expect(first.headers.get('access-control-allow-origin')).toBe(intranet);
    const again = await Promise.all([post(receipt), post(receipt)]);
    expect(again.map((response) => response.ok)).toEqual([true, true]);
    const stored = rows();
    expect(stored).toEqual([
      {
        id: 1,
        idempotency_key: receipt.idempotencyKey,
        course: 'wachsam',
        version: '2026.1',
        name: 'Jörg Müller',
        email: 'joerg.mueller@example.org',
        completed_on: '2026-11-20',
        received_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    ]);
    expect(rows('entries')).toEqual([]);
  });

  it('keeps a second completion of the same person under a new key (another edition, a refresher)', async () => {
    expect((await post(sampleReceipt())).status).toBe(201);
    expect((await post(sampleReceipt({ version: '2027.1', completedOn: '2027-01-10' }))).status).toBe(201);
    expect(rows()).toHaveLength(2);
  });

  it.each([
    ['a score', { ...sampleReceipt(), score: 95 }, 'score'],
    ['answers', { ...sampleReceipt(), answers: ['a1'] }, 'answers'],
    ['time spent', { ...sampleReceipt(), seconds: 600 }, 'seconds'],
    ['a raffle entry', sampleEntry(), 'version'],
    ['a bad e-mail', sampleReceipt({ email: 'joerg@' }), 'email'],
    ['an empty name', sampleReceipt({ name: '   ' }), 'name'],
    ['a name too long', sampleReceipt({ name: 'x'.repeat(201) }), 'name'],
    ['a date that is none', sampleReceipt({ completedOn: '20.11.2026' }), 'completedOn'],
    ['a version with spaces', sampleReceipt({ version: '2026 1' }), 'version'],
    ['a number for a name', sampleReceipt({ name: 42 }), 'name'],
    ['a key that is no UUID v4', sampleReceipt({ idempotencyKey: 'abc' }), 'idempotencyKey'],
    ['a control character in the name', sampleReceipt({ name: 'Jörg\u001b[2JMüller' }), 'name'],
    ['an address outside the allowed domains', sampleReceipt({ email: 'joerg@mail.example.com' }), 'email'],
  ])('refuses %s with 400 naming the field, and stores nothing', async (_case, body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; issues: { field: string }[] };
    expect(answer.error).toMatch(/^Invalid completion receipt: /);
    expect(answer.issues.map((issue) => issue.field)).toContain(field);
    expect(rows()).toEqual([]);
  });

  it('refuses bad JSON, a wrong content type, a body over 4 KB and a foreign origin', async () => {
    expect((await post('{"name": ')).status).toBe(400);
    expect((await post(sampleReceipt(), { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post({ ...sampleReceipt(), name: 'x'.repeat(5000) })).status).toBe(413);
    const foreign = await post(sampleReceipt(), { Origin: 'https://evil.example.com' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: string }).error).toContain('may not send completion receipts');
    expect(rows()).toEqual([]);
  });

  it('limits receipts per address apart from entries: the sixth in a minute waits (429), entries still go in', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(sampleReceipt())).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await post(sampleEntry(), {}, '/entries')).status).toBe(201);
    expect(rows()).toHaveLength(5);
  });

  it('answers a preflight and refuses GET', async () => {
    const preflight = await fetch(`${server.url}/completions`, {
      method: 'OPTIONS',
      headers: { Origin: intranet, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(intranet);
    expect((await fetch(`${server.url}/completions`)).status).toBe(405);
  });
});
