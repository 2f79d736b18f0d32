import { z } from 'zod';
import { completion } from './completionSchema.ts';

const text = z.string().trim().min(1, 'must not be empty');
const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as de or en');
const hexColour = z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a colour written as #rrggbb');
const fileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'must be a file name inside the theme folder, without spaces')
  .refine((name) => !name.split('/').includes('..'), 'must stay inside the theme folder');

/** A text in one language for all, or one text per language: `{ de: …, en: … }`. */
const localized = z.union([text, z.record(languageCode, text)]);

/** A value inserted into lessons: a text (per language) or a number. */
const variable = z.union([localized, z.number()]);

/** One colour scheme: what the player is painted with. */
const palette = z
  .object({
    /** Buttons, links, header. */
    primary: hexColour,
    /** Progress bars and highlights. */
    accent: hexColour,
    /** Body text. */
    text: hexColour,
    /** Page background. */
    background: hexColour,
    /**
     * Right answers.
     * @default "#0b6e4f" (light), "#5fd3a6" (dark)
     */
    success: hexColour.optional(),
    /**
     * Wrong answers and warnings.
     * @default "#b3261e" (light), "#ff9a8f" (dark)
     */
    error: hexColour.optional(),
  })
  .strict();

const contact = z
  .object({
    /** What the person or team is for, e.g. "Informationssicherheitsbeauftragte". */
    role: localized,
    /** Name of the person or team. */
    name: localized.optional(),
    phone: z.string().trim().min(1).optional(),
    email: z.string().trim().email('must be an e-mail address').optional(),
    /** Opening hours, a room, a web address: anything learners need to reach them. */
    note: localized.optional(),
  })
  .strict();

const font = z
  .object({
    /** The CSS font family name, e.g. "Musterhausen Sans". */
    family: text,
    /** A .woff2 or .woff file inside the theme folder. Never a URL: the course works offline. */
    file: fileName.refine((name) => /\.(woff2?|ttf|otf)$/i.test(name), 'must be a .woff2, .woff, .ttf or .otf file'),
    /** @default 400 */
    weight: z.union([z.number().int().min(100).max(900), z.literal('normal'), z.literal('bold')]).default(400),
    /** @default "normal" */
    style: z.enum(['normal', 'italic']).default('normal'),
  })
  .strict();

const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written as YYYY-MM-DD');

