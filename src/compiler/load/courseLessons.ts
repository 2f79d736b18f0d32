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
  const order = themed.theme?.course.lessons;
  if (!order) return { lessons: all, diagnostics };

  const sink = new DiagnosticSink(displayPath(join(themed.dir, 'theme.yaml')));
  const chosen: CourseLesson[] = [];
  order.forEach((id, index) => {
    const lesson = byId.get(id.toLowerCase());
    if (lesson) chosen.push(lesson);
    else sink.report('T005', themed.positionOf(['course', 'lessons', index]), { id, known: all.map((known) => known.id) });
  });
  return { lessons: chosen, diagnostics: [...diagnostics, ...sink.items] };
}
