import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RaffleEntry } from '../../src/shared/raffle/raffleEntry.ts';
import { sendEntry } from '../../src/player/raffle/entryQueue.ts';
import type { RaffleModel } from '../../src/shared/courseModel.ts';

const raffle = { campaign: 'c', endpoint: 'https://example.org/entries' } as RaffleModel;
const entry: RaffleEntry = { idempotencyKey: 'k', name: 'N', email: 'n@example.org', consent: true, course: 'x', campaign: 'c', eligible: true };

function storage(writable: boolean): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (!writable) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  } as Storage;
}

afterEach(() => vi.unstubAllGlobals());

describe('sending a raffle entry', () => {
  it('calls an entry queued only when the browser kept it', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    vi.stubGlobal('localStorage', storage(true));
    expect(await sendEntry(raffle, entry)).toBe('queued');
    vi.stubGlobal('localStorage', storage(false));
    expect(await sendEntry(raffle, entry)).toBe('unsaved');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 503 })));
    expect(await sendEntry(raffle, entry)).toBe('unsaved');
  });

  it('reports an entry that arrived as sent, whether or not the browser could keep it', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 201 })));
    vi.stubGlobal('localStorage', storage(false));
    expect(await sendEntry(raffle, entry)).toBe('sent');
  });
});
