import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listTree } from './listTree.ts';
import type { CourseModel, LessonContent } from '../shared/courseModel.ts';
import type { Diagnostic } from '../compiler/diagnostics/diagnostics.ts';

export interface SearchSize {
  files: number;
  bytes: number;
  /** Each shard gzipped on its own, summed: what a learner's browser fetches. */
  gzipBytes: number;
}

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
  /** Per language, the search index (fetched on the first search, not on the first load): its shards, one per lesson, and their sizes summed. */
  search: Record<string, SearchSize>;
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

/** Per language, the measured search shards among the web bundle's files (`web/…`). */
export function searchSizes(course: CourseModel, files: readonly OutputSize[]): Record<string, SearchSize> {
  const sizes: Record<string, SearchSize> = {};
  for (const lang of course.languages) {
    const shards = course.lessons.map((lesson) => files.find((file) => file.path === `web/${lesson.searchFiles[lesson.variants[lang]!.lang]}`));
    sizes[lang] = shards.reduce<SearchSize>(
      (sum, shard) => (shard ? { files: sum.files + 1, bytes: sum.bytes + shard.bytes, gzipBytes: sum.gzipBytes + shard.gzipBytes } : sum),
      { files: 0, bytes: 0, gzipBytes: 0 },
    );
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
