import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CertificateSettings, CourseModel, LessonContent, LessonEntry, LessonMeta, Localized, RaffleModel } from '../../shared/courseModel.ts';
import { accessibilityStatementStrings } from '../../shared/accessibilityStatementStrings.ts';
import { contentPathProblem } from '../../shared/contentPaths.ts';
import {
  ACCESSIBILITY_STRINGS_KEY,
  contentFileName,
  contentKey,
  CREDITS_KEY,
  type CourseCredits,
  lessonIndexFileName,
  lessonIndexKey,
  registrationScript,
  searchFileName,
  searchKey,
  splitCourse,
} from '../../shared/courseModel.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import type { LessonReadability } from '../checks/authorChecks.ts';
import type { LanguageFigures } from '../checks/courseFigures.ts';
import type { CourseLesson } from '../load/courseLessons.ts';
import { assetBaseOf } from '../../shared/contentPaths.ts';
import type { LocalizedText, Theme } from '../theme/themeSchema.ts';
import type { LoadedTheme } from '../load/loadTheme.ts';
import { raffleModel } from './raffleModel.ts';
import { searchIndexOf } from './searchIndex.ts';
import { languageNames } from '../../shared/strings/stringTables.ts';
import { assignOutputPaths, withOutputPaths } from '../lesson/outputNames.ts';
import { accessibilityOf } from '../theme/accessibilityValues.ts';
import { brandFileName, brandOf, iconSizesOf, localize, organisationOf } from '../theme/themeValues.ts';

/** A file the build writes next to index.html. */
export interface OutputFile {
  /** Relative to the bundle root, with forward slashes. */
  fileName: string;
  /** Either the text to write or the absolute path of a file to copy. */
  source: { text: string } | { copyFrom: string };
}

export interface CompiledCourse {
  /** Undefined when errors stop the build. */
  course: CourseModel | undefined;
  /** A hash of everything the course holds: changes whenever the built course changes (report.json). */
  buildId?: string;
  contents: LessonContent[];
  files: OutputFile[];
  diagnostics: Diagnostic[];
  lessonCount: number;
  /** Per lesson and language, when author checks ran. */
  readability: LessonReadability[];
  /** Per language, when author checks ran: questions, the right-is-longest share, reading time. */
  figures: LanguageFigures[];
  /** Checks that did not run, and why (theme.yaml has errors): said after the diagnostics. */
  skipped?: string;
  /** Only for the default theme itself, the template: its placeholders (T010), counted instead of listed. */
  templatePlaceholders?: { file: string; count: number };
}

/** What assembleCourse needs: everything already read and checked, with no errors among the diagnostics. */
export interface CourseInput {
  theme: Theme;
  themed: LoadedTheme;
  lessons: readonly CourseLesson[];
  languages: string[];
  themeDir: string;
  /** The theme's icon (or its logo), for the sizes the web app manifest states. */
  iconBytes: Uint8Array;
  /** Whether the theme still has the default theme's organisation name (no name of its own). */
  nameIsPlaceholder?: boolean;
  /** Absolute paths of the licence files every bundle carries. */
  licenceFiles: { LICENSE: string; 'LICENSE-CONTENT': string };
  /** The Wachsam release (package.json): the course's edition unless the theme names one. */
  wachsamVersion: string;
  diagnostics: Diagnostic[];
  readability: LessonReadability[];
  figures: LanguageFigures[];
}

/**
 * Parsed lessons and theme in, the course model and the files that carry lesson text out. Pure: reads
 * no file (the loader, compileCourse, passes the icon's bytes and the licence files' paths).
 */
