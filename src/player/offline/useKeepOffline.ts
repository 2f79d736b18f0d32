import { useEffect } from 'preact/hooks';
import type { CourseModel, LessonIndex } from '../../shared/courseModel.ts';
import { loadLessonIndex } from '../content/loadLessonIndex.ts';
import type { Offline } from './offlineStatus.ts';

/**
 * Has the service worker keep the course for offline use: the learner's language first (then the
 * learner is told), then, once the browser is idle, its search index and the other languages (each
 * with its search index). After an update, only the lesson files the worker does not have yet are fetched.
 */
export function useKeepOffline(offline: Offline | undefined, course: CourseModel, lang: string): void {
  useEffect(() => {
    if (!offline) return;
    let current = true;
    const mine = course.lessons.map((lesson) => lesson.files[(lesson.variants[lang] ?? Object.values(lesson.variants)[0]!).lang]!);
    void offline.keep(mine, true).then((kept) => {
      if (!kept || !current) return;
      whenIdle(async () => {
        const search = course.searchFiles[lang];
        if (search) await offline.keep([search], false);
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
  return [...index.lessons.map((lesson) => lesson.file), index.searchFile];
}

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 2000);
}
