import { useLayoutEffect, useState } from 'preact/hooks';
import type { LessonContent, LessonMeta } from '../../shared/courseModel.ts';
import { usePlayer } from '../playerContext.ts';
import { loadedLessonContent, loadLessonContent } from './loadLessonContent.ts';

export type ContentState = { status: 'loading' } | { status: 'ready'; content: LessonContent } | { status: 'failed'; retry: () => void };

/** The text of a lesson in the given variant's language, reloaded when the language changes. */
export function useLessonContent(id: string, meta: LessonMeta | undefined): ContentState {
  const { course } = usePlayer();
  const [state, setState] = useState<ContentState>(() => {
    const ready = meta && loadedLessonContent(id, meta.lang);
    return ready ? { status: 'ready', content: ready } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  // A layout effect starts listening before the first paint: the text often arrives right after it.
  useLayoutEffect(() => {
    if (!meta) return;
    let current = true;
    setState((before) => (before.status === 'ready' && before.content.lang === meta.lang ? before : { status: 'loading' }));
    loadLessonContent(course, id, meta.lang).then(
      (content) => current && setState({ status: 'ready', content }),
      () => current && setState({ status: 'failed', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      current = false;
    };
  }, [id, meta?.lang, attempt]);
  return state;
}
