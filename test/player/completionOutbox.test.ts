import { afterEach, describe, expect, it, vi } from 'vitest';
import { completionReceipt } from '../../src/player/completion/completionReceipt.ts';
import { localDate } from '../../src/shared/progress.ts';
import { flushQueued, sendRecord, storedRecord } from '../../src/player/outbox/outbox.ts';
import { completionReceiptKey } from '../../src/shared/storageKeys.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) } as Storage;
}

afterEach(() => vi.unstubAllGlobals());

describe('the completion receipt', () => {
  it('carries the name and e-mail as typed (trimmed), the course, its version and the date: nothing else', () => {
    const receipt = completionReceipt({ id: 'wachsam', version: '2026.1' }, { name: ' Erika ', email: 'erika@example.org ' }, '2026-11-20', 'k');
    expect(receipt).toEqual({
      idempotencyKey: 'k',
      name: 'Erika',
      email: 'erika@example.org',
      course: 'wachsam',
      version: '2026.1',
      completedOn: '2026-11-20',
    });
  });

  it('is dated with the local day, whatever the time zone says in UTC', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('the outbox, with the receipt', () => {
  const outbox = { endpoint: 'https://receipts.example.org/completions', storageKey: completionReceiptKey('wachsam', '2026.1') };
  const receipt = completionReceipt({ id: 'wachsam', version: '2026.1' }, { name: 'Erika', email: 'erika@example.org' }, '2026-11-20', 'key-1');

  it('keeps a receipt made offline, resends the very same one (same key) when the network is back, then never again', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    expect(await sendRecord(outbox, receipt)).toBe('queued');
    expect(storedRecord(outbox.storageKey)).toEqual({ entry: receipt, state: 'queued' });

    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return Promise.resolve(new Response('{"status":"stored"}', { status: 201 }));
    });
    expect(await flushQueued(outbox)).toBe('sent');
    expect(await flushQueued(outbox)).toBe('sent');
    expect(bodies).toEqual([receipt]);
  });

  it('keeps waiting on a 5xx or 429, and stops on a refusal', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 503 })));
    expect(await sendRecord(outbox, receipt)).toBe('queued');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 429 })));
    expect(await flushQueued(outbox)).toBe('busy');
    expect(storedRecord(outbox.storageKey)?.state).toBe('queued');
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json({ issues: [{ field: 'email', message: 'must end in @example.org' }] }, { status: 400 })));
    expect(await flushQueued(outbox)).toBe('wrongEmail');
    expect(await flushQueued(outbox)).toBe('wrongEmail');
  });
});
