/**
 * The course model: the one contract between the compiler (Node) and the player (browser).
 * The compiler writes it; the player reads only this, never Markdown.
 */

/** A language code such as `de` or `en`. */
export type Lang = string;

/** A value per language. */
export type Localized<T> = Record<Lang, T>;

/** What the overview needs: everything about the course except the lesson text. */
export interface CourseModel {
  /** Bumped when the shape of this model changes. */
  modelVersion: 1;
  /** Stable course id from the theme; used for storage keys and package names. */
  id: string;
  /** Languages the course is offered in, the default first. */
  languages: Lang[];
  /** Each language's name in itself, for the language switch ("Deutsch", "English"). */
  languageNames: Localized<string>;
  title: Localized<string>;
  description: Localized<string>;
  /** The course's edition (theme `course.version`), printed on certificates and bound into their code. */
  version: string;
  /** What learners should do from now on, in the theme's order: shown at the course end. */
  nextSteps: Localized<string>[];
  /** Present unless the theme switches the certificate of participation off. */
  certificate?: CertificateSettings;
  /** Percentage of right answers needed to pass a knowledge check (a lesson may set its own). */
  passMark: number;
  organisation: Organisation;
  brand: Brand;
  lessons: LessonEntry[];
  /** Script (relative to index.html) holding every lesson's authors, sources and review date. */
  creditsFile: string;
  /** Present only when the theme switches the raffle on (and, in SCORM builds, allows it there). */
  raffle?: RaffleModel;
  /** Present only when the theme switches the completion receipt on, and only in the intranet bundle (never in SCORM packages). */
  completion?: CompletionModel;
  /** What the accessibility statement (route `#/accessibility`) says: the theme's part and facts of this build. */
  accessibility: AccessibilityStatement;
}

export interface CertificateSettings {
  /** Who stands behind the certificate, by role (and name, if the theme gives one). */
  signer?: { role: Localized<string>; name?: Localized<string> };
}

/** The data of the accessibility statement; the player words it (BITV 2.0 § 7, EU model statement). */
export interface AccessibilityStatement {
  /** Script (relative to index.html) holding the statement's texts, loaded when its page opens. */
  stringsFile: string;
  /** Conformance with WCAG 2.1 AA / EN 301 549 / BITV 2.0, as the organisation states it. */
  status: 'full' | 'partial' | 'none';
  /** YYYY-MM-DD: when the statement was made or last reviewed; absent when the theme gives none. */
  madeOn?: string;
  /** YYYY-MM-DD: the organisation's own check, and how it was done. */
  checkedOn?: string;
  checkedHow?: Localized<string>;
  /** Where to report a barrier; empty when the theme gives none (the build warns, T009). */
  contact: { name?: Localized<string>; email?: string; phone?: string; url?: string; note?: Localized<string> };
  enforcement: { name: Localized<string>; url?: string; address?: Localized<string> };
  notes?: Localized<string>;
  /** Facts of this build: images without a text alternative (P002), by lesson id. */
  imagesWithoutAlt: string[];
}

export interface RaffleModel {
  campaign: string;
  /** YYYY-MM-DD, first and last day, in the learner's local time. */
  start: string;
  end: string;
  requiredLessons: string[];
  mode: 'phrase' | 'entry';
  /**
   * Phrase mode: the phrase's shape ("_" per letter, spaces kept) and, per lesson and question,
   * its letters, scrambled with a key only the right answers give, so the phrase is not in the files.
   */
  phraseShape?: string;
  letters?: Record<string, Record<string, string>>;
  howToEnter?: Localized<string>;
  endpoint?: string;
  mailto?: string;
  terms: Localized<string>;
  privacy: Localized<string>;
  /** Whether the SCORM packages carry the raffle too. */
  scorm: boolean;
}

/** The completion receipt: where a learner who completed the course may send who they are, and what they are told first. */
export interface CompletionModel {
  /** The receiver's http(s) address (`POST`, JSON: src/shared/completion/completionReceipt.ts). */
  endpoint: string;
  /** The privacy notice (GDPR Art. 13) shown before sending. */
  privacy: Localized<string>;
}

export interface Organisation {
  name: Localized<string>;
  shortName: Localized<string>;
  contacts: Contact[];
  /**
   * Present while the name is still the default theme's placeholder ("Ihre Organisation"): then the
   * about page credits no organisation with changes (CC BY-SA asks to mark only real ones).
   */
  nameIsPlaceholder?: true;
}

export interface Contact {
  role: Localized<string>;
  name?: Localized<string>;
  phone?: string;
  email?: string;
  note?: Localized<string>;
}

/** The theme's look, checked for contrast by the compiler. */
export interface Brand {
  /** Files relative to index.html. */
  logo: string;
  /**
   * The theme's dark-mode logo, if it gives one: then the dark-mode header sits on the dark palette's
   * primary; without one it keeps the light-mode header colours the logo was made for (see brandCss).
   */
  logoDark?: string;
  logoAlt: Localized<string>;
  icon: string;
  /** For the web app manifest: "any" for SVG, "<w>x<h>" for PNG. */
  iconSizes: string;
  colors: { light: Palette; dark: Palette };
  fonts: { family: string; file: string; weight: number | string; style: string }[];
}

