import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as de or en');

/** A text in one language for all, or one text per language: `{ de: …, en: … }`. */
const localized = z.union([text, z.record(languageCode, text)]);

/** `theme.yaml`: everything an organisation adapts without touching code. */
export const themeSchema = z
  .object({
    course: z
      .object({
        /**
         * Short id used in package names and storage keys: lower-case letters, digits, hyphens.
         * @default "wachsam"
         */
        id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be lower-case letters, digits and hyphens, starting with a letter').default('wachsam'),
        /** Course title, per language. */
        title: localized,
        /** One or two sentences about the course, per language. */
        description: localized,
        /**
         * Languages offered, the default first.
         * @default ["de", "en"]
         */
        languages: z.array(languageCode).min(1).default(['de', 'en']),
        /**
         * Percentage of right answers a knowledge check needs.
         * @default 80
         */
        passMark: z.number().min(1).max(100).default(80),
      })
      .strict(),
    organisation: z
      .object({
        /** The organisation's name, shown in the header and on the about page. */
        name: localized,
      })
      .strict(),
  })
  .strict();

export type Theme = z.infer<typeof themeSchema>;
export type LocalizedText = z.infer<typeof localized>;
