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
  /** Hash of all content: changes whenever the built course changes. */
  buildId: string;
  /** Languages the course is offered in, the default first. */
  languages: Lang[];
  title: Localized<string>;
  description: Localized<string>;
  /** Percentage of right answers needed to pass a knowledge check. */
  passMark: number;
  organisation: { name: Localized<string> };
  lessons: LessonEntry[];
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
  variants: Localized<LessonMeta>;
}

export interface LessonMeta {
  /** The language this text is written in (may differ from the requested one after a fallback). */
  lang: Lang;
  title: string;
  summary: string;
  /** Minutes. */
  duration: number;
  objectives: string[];
  /** YYYY-MM: when the facts were last checked. */
  reviewed: string;
  sources: string[];
  authors: string[];
  pageTitles: string[];
  questionCount: number;
  /** Script file (relative to index.html) that registers the lesson content. */
  contentFile: string;
}

/** The text of one lesson in one language, loaded on demand. */
export interface LessonContent {
  id: string;
  lang: Lang;
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

/** Global the lesson content scripts register into (works over HTTP and from file://). */
export const CONTENT_GLOBAL = 'wachsamLessons';

export function contentKey(id: string, lang: Lang): string {
  return `${id}/${lang}`;
}
