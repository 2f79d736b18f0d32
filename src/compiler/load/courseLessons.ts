import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import { loadLessons, type LoadOptions, type SourceLesson } from './loadLessons.ts';
import type { LoadedTheme } from './loadTheme.ts';

export interface CourseLesson extends SourceLesson {
  origin: 'course' | 'added' | 'replaced';
}

/**
 * The course's lessons, then the theme's own (`<theme>/lessons/`): a theme lesson with the id of a
 * course lesson replaces it. The theme's `course.lessons` picks and orders them; else all, by id.
 * T005 for an unknown id there, T006 for one in `raffle.requiredLessons` that is not a course lesson.
 */
export async function courseLessons(
  lessonsDir: string,
  themed: LoadedTheme,
  languages: readonly string[],
  displayPath: (path: string) => string,
  options: LoadOptions,
): Promise<{ lessons: CourseLesson[]; diagnostics: Diagnostic[] }> {
  const base = await loadLessons(lessonsDir, languages, displayPath, options);
  const local = await loadLessons(join(themed.dir, 'lessons'), languages, displayPath, { ...options, required: false });
  const byId = new Map<string, CourseLesson>(base.lessons.map((lesson) => [lesson.id.toLowerCase(), { ...lesson, origin: 'course' }]));
  for (const lesson of local.lessons) {
    const replaced = byId.has(lesson.id.toLowerCase());
    byId.set(lesson.id.toLowerCase(), { ...lesson, origin: replaced ? 'replaced' : 'added' });
  }
  const diagnostics = [...base.diagnostics, ...local.diagnostics];
  const all = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const order = themed.parts.lessonOrder;
  const sink = new DiagnosticSink(displayPath(join(themed.dir, 'theme.yaml')));
  for (const { id, index } of order?.ids ?? []) {
    if (!byId.has(id.toLowerCase())) sink.report('T005', themed.positionOf(['course', 'lessons', index]), { id, known: all.map((known) => known.id) });
  }
  // A complete list picks the lessons it names. While it has an error, the raffle's lessons are checked
  // against all lessons, so a misspelt id in course.lessons is one error, not also one for the lesson it meant.
  const lessons = order?.complete ? order.ids.flatMap(({ id }) => byId.get(id.toLowerCase()) ?? []) : all;
  const known = order?.complete && sink.items.length === 0 ? lessons : all;
  for (const { id, index } of themed.parts.requiredLessons?.ids ?? []) {
    if (!known.some((lesson) => lesson.id === id)) {
      sink.report('T006', themed.positionOf(['raffle', 'requiredLessons', index]), { id, known: known.map((lesson) => lesson.id) });
    }
  }
  return { lessons, diagnostics: [...diagnostics, ...sink.items] };
}
