import type { RaffleModel } from '../../shared/courseModel.ts';
import type { RaffleEntry } from '../../shared/raffle/raffleEntry.ts';
import { raffleEntryKey } from '../../shared/storageKeys.ts';
import { browserStorage } from '../tracking/localTracker.ts';

/**
 * Where an entry stands. `unsaved`: neither sent nor kept in the browser (no network and no
 * storage), so nothing will send it later; it is never stored itself.
 */
/**
 * `busy`: the receiver asked to wait (429, its per-address limit); the entry is kept as `queued` and
 * sent again. `wrongEmail`: the receiver only takes the organisation's own addresses.
 */
export type EntryState = 'none' | 'queued' | 'busy' | 'unsaved' | 'sent' | 'rejected' | 'wrongEmail';

interface Stored {
  entry: RaffleEntry;
  state: EntryState;
}

export function storedEntry(course: string, campaign: string): Stored | undefined {
  try {
    const raw = browserStorage()?.getItem(raffleEntryKey(course, campaign));
    return raw ? (JSON.parse(raw) as Stored) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the entry is now kept in the browser. */
function store(course: string, campaign: string, value: Stored): boolean {
  try {
    const storage = browserStorage();
    storage?.setItem(raffleEntryKey(course, campaign), JSON.stringify(value));
    return !!storage;
  } catch {
    return false;
  }
}

/** A version 4 UUID from crypto.getRandomValues, which, unlike randomUUID, works over plain HTTP too. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sends an entry to the endpoint. Without a network it is kept in the browser and sent again when
 * the network returns or on the next visit (the service worker's Background Sync may send it too):
 * the idempotency key makes the receiver store it once, however often it arrives. An entry that
 * could be neither sent nor kept is reported as `unsaved`, never as queued.
 */
export async function sendEntry(raffle: RaffleModel, entry: RaffleEntry): Promise<EntryState> {
  const kept = store(entry.course, entry.campaign, { entry, state: 'queued' });
  let response: Response;
  try {
    response = await fetch(raffle.endpoint!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(entry),
    });
  } catch {
    return kept ? 'queued' : 'unsaved';
  }
  const state = await answerState(response);
  const stored = store(entry.course, entry.campaign, { entry, state: state === 'busy' ? 'queued' : state });
  return (state === 'queued' || state === 'busy') && !kept && !stored ? 'unsaved' : state;
}

/** What the receiver's answer means for the learner: a 5xx or 429 waits and is sent again. */
async function answerState(response: Response): Promise<EntryState> {
  if (response.ok) return 'sent';
  if (response.status === 429) return 'busy';
  if (response.status >= 500) return 'queued';
  const body = (await response.json().catch(() => undefined)) as { issues?: { field?: string }[] } | undefined;
  return body?.issues?.some((issue) => issue.field === 'email') ? 'wrongEmail' : 'rejected';
}

/** Sends a queued entry again, if there is one; returns its state. */
export async function flushQueued(raffle: RaffleModel, course: string): Promise<EntryState> {
  const stored = storedEntry(course, raffle.campaign);
  if (!stored) return 'none';
  if (stored.state !== 'queued' || !raffle.endpoint) return stored.state;
  return sendEntry(raffle, stored.entry);
}

/** mailto mode: the prefilled message the learner's mail program opens. */
export function mailtoHref(raffle: RaffleModel, entry: RaffleEntry, subject: string): string {
  const body = [`Name: ${entry.name}`, `E-Mail: ${entry.email}`, `Kurs/Course: ${entry.course}`, `Aktion/Campaign: ${entry.campaign}`].join('\n');
  return `mailto:${raffle.mailto}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
