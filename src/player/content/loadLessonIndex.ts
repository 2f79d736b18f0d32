import { lessonIndexFileName, lessonIndexKey, type LessonIndex } from '../../shared/courseModel.ts';
import { forgetRegistered, loadRegistered } from './loadRegistered.ts';

type FreshIndexListener = (index: LessonIndex) => void;
const listeners = new Set<FreshIndexListener>();

/**
 * A language's lesson index (`content/lessons.<lang>.js`): every lesson's title, summary, duration and
 * script in that language. The preload script has usually started loading it already. `fresh` loads it
 * past every cache: a lesson script the loaded index names is gone, so that index is an older one.
 */
export function loadLessonIndex(lang: string, fresh = false): Promise<LessonIndex> {
  const file = lessonIndexFileName(lang);
  const key = lessonIndexKey(lang);
  if (!fresh) return loadRegistered<LessonIndex>(file, key);
  const older = forgetRegistered(key);
  return loadRegistered<LessonIndex>(`${file}?fresh=${Date.now()}`, key).then(
    (index) => {
      for (const listener of listeners) listener(index);
      return index;
    },
    (error: unknown) => {
      // Offline, or the server is gone: keep the older index rather than none.
      if (older) globalThis.wachsamLessons![key] = older;
      throw error;
    },
  );
}

/** Tells the player when an index was loaded again, fresh, so that it shows and loads what that one names. */
export function onFreshLessonIndex(listener: FreshIndexListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
