import { browserStorage } from '../tracking/localTracker.ts';

/**
 * Where a record (a raffle entry, a completion receipt) stands. `unsaved`: neither sent nor kept in the
 * browser (no network and no storage), so nothing will send it later; it is never stored itself.
 * `busy`: the receiver asked to wait (429, its per-address limit); the record is kept as `queued` and
 * sent again. `wrongEmail`: the receiver only takes the organisation's own addresses.
 */
export type SendState = 'none' | 'queued' | 'busy' | 'unsaved' | 'sent' | 'rejected' | 'wrongEmail';

/** Where one record goes and where the browser keeps it until it has arrived. */
export interface Outbox {
  /** The receiver's http(s) address; the record is posted there as JSON. */
  endpoint: string;
  /** The localStorage key (src/shared/storageKeys.ts) holding the record and its state. */
  storageKey: string;
}

/** What the browser keeps: the record, with the idempotency key it is always resent with, and its state. */
export interface Stored<T> {
  /** Kept under this name: the raffle's stored entries (a contract with browsers that hold them) use it. */
  entry: T;
  state: SendState;
}

export function storedRecord<T>(storageKey: string): Stored<T> | undefined {
  try {
    const raw = browserStorage()?.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Stored<T>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the record is now kept in the browser. */
function store<T>(storageKey: string, value: Stored<T>): boolean {
  try {
    const storage = browserStorage();
    storage?.setItem(storageKey, JSON.stringify(value));
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
 * Sends a record to the outbox's endpoint. Without a network it is kept in the browser and sent again
 * when the network returns or on the next visit (the service worker's Background Sync may send it too):
 * the record's idempotency key makes the receiver store it once, however often it arrives. A record that
 * could be neither sent nor kept is reported as `unsaved`, never as queued.
 */
export async function sendRecord<T>(outbox: Outbox, record: T): Promise<SendState> {
  const kept = store(outbox.storageKey, { entry: record, state: 'queued' });
  let response: Response;
  try {
    response = await fetch(outbox.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(record),
    });
  } catch {
    return kept ? 'queued' : 'unsaved';
  }
  const state = await answerState(response);
  const stored = store(outbox.storageKey, { entry: record, state: state === 'busy' ? 'queued' : state });
  return (state === 'queued' || state === 'busy') && !kept && !stored ? 'unsaved' : state;
}

/** What the receiver's answer means for the learner: a 5xx or 429 waits and is sent again. */
async function answerState(response: Response): Promise<SendState> {
  if (response.ok) return 'sent';
  if (response.status === 429) return 'busy';
  if (response.status >= 500) return 'queued';
  const body = (await response.json().catch(() => undefined)) as { issues?: { field?: string }[] } | undefined;
  return body?.issues?.some((issue) => issue.field === 'email') ? 'wrongEmail' : 'rejected';
}

/** Sends the kept record again if it is still waiting; returns its state (`none` when there is none). */
export async function flushQueued(outbox: Outbox): Promise<SendState> {
  const stored = storedRecord(outbox.storageKey);
  if (!stored) return 'none';
  if (stored.state !== 'queued') return stored.state;
  return sendRecord(outbox, stored.entry);
}
