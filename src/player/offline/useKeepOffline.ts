import { useEffect } from 'preact/hooks';
import type { CourseModel, LessonIndex } from '../../shared/courseModel.ts';
import { loadLessonIndex } from '../content/loadLessonIndex.ts';
import type { Offline } from './offlineStatus.ts';

/**
 * Has the service worker keep the course for offline use: the learner's language first (then the
 * learner is told), then, once the browser is idle, its search shards and the other languages (each
 * with its search shards). After an update, only the lesson files the worker does not have yet are fetched.
 */
export function useKeepOffline(offline: Offline | undefined, course: CourseModel, lang: string): void {
  useEffect(() => {
    if (!offline) return;
    let current = true;
    const read = course.lessons.map((lesson) => ({ lesson, textLang: (lesson.variants[lang] ?? Object.values(lesson.variants)[0]!).lang }));
    const mine = read.map(({ lesson, textLang }) => lesson.files[textLang]!);
    void offline.keep(mine, true).then((kept) => {
      if (!kept || !current) return;
      whenIdle(async () => {
        await offline.keep(
          read.map(({ lesson, textLang }) => lesson.searchFiles[textLang]!),
          false,
        );
        for (const other of course.languages.filter((code) => code !== lang)) {
          const index = await loadLessonIndex(other).catch(() => undefined);
          if (index && current) await offline.keep(filesOf(index), false);
        }
      });
    });
    return () => {
      current = false;
    };
  }, [lang, course]);
}

function filesOf(index: LessonIndex): string[] {
  return index.lessons.flatMap((lesson) => [lesson.file, lesson.searchFile]);
}

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 2000);
}