export function assembleCourse(input: CourseInput): CompiledCourse {
  const { theme, themed, languages, diagnostics, readability, figures } = input;
  const contents: LessonContent[] = [];
  const files: OutputFile[] = [];
  const lessons: LessonEntry[] = [];
  const credits: CourseCredits = {};
  const scripts: { id: string; lang: string; text: string; fileName: string }[] = [];
  for (const lesson of input.lessons) {
    const available = languages.filter((lang) => lesson.variants.has(lang));
    const metas = new Map<string, LessonMeta>();
    const assetBase = assetBaseOf(lesson.id);
    const outputs = assignOutputPaths([...lesson.variants.values()].flatMap((variant) => variant.assets.map((asset) => asset.src)));
    const searchFiles: Localized<string> = {};
    for (const lang of available) {
      const variant = lesson.variants.get(lang)!;
      const content = withOutputPaths(variant.content, assetBase, outputs);
      const text = contentScript(content);
      scripts.push({ id: lesson.id, lang, text, fileName: contentFileName(lesson.id, lang, hash(text)) });
      contents.push(content);
      // The lesson's shard of the search index: its pages as plain text, changed only when the lesson is.
      const search = registrationScript(searchKey(lesson.id, lang), searchIndexOf(lang, [content]));
      searchFiles[lang] = searchFileName(lesson.id, lang, hash(search));
      files.push({ fileName: searchFiles[lang], source: { text: search } });
      const front = variant.frontmatter!;
      credits[lesson.id] = { ...credits[lesson.id], [lang]: { authors: front.authors, sources: front.sources, reviewed: front.reviewed } };
      metas.set(lang, {
        lang,
        title: front.title,
        summary: front.summary,
        // Declared by the author, else estimated from this language's text (readingTime.ts).
        duration: front.duration ?? variant.readingTime.minutes,
        pageCount: variant.content.pages.length,
        questionCount: variant.content.questions.length,
        ...(front.passMark === undefined ? {} : { passMark: front.passMark }),
      });
      for (const asset of variant.assets) {
        const target = `${assetBase}/${outputs.get(asset.src)!}`;
        if (!files.some((file) => file.fileName === target)) {
          files.push({ fileName: target, source: publishedSource(lesson.svgTexts, asset.src, `${lesson.dir}/${asset.src}`) });
        }
      }
    }
    const variants: Localized<LessonMeta> = {};
    for (const lang of languages) variants[lang] = metas.get(lang) ?? metas.get(available[0]!)!;
    const localised = [...lesson.variants.values()].some((variant) => variant.localised);
    const lessonFiles: Localized<string> = {};
    for (const script of scripts.filter((candidate) => candidate.id === lesson.id)) lessonFiles[script.lang] = script.fileName;
    const shape = {
      pages: Math.max(1, ...[...metas.values()].map((meta) => meta.pageCount)),
      questions: Math.max(0, ...[...metas.values()].map((meta) => meta.questionCount)),
    };
    lessons.push({ id: lesson.id, trackKey: '', languages: available, origin: lesson.origin, localised, shape, variants, files: lessonFiles, searchFiles });
  }

  assignTrackKeys(lessons);
  const raffle = raffleOf(theme, lessons, contents, languages);
  const iconFile = theme.brand.icon ?? theme.brand.logo;
  const pick = (text: LocalizedText): Localized<string> => localize(text, languages);
  const course: CourseModel = {
    modelVersion: 1,
    id: theme.course.id,
    languages,
    languageNames: languageNames(languages),
    title: pick(theme.course.title),
    description: pick(theme.course.description),
    version: theme.course.version ?? input.wachsamVersion,
    nextSteps: theme.course.nextSteps.map(pick),
    ...(theme.certificate.enabled ? { certificate: certificateOf(theme.certificate, pick) } : {}),
    passMark: theme.course.passMark,
    organisation: { ...organisationOf(theme, languages), ...(input.nameIsPlaceholder ? { nameIsPlaceholder: true as const } : {}) },
    brand: brandOf(theme, languages, iconSizesOf(iconFile, input.iconBytes)),
    lessons,
    creditsFile: creditsFileOf(credits, languages, files),
    ...(raffle ? { raffle } : {}),
    ...(theme.completion?.enabled ? { completion: { endpoint: theme.completion.endpoint!, privacy: pick(theme.completion.privacy!) } } : {}),
    accessibility: accessibilityOf(theme, languages, contents, accessibilityStringsFile(files)),
  };
  const brandFiles = [theme.brand.logo, theme.brand.logoDark, theme.brand.icon, ...theme.brand.fonts.map((font) => font.file)];
  for (const file of new Set(brandFiles.filter((name): name is string => !!name))) {
    files.push({ fileName: brandFileName(file), source: publishedSource(themed.svgTexts, file, join(input.themeDir, file)) });
  }
  for (const [name, target] of [
    ['LICENSE', 'LICENSE.txt'],
    ['LICENSE-CONTENT', 'LICENSE-CONTENT.txt'],
  ] as const) {
    files.push({ fileName: target, source: { copyFrom: input.licenceFiles[name] } });
  }
  const buildId = hash(JSON.stringify(course) + scripts.map((script) => script.text).join());
  for (const script of scripts) files.push({ fileName: script.fileName, source: { text: script.text } });
  for (const index of splitCourse(course).indexes) {
    files.push({ fileName: lessonIndexFileName(index.lang), source: { text: registrationScript(lessonIndexKey(index.lang), index) } });
  }
  // Every name is portable by construction; asserted here so that `check` fails where `build` would.
  for (const file of files) {
    const problem = contentPathProblem(file.fileName);
    if (problem) throw new Error(`Output file "${file.fileName}" cannot go into every package: ${problem}. This is a bug in Wachsam; please report it.`);
  }
  return { course, buildId, contents, files, diagnostics, lessonCount: input.lessons.length, readability, figures };
}

