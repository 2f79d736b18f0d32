import { z } from 'zod';
import { type RecordIssue, recordIssues } from '../recordIssues.ts';

/**
 * One raffle entry as the course posts it to the receiver (`POST /entries`, JSON).
 * It carries only what the learner typed and the fact that they were eligible: never scores,
 * answers or any other learning result. Unknown keys are rejected so nothing else slips in.
 * Runs in the browser and in Node: imports nothing from `node:*`.
 */
export const raffleEntrySchema = z.strictObject(
  {
    /** A fresh UUID v4 per entry; the course resends it unchanged, so the receiver stores the entry once. */
    idempotencyKey: z.uuid({ version: 'v4', error: 'must be a UUID v4, e.g. from crypto.randomUUID()' }),
    /** The learner's name as typed, trimmed. */
    name: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    /** The learner's work e-mail; winners are told through it. */
    email: z.email({ error: 'must be a valid e-mail address' }).max(254, 'must be at most 254 characters'),
    /** The unticked box the learner ticked: consent to store name and e-mail for the draw. */
    consent: z.literal(true, { error: 'must be true: the learner has to tick the consent box' }),
    /** The course id, as in the course model. */
    course: z.string({ error: 'must be text' }).regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a course id: a lower-case letter, then up to 31 of a-z, 0-9 and "-"'),
    /** The raffle campaign id, e.g. "awareness-2026-q1"; one entry per person and campaign. */
    campaign: z.string({ error: 'must be text' }).regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a campaign id: 1 to 64 of A-Z, a-z, 0-9, "_" and "-"'),
    /** The course sends an entry only after the required knowledge checks were passed. */
    eligible: z.literal(true, { error: 'must be true: only eligible learners can enter' }),
  },
  { error: 'must be a JSON object' },
);

/** A valid entry, after trimming. */
export type RaffleEntry = z.infer<typeof raffleEntrySchema>;

/** What the course sends, before trimming. */
export type RaffleEntryInput = z.input<typeof raffleEntrySchema>;

/** One problem with an entry, naming the field ("" for the entry as a whole). */
export type RaffleEntryIssue = RecordIssue;

export type RaffleEntryResult = { ok: true; entry: RaffleEntry } | { ok: false; issues: RaffleEntryIssue[] };

/** Validates an entry; every problem is reported with the field it concerns. */
export function parseRaffleEntry(value: unknown): RaffleEntryResult {
  const result = raffleEntrySchema.safeParse(value);
  return result.success ? { ok: true, entry: result.data } : { ok: false, issues: recordIssues(result.error, 'a raffle entry') };
}
