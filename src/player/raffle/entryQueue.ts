import type { RaffleModel } from '../../shared/courseModel.ts';
import type { RaffleEntry } from '../../shared/raffle/raffleEntry.ts';
import { raffleEntryKey } from '../../shared/storageKeys.ts';
import { flushQueued as flushOutbox, type Outbox, type SendState, sendRecord, storedRecord } from '../outbox/outbox.ts';

export { newIdempotencyKey } from '../outbox/outbox.ts';

/** Where an entry stands (see `SendState`). */
export type EntryState = SendState;

/** The raffle's outbox: its endpoint, and the entry kept per course and campaign. */
function entryOutbox(raffle: RaffleModel, course: string): Outbox {
  return { endpoint: raffle.endpoint!, storageKey: raffleEntryKey(course, raffle.campaign) };
}

/** Sends an entry, or keeps it to send when the network returns (`sendRecord`). */
export function sendEntry(raffle: RaffleModel, entry: RaffleEntry): Promise<EntryState> {
  return sendRecord(entryOutbox(raffle, entry.course), entry);
}

/** Sends a queued entry again, if there is one; returns its state. */
export async function flushQueued(raffle: RaffleModel, course: string): Promise<EntryState> {
  if (!raffle.endpoint) return storedRecord(raffleEntryKey(course, raffle.campaign))?.state ?? 'none';
  return flushOutbox(entryOutbox(raffle, course));
}

/** mailto mode: the prefilled message the learner's mail program opens. */
export function mailtoHref(raffle: RaffleModel, entry: RaffleEntry, subject: string): string {
  const body = [`Name: ${entry.name}`, `E-Mail: ${entry.email}`, `Kurs/Course: ${entry.course}`, `Aktion/Campaign: ${entry.campaign}`].join('\n');
  return `mailto:${raffle.mailto}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
