import type { z } from 'zod';

/** One problem with a record the course posts (a raffle entry, a completion receipt), naming its field ("" for the whole). */
export interface RecordIssue {
  field: string;
  message: string;
}

/** A failed parse of a record as the receiver answers it: every problem with the field it concerns. */
export function recordIssues(error: z.ZodError, what: string): RecordIssue[] {
  return error.issues.flatMap((issue): RecordIssue[] => {
    // Zod reports unknown keys once, on the object; name each key instead.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: key, message: `is not a field of ${what}` }));
    const field = issue.path.join('.');
    if (issue.code === 'invalid_type' && issue.input === undefined && field) return [{ field, message: 'is missing' }];
    return [{ field, message: issue.message }];
  });
}
