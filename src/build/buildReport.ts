import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listTree } from './listTree.ts';
import type { CourseModel, LessonContent } from '../shared/courseModel.ts';
import type { Diagnostic } from '../compiler/diagnostics/diagnostics.ts';

export interface OutputSize {
  /** Relative to the output folder, with forward slashes. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** `dist/report.json`: what was built, how big it is, and what the author should still fix. */
export interface BuildReport {
  course: { id: string; title: Record<string, string>; languages: string[]; buildId: string };
  lessons: {
    id: string;
    languages: string[];
    pages: Record<string, number>;
    questions: Record<string, number>;
  }[];
  files: OutputSize[];
  /** Per language, the search index (fetched on the first search, not on the first load) with its sizes. */
  search: Record<string, OutputSize>;
  warnings: Diagnostic[];
}

export function describeCourse(course: CourseModel, buildId: string, contents: readonly LessonContent[]): Omit<BuildReport, 'files' | 'search' | 'warnings'> {
  return {
    course: { id: course.id, title: course.title, languages: course.languages, buildId },
    lessons: course.lessons.map((lesson) => {
      const mine = contents.filter((content) => content.id === lesson.id);
      return {
        id: lesson.id,
        languages: lesson.languages,
        pages: Object.fromEntries(mine.map((content) => [content.lang, content.pages.length])),
        questions: Object.fromEntries(mine.map((content) => [content.lang, content.questions.length])),
      };
    }),
  };
}

/** Per language, the measured search index among the web bundle's files (`web/…`). */
export function searchSizes(course: CourseModel, files: readonly OutputSize[]): Record<string, OutputSize> {
  const sizes: Record<string, OutputSize> = {};
  for (const [lang, file] of Object.entries(course.searchFiles)) {
    const size = files.find((candidate) => candidate.path === `web/${file}`);
    if (size) sizes[lang] = size;
  }
  return sizes;
}

/** Every file below `dir`, with its size and gzipped size, sorted by path. */
export async function measureFiles(dir: string, skip: (path: string) => boolean = () => false): Promise<OutputSize[]> {
  const sizes: OutputSize[] = [];
  for (const { path, full, isFile } of await listTree(dir)) {
    if (!isFile || skip(path)) continue;
    const data = await readFile(full);
    sizes.push({ path, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length });
  }
  return sizes.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The outputs this build wrote, by name relative to `outDir` (folders with every file below them), with
 * sizes, sorted by path. Only these: whatever else is in the folder was not built now and is not listed.
 */
export async function measureOutputs(outDir: string, names: readonly string[]): Promise<OutputSize[]> {
  const sizes: OutputSize[] = [];
  for (const name of names) {
    const full = join(outDir, name);
    if ((await stat(full)).isDirectory()) {
      sizes.push(...(await measureFiles(full)).map((size) => ({ ...size, path: `${name}/${size.path}` })));
    } else {
      const data = await readFile(full);
      sizes.push({ path: name, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length });
    }
  }
  return sizes.sort((a, b) => a.path.localeCompare(b.path));
}