/** Every colour the player paints with, as #rrggbb. */
export interface Palette {
  primary: string;
  accent: string;
  text: string;
  background: string;
  success: string;
  error: string;
  /** Secondary text; derived, at least 4.5:1 on the background. */
  muted: string;
  /** Panels (objectives, explanations); derived, so that text and muted text keep 4.5:1 on it. */
  surface: string;
  /** Outlines of cards and answers; derived, at least 3:1 on the background. */
  border: string;
}

export interface LessonEntry {
  /** The lesson folder's name, e.g. `02-email`. */
  id: string;
  /**
   * A short, stable key for the lesson in compact stored progress (SCORM suspend_data), derived
   * from the id: 4 base-36 characters, longer only where two ids would collide.
   */
  trackKey: string;
  /** Languages the lesson has a source file for; others fall back to the first of these. */
  languages: Lang[];
  /** Where the lesson comes from: the course, or the theme (a lesson of its own, or one it replaced). */
  origin: 'course' | 'added' | 'replaced';
  /** The lesson carries the organisation's local facts (theme placeholders). */
  localised: boolean;
  variants: Localized<LessonMeta>;
  /**
   * The most pages and questions any language of the lesson has: the shape of its stored progress,
   * the same whichever language's index the player loaded.
   */
  shape: { pages: number; questions: number };
  /**
   * The script (relative to index.html) holding the lesson's text, per language it has a source for.
   * Named by a hash of its own content: a change to one lesson renames that lesson's file only, so an
   * update costs a learner that file, not every lesson's.
   */
  files: Localized<string>;
  /**
   * The script holding the lesson's search entries (its pages as plain text), per language it has a
   * source for: the course's search index is these shards, one per lesson, so that a changed lesson
   * changes its own shard only. Named like `files`.
   */
  searchFiles: Localized<string>;
}

export interface LessonMeta {
  /** The language this text is written in (may differ from the requested one after a fallback). */
  lang: Lang;
  title: string;
  summary: string;
  /** Minutes: the lesson's `duration:`, or, without one, the time estimated from this language's text. */
  duration: number;
  /** Pages of text; the knowledge check, if any, comes after them. */
  pageCount: number;
  questionCount: number;
  /** The lesson's own pass mark, when its frontmatter sets one; else the course's applies. */
  passMark?: number;
}

/**
 * What the player's bundle carries: the course without its lessons. The lessons come in one lesson
 * index per language (`LessonIndex`), a file of its own, so the first load does not grow with the
 * course and a changed lesson changes that index, not the player.
 */
export type CourseShell = Omit<CourseModel, 'lessons'>;

/** One lesson as a language's index lists it: the course-wide facts, and its texts and script in that language. */
export interface IndexedLesson extends Omit<LessonEntry, 'variants' | 'files' | 'searchFiles'> {
  /** In the index's language, or the fallback the compiler chose (then `meta.lang` differs). */
  meta: LessonMeta;
  /** The script holding the text of `meta.lang`. */
  file: string;
  /** The script holding the search entries of `meta.lang`. */
  searchFile: string;
}

/** Every lesson of the course in one language: `content/lessons.<lang>.js`, loaded before the overview shows. */
export interface LessonIndex {
  lang: Lang;
  lessons: IndexedLesson[];
}

/**
 * A language's lesson index script. A fixed name, so that the player and index.html hold no name that
 * changes with a lesson: the service worker's precache list revisions it, and the player loads it
 * again, past any cache, when a lesson script it names is gone (`loadLessonIndex`).
 */
export function lessonIndexFileName(lang: Lang): string {
  return `content/lessons.${lang}.js`;
}

export function lessonIndexKey(lang: Lang): string {
  return `lessons/${lang}`;
}

/** The course split as the build ships it: the shell for the player's bundle, an index per language. */
export function splitCourse(course: CourseModel): { shell: CourseShell; indexes: LessonIndex[] } {
  const { lessons, ...shell } = course;
  const indexes = course.languages.map((lang) => ({
    lang,
    lessons: lessons.map(({ variants, files, searchFiles, ...lesson }) => {
      const meta = variants[lang] ?? Object.values(variants)[0]!;
      return { ...lesson, meta, file: files[meta.lang]!, searchFile: searchFiles[meta.lang]! };
    }),
  }));
  return { shell, indexes };
}

/**
 * The course the player plays: the shell with the lessons of every index loaded so far. A language
 * whose index is not loaded has no texts yet; the lessons' course-wide facts come from any index.
 */
export function joinCourse(shell: CourseShell, indexes: readonly LessonIndex[]): CourseModel {
  const first = indexes[0];
  if (!first) throw new Error('joinCourse needs at least one lesson index');
  const byId = indexes.map((index) => ({ lang: index.lang, entries: new Map(index.lessons.map((entry) => [entry.id, entry])) }));
  const lessons = first.lessons.map(({ meta: _meta, file: _file, searchFile: _searchFile, ...lesson }) => {
    const variants: Localized<LessonMeta> = {};
    const files: Localized<string> = {};
    const searchFiles: Localized<string> = {};
    for (const index of byId) {
      const entry = index.entries.get(lesson.id);
      if (!entry) continue;
      variants[index.lang] = entry.meta;
      variants[entry.meta.lang] ??= entry.meta;
      files[entry.meta.lang] = entry.file;
      searchFiles[entry.meta.lang] = entry.searchFile;
    }
    return { ...lesson, variants, files, searchFiles };
  });
  return { ...shell, lessons };
}

