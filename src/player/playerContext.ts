import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CourseModel, LessonMeta } from '../shared/courseModel.ts';
import type { Translate } from './i18n/i18n.ts';
import type { ProgressState } from '../shared/progress.ts';

export interface Player {
  course: CourseModel;
  lang: string;
  t: Translate;
  progress: ProgressState;
  update: (change: (state: ProgressState) => ProgressState) => void;
  setLanguage: (lang: string) => void;
}

export const PlayerContext = createContext<Player | null>(null);

export function usePlayer(): Player {
  const player = useContext(PlayerContext);
  if (!player) throw new Error('usePlayer outside PlayerContext');
  return player;
}

/** The lesson's texts in the learner's language (or the fallback the compiler chose). */
export function metaOf(course: CourseModel, lessonId: string, lang: string): LessonMeta | undefined {
  const lesson = course.lessons.find((entry) => entry.id === lessonId);
  return lesson?.variants[lang] ?? (lesson ? Object.values(lesson.variants)[0] : undefined);
}