function certificateOf(settings: Theme['certificate'], pick: (text: LocalizedText) => Localized<string>): CertificateSettings {
  const signer = settings.signer;
  return signer ? { signer: { role: pick(signer.role), ...(signer.name ? { name: pick(signer.name) } : {}) } } : {};
}

/** SVG files are published as sanitised at load time; every other file as it is. */
function publishedSource(svgTexts: ReadonlyMap<string, string>, name: string, path: string): OutputFile['source'] {
  const text = svgTexts.get(name);
  if (text !== undefined) return { text };
  // An SVG that was not sanitised must never be copied as it is; the loaders make this unreachable.
  if (/\.svg$/i.test(name)) throw new Error(`The SVG "${name}" was not sanitised. This is a bug in Wachsam; please report it.`);
  return { copyFrom: path };
}

/**
 * Gives each lesson a short key for compact progress: 4 base-36 characters of a hash of its id,
 * lengthened only for ids that would collide, so keys stay stable as lessons come and go.
 */
export function assignTrackKeys(lessons: { id: string; trackKey: string }[]): void {
  const full = new Map(lessons.map((lesson) => [lesson.id, BigInt(`0x${createHash('sha256').update(lesson.id).digest('hex').slice(0, 24)}`).toString(36)]));
  for (let length = 4; ; length++) {
    const counts = new Map<string, number>();
    for (const lesson of lessons) {
      if (!lesson.trackKey || length === 4) lesson.trackKey = full.get(lesson.id)!.slice(0, length);
      counts.set(lesson.trackKey, (counts.get(lesson.trackKey) ?? 0) + 1);
    }
    const clashing = lessons.filter((lesson) => counts.get(lesson.trackKey)! > 1);
    if (clashing.length === 0) return;
    for (const lesson of clashing) lesson.trackKey = '';
  }
}

/** The raffle part of the model, when the theme switches it on (courseLessons has checked its required lessons: T006). */
function raffleOf(theme: Theme, lessons: readonly LessonEntry[], contents: readonly LessonContent[], languages: readonly string[]): RaffleModel | undefined {
  const settings = theme.raffle;
  if (!settings?.enabled) return undefined;
  const withCheck = lessons.filter((lesson) => Object.values(lesson.variants).some((meta) => meta.questionCount > 0)).map((lesson) => lesson.id);
  const required = settings.requiredLessons ?? withCheck;
  const pick = (text: LocalizedText | undefined) => (text === undefined ? undefined : localize(text, languages));
  return raffleModel(
    {
      campaign: settings.campaign,
      start: settings.start,
      end: settings.end,
      mode: settings.mode,
      phrase: settings.phrase,
      requiredLessons: required,
      ...(settings.howToEnter ? { howToEnter: pick(settings.howToEnter)! } : {}),
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      ...(settings.mailto ? { mailto: settings.mailto } : {}),
      terms: pick(settings.terms)!,
      privacy: pick(settings.privacy)!,
      scorm: settings.scorm,
    },
    contents,
    languages[0]!,
  );
}

/** Every lesson's credits in all course languages (falling back like the texts), as one script. */
function creditsFileOf(credits: CourseCredits, languages: readonly string[], files: OutputFile[]): string {
  for (const byLang of Object.values(credits)) {
    const first = Object.values(byLang)[0]!;
    for (const lang of languages) byLang[lang] ??= first;
  }
  const script = registrationScript(CREDITS_KEY, credits);
  const fileName = `content/credits.${hash(script)}.js`;
  files.push({ fileName, source: { text: script } });
  return fileName;
}

/** The accessibility statement's texts as one script, loaded by its page only. */
function accessibilityStringsFile(files: OutputFile[]): string {
  const script = registrationScript(ACCESSIBILITY_STRINGS_KEY, accessibilityStatementStrings);
  const fileName = `content/accessibility.${hash(script)}.js`;
  files.push({ fileName, source: { text: script } });
  return fileName;
}

/** A classic script, so lesson text loads over HTTP and from file:// alike. */
function contentScript(content: LessonContent): string {
  return registrationScript(contentKey(content.id, content.lang), content);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