/** The text of one lesson in one language, loaded on demand. */
export interface LessonContent {
  id: string;
  lang: Lang;
  /** What learners can do after the lesson; shown on its first page. */
  objectives: string[];
  pages: LessonPage[];
  questions: Question[];
}

export interface LessonPage {
  title: string;
  /** Sanitised HTML. */
  html: string;
}

export interface Question {
  /** Stable within the lesson: `q1`, `q2`, … */
  id: string;
  /** Sanitised inline HTML of the question heading. */
  prompt: string;
  /** Sanitised HTML between the heading and the answers (a scenario, an image); may be empty. */
  stem: string;
  /** More than one right answer: the learner must choose all of them. */
  multiple: boolean;
  answers: Answer[];
  /** Sanitised HTML shown after answering; may be empty. */
  explanation: string;
}

export interface Answer {
  /** Stable within the question: `a1`, `a2`, … in source order. */
  id: string;
  html: string;
  correct: boolean;
  /** Sanitised HTML; empty when the author gave none. */
  feedback: string;
}

/** Where a lesson's facts come from. */
export interface LessonSource {
  title: string;
  /** http(s) address of the source, when the author gave one. */
  url?: string;
  /** The version or publication date that was checked: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
}

/** Who wrote a lesson and where its facts come from: for the about page, loaded when it opens. */
export interface LessonCredits {
  authors: string[];
  sources: LessonSource[];
  /** YYYY-MM: when the facts were last checked. */
  reviewed: string;
}

/** Lesson id → language → credits. */
export type CourseCredits = Record<string, Localized<LessonCredits>>;

/** The key under which the credits script registers itself in CONTENT_GLOBAL. */
export const CREDITS_KEY = 'credits';

/** The key under which the accessibility statement's texts register themselves in CONTENT_GLOBAL. */
export const ACCESSIBILITY_STRINGS_KEY = 'accessibility';

/**
 * What the search finds, in one language: every lesson page as plain text, in the language the learner
 * reads it in (a lesson without this language gives its fallback's pages). Built at build time
 * in shards, one per lesson and language (`searchIndex.ts` in the compiler), so that a changed lesson
 * changes its own shard only; loaded on the first search and joined in course order, matched in the player.
 */
export interface SearchIndex {
  lang: Lang;
  pages: SearchEntry[];
}

export interface SearchEntry {
  lesson: string;
  /** 1-based, as in the route `#/lesson/<id>/<page>`. */
  page: number;
  title: string;
  /** The page's text without markup, blocks separated by a space. */
  text: string;
}

/**
 * A lesson's search shard: its id, the language of its text and a hash of the script (so a cached copy
 * is always right). Shaped like a lesson text's name, so the service worker keeps it with them.
 */
export function searchFileName(lessonId: string, lang: Lang, textHash: string): string {
  return `content/${lessonId}.${lang}-search.${textHash}.js`;
}

/** The key a lesson's search shard registers under; a lesson id cannot hold `:`, so no lesson text takes it. */
export function searchKey(lessonId: string, lang: Lang): string {
  return `search:${lessonId}/${lang}`;
}

/** Global the lesson content scripts register into (works over HTTP and from file://). */
export const CONTENT_GLOBAL = 'wachsamLessons';

/** A classic script that registers `value` under `key` in CONTENT_GLOBAL: loads over HTTP and from file:// alike. */
export function registrationScript(key: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `(self.${CONTENT_GLOBAL}=self.${CONTENT_GLOBAL}||{})[${JSON.stringify(key)}]=${json};\n`;
}

/** Set by the preload script on a script it added, once that has loaded or failed (preloadSnippet.ts). */
export const SETTLED_ATTRIBUTE = 'data-settled';

/** The script (relative to index.html) that registers a lesson's text in one language, if the lesson has that language. */
export function contentFileOf(course: Pick<CourseModel, 'lessons'>, id: string, lang: Lang): string | undefined {
  const files = course.lessons.find((lesson) => lesson.id === id)?.files;
  // Own keys only: a language from the URL such as "__proto__" names no file.
  return files && Object.keys(files).includes(lang) ? files[lang] : undefined;
}

/** A lesson script's name: the lesson, the language and a hash of the script's own text. */
export function contentFileName(id: string, lang: Lang, textHash: string): string {
  return `content/${id}.${lang}.${textHash}.js`;
}

export function contentKey(id: string, lang: Lang): string {
  return `${id}/${lang}`;
}

/** The pass mark for a lesson: the lesson's own, else the course's. */
export function passMarkOf(course: CourseModel, meta: LessonMeta): number {
  return meta.passMark ?? course.passMark;
}
