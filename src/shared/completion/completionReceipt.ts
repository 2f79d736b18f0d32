import { z } from 'zod';
import { type RecordIssue, recordIssues } from '../recordIssues.ts';

/**
 * One completion receipt as the course posts it to the receiver (`POST /completions`, JSON): who
 * completed which course, and when. Nothing else: no scores, no answers, no times. Unknown keys are
 * rejected so nothing else slips in. Runs in the browser and in Node: imports nothing from `node:*`.
 */
export const completionReceiptSchema = z.strictObject(
  {
    /** A fresh UUID v4 per receipt; the course resends it unchanged, so the receiver stores the receipt once. */
    idempotencyKey: z.uuid({ version: 'v4', error: 'must be a UUID v4, e.g. from crypto.randomUUID()' }),
    /** The learner's name as typed, trimmed. */
    name: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    /** The learner's work e-mail. */
    email: z.email({ error: 'must be a valid e-mail address' }).max(254, 'must be at most 254 characters'),
    /** The course id, as in the course model. */
    course: z.string({ error: 'must be text' }).regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a course id: a lower-case letter, then up to 31 of a-z, 0-9 and "-"'),
    /** The course's edition (theme `course.version`). */
    version: z
      .string({ error: 'must be text' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'must be a course version: up to 32 of A-Z, a-z, 0-9, ".", "_" and "-"'),
    /** YYYY-MM-DD: the day the learner completed the course, in their local time. */
    completedOn: z.iso.date({ error: 'must be a date written as YYYY-MM-DD' }),
  },
  { error: 'must be a JSON object' },
);

/** A valid receipt, after trimming. */
export type CompletionReceipt = z.infer<typeof completionReceiptSchema>;

export type CompletionReceiptResult = { ok: true; receipt: CompletionReceipt } | { ok: false; issues: RecordIssue[] };

/** Validates a receipt; every problem is reported with the field it concerns. */
export function parseCompletionReceipt(value: unknown): CompletionReceiptResult {
  const result = completionReceiptSchema.safeParse(value);
  return result.success ? { ok: true, receipt: result.data } : { ok: false, issues: recordIssues(result.error, 'a completion receipt') };
}
