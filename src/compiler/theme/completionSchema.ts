import { z } from 'zod';

// As in themeSchema.ts, which imports this file (so this one cannot import from it).
const text = z.string().trim().min(1, 'must not be empty');
const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as de or en');
const localized = z.union([text, z.record(languageCode, text)]);

/**
 * The completion receipt: for organisations without an LMS that want a list of who completed the
 * course. Absent or `enabled: false`: no receipt text, form or code in the course. On, the intranet
 * bundle offers learners who completed the course to send one receipt (name, work e-mail, course and
 * version, completion date; nothing else) after they have read `privacy`. SCORM packages never carry
 * it: there the LMS holds the record.
 */
export const completion = z
  .object({
    /** @default false */
    enabled: z.boolean().default(false),
    /** An HTTP(S) address that receives receipts as JSON; `npm run raffle-server` serves `/completions`. Needed when enabled. */
    endpoint: z
      .string()
      .url('must be an http:// or https:// address')
      .regex(/^https?:\/\//, 'must start with http:// or https://')
      .optional(),
    /**
     * Privacy notice (GDPR Art. 13), shown before sending: controller, purpose, legal basis, recipients,
     * storage period, rights, the data protection officer. Needed when enabled; the admin guide has a template.
     */
    privacy: localized.optional(),
  })
  .strict()
  .superRefine(
    (value, context) => {
      if (value.enabled !== true) return;
      if (value.endpoint === undefined) context.addIssue({ code: 'custom', path: ['endpoint'], message: 'is needed when the completion receipt is enabled' });
      if (value.privacy === undefined) context.addIssue({ code: 'custom', path: ['privacy'], message: 'is needed when the completion receipt is enabled' });
    },
    // Also when another key has an error: all of the section's errors show in one run.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
  );

export type CompletionSettings = z.infer<typeof completion>;