/** The optional prize draw. Absent or `enabled: false`: no raffle text, button or code in the course. */
const raffle = z
  .object({
    /** @default false */
    enabled: z.boolean().default(false),
    /** A name for this draw, sent with every entry, e.g. "herbst-2026". */
    campaign: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be letters, digits, - and _ (at most 64)'),
    /** First day learners can take part (YYYY-MM-DD, local time). */
    start: isoDate,
    /** Last day learners can take part. */
    end: isoDate,
    /** Lessons whose checks must be passed, by id. @default every lesson with a knowledge check */
    requiredLessons: z
      .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a lesson id such as 02-email'))
      .min(1)
      .optional(),
    /**
     * "phrase": right answers reveal the letters of a solution phrase; learners send the phrase
     * themselves (no data collected). "entry": eligible learners fill in a short form.
     */
    mode: z.enum(['phrase', 'entry']),
    /** Phrase mode: the solution phrase, spread over the questions of the required lessons. */
    phrase: z.string().trim().min(1).max(200).optional(),
    /** Phrase mode: how to take part with the phrase, e.g. "Send it to raffle@example.org by 15 December." */
    howToEnter: localized.optional(),
    /** Entry mode: an HTTP(S) address that receives entries as JSON (npm run raffle-server is one). */
    endpoint: z
      .string()
      .url('must be an http:// or https:// address')
      .regex(/^https?:\/\//, 'must start with http:// or https://')
      .optional(),
    /** Entry mode: instead of an endpoint, an address that gets the entry as a prefilled e-mail. */
    mailto: z.string().trim().email('must be an e-mail address').optional(),
    /** Terms of participation: organiser, eligibility, prizes, draw, how winners are told. */
    terms: localized,
    /** Privacy notice (GDPR Art. 13): what is stored, why, for how long, whom to ask. */
    privacy: localized,
    /** Also in the SCORM packages. @default false (an LMS usually has its own rules) */
    scorm: z.boolean().default(false),
  })
  .strict()
  .superRefine(
    (value, context) => {
      // Runs even when other raffle keys have errors (see `when`), so it compares only values that passed.
      const dates = isoDate.safeParse(value.start).success && isoDate.safeParse(value.end).success;
      if (dates && value.start > value.end) context.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
      if (value.mode === 'phrase' && value.phrase === undefined) context.addIssue({ code: 'custom', path: ['phrase'], message: 'is needed in phrase mode' });
      if (value.mode === 'phrase' && value.howToEnter === undefined)
        context.addIssue({ code: 'custom', path: ['howToEnter'], message: 'is needed in phrase mode' });
      if (value.mode === 'entry' && (value.endpoint === undefined) === (value.mailto === undefined)) {
        context.addIssue({ code: 'custom', path: ['endpoint'], message: 'entry mode needs exactly one of endpoint and mailto' });
      }
    },
    // Also when another raffle key has an error: all of the raffle's errors show in one run.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
  );

/** Where people report a barrier or ask for content in another form (the statement's feedback part). */
const feedbackContact = z
  .object({
    /** Who answers, e.g. "Beauftragte für Barrierefreiheit". */
    name: localized.optional(),
    email: z.string().trim().email('must be an e-mail address').optional(),
    phone: z.string().trim().min(1).optional(),
    /** A web form or page. */
    url: z
      .string()
      .url('must be an http:// or https:// address')
      .regex(/^https?:\/\//, 'must start with http:// or https://')
      .optional(),
    /** Anything else people need: a postal address, opening hours. */
    note: localized.optional(),
  })
  .strict();

/**
 * The accessibility statement (BITV 2.0 § 7, EU model statement). The course writes its own part
 * (what it does, what it knows does not work) from the build; the organisation adds these.
 */
const accessibility = z
  .object({
    /**
     * How far the course meets WCAG 2.1 AA / EN 301 549 / BITV 2.0: "full", "partial" or "none".
     * @default "partial" (automated tests find only part of all barriers; "full" needs a complete check)
     */
    status: z.enum(['full', 'partial', 'none']).default('partial'),
    /** The date the statement was made or last reviewed (YYYY-MM-DD); renew it at least once a year. */
    madeOn: isoDate.optional(),
    /** The date of the organisation's own check of the course, if it made one (YYYY-MM-DD). */
    checkedOn: isoDate.optional(),
    /** How the organisation checked, e.g. "Selbstbewertung mit dem BIK BITV-Test". */
    checkedHow: localized.optional(),
    /** How to report a barrier. Without one the build warns (T009). */
    contact: feedbackContact.optional(),
    /**
     * The enforcement body people can turn to when the answer does not help.
     * @default the Schlichtungsstelle nach § 16 BGG (federal bodies); Länder and municipalities name their own
     */
    enforcement: z
      .object({
        name: localized,
        url: z
          .string()
          .url('must be an http:// or https:// address')
          .regex(/^https?:\/\//, 'must start with http:// or https://')
          .optional(),
        /** Postal address, e-mail, phone. */
        address: localized.optional(),
      })
      .strict()
      .optional(),
    /** More that the statement should say, e.g. content known not to be accessible and its alternative. */
    notes: localized.optional(),
  })
  .strict();

/** The certificate of participation (route `#/certificate`): on unless the theme switches it off. */
const certificate = z
  .object({
    /** @default true */
    enabled: z.boolean().default(true),
    /** Who stands behind the certificate: a role, e.g. "Informationssicherheitsbeauftragte", and optionally a name. No scanned signature. */
    signer: z
      .object({
        role: localized,
        name: localized.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** `theme.yaml`: everything an organisation adapts without touching code. */
export const themeSchema = z
  .object({
    organisation: z
      .object({
        /** The organisation's full name, shown in the header, on the contacts and the about page. */
        name: localized,
        /** A short form for tight places, e.g. "Musterhausen". @default the full name */
        shortName: localized.optional(),
        /** Whom learners call or write to: security officer, data protection officer, service desk. */
        contacts: z.array(contact).default([]),
        /**
         * Local facts for lessons: `reportPhishing: phishing@example.org` is written in a lesson as
         * `{{ org.reportPhishing }}`. A text per language or a number.
         */
        variables: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a name of letters, digits and _'), variable).default({}),
      })
      .strict(),
    brand: z
      .object({
        /** The logo: an SVG or PNG file inside the theme folder, shown in the header. At most 200 KB. */
        logo: fileName.refine((name) => /\.(svg|png)$/i.test(name), 'must be an .svg or .png file'),
        /**
         * A logo made for dark mode, where the header sits on brand.colors.dark.primary (a light colour).
         * Same rules as the logo. @default none: in dark mode the header then keeps the light-mode colours,
         * on which the logo is readable.
         */
        logoDark: fileName.refine((name) => /\.(svg|png)$/i.test(name), 'must be an .svg or .png file').optional(),
        /** A text alternative for the logo; usually the organisation's name. @default organisation.name */
        logoAlt: localized.optional(),
        /** The app icon (square SVG or PNG) for installed courses and browser tabs. @default the logo */
        icon: fileName.refine((name) => /\.(svg|png)$/i.test(name), 'must be an .svg or .png file').optional(),
        colors: z
          .object({
            /** Colours in light mode. */
            light: palette,
            /**
             * Colours in dark mode, which follows the learner's system setting unless they switch.
             * @default derived from the light colours: dark surfaces, the brand colours made lighter
             */
            dark: palette.optional(),
          })
          .strict(),
        /** Font files shipped inside the theme folder. @default [] (the system's fonts) */
        fonts: z.array(font).default([]),
      })
      .strict(),
    course: z
      .object({
        /**
         * Short id used in package names and storage keys: lower-case letters, digits, hyphens.
         * Keep it when you update the course, or learners' progress starts over.
         * @default "wachsam"
         */
        id: z
          .string()
          .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be lower-case letters, digits and hyphens, starting with a letter')
          .default('wachsam'),
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
         * Percentage of right answers a knowledge check needs. A lesson may set its own.
         * @default 80
         */
        passMark: z.number().min(1).max(100).default(80),
        /**
         * The course's edition, printed on certificates and checked with their code, e.g. "2026.1".
         * Change it when you change lessons. @default the Wachsam release the lessons come from
         */
        version: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'must be letters, digits, dots, - and _ (at most 32), such as 2026.1')
          .optional(),
        /** What learners should do from now on, shown at the course end, e.g. "Report suspicious mail to …". @default [] */
        nextSteps: z.array(localized).max(12).default([]),
        /**
         * Which lessons, in which order, by id (folder name). Theme lessons and default lessons alike.
         * @default every lesson, in folder-name order
         */
        lessons: z
          .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a lesson id such as 02-email'))
          .min(1)
          .optional(),
      })
      .strict(),
    raffle: raffle.optional(),
    certificate: certificate.default({ enabled: true }),
    completion: completion.optional(),
    accessibility: accessibility.optional(),
  })
  .strict();

export type Theme = z.infer<typeof themeSchema>;
export type RaffleSettings = z.infer<typeof raffle>;
export type AccessibilitySettings = z.infer<typeof accessibility>;
export type LocalizedText = z.infer<typeof localized>;
export type Palette = z.infer<typeof palette>;
