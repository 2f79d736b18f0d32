import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CourseModel } from '../../shared/courseModel.ts';
import { createI18n, pickLanguage } from '../i18n/i18n.ts';
import { PlayerContext, type Player } from '../playerContext.ts';
import { useRoute } from '../router.ts';
import type { ProgressState } from '../state/progress.ts';
import { loadProgress, saveProgress, type LoadNotice } from '../state/progressStorage.ts';
import { AboutPage } from './AboutPage.tsx';
import { KnowledgeCheck } from './KnowledgeCheck.tsx';
import { LessonPage } from './LessonPage.tsx';
import { Notice } from './Notice.tsx';
import { NotFound } from './NotFound.tsx';
import { Overview } from './Overview.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function App({ course }: { course: CourseModel }) {
  const storage = browserStorage();
  const progressKey = `wachsam:${course.id}:progress`;
  const languageKey = `wachsam:${course.id}:lang`;
  const [initial] = useState(() => loadProgress(storage, progressKey));
  const [progress, setProgress] = useState<ProgressState>(initial.state);
  const [notice, setNotice] = useState<LoadNotice | undefined>(initial.notice);
  const [lang, setLang] = useState(() => pickLanguage(course.languages, safeGet(storage, languageKey)));
  const i18n = useMemo(() => createI18n(lang, course.languages), []);
  const route = useRoute();

  useEffect(() => {
    document.documentElement.lang = lang;
    void i18n.changeLanguage(lang);
  }, [lang]);

  const player: Player = {
    course,
    lang,
    t: i18n.getFixedT(lang),
    progress,
    update: (change) =>
      setProgress((before) => {
        const after = change(before);
        if (after !== before && !saveProgress(storage, progressKey, after)) setNotice('unavailable');
        return after;
      }),
    setLanguage: (next) => {
      setLang(next);
      try {
        storage?.setItem(languageKey, next);
      } catch {
        // Not remembering the language is harmless; the progress notice covers blocked storage.
      }
      const url = new URL(location.href);
      if (url.searchParams.has('lang')) {
        url.searchParams.set('lang', next);
        history.replaceState(history.state, '', url);
      }
    },
  };

  const routeKey = JSON.stringify(route);
  return (
    <PlayerContext.Provider value={player}>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {notice && (
          <Notice onDismiss={() => setNotice(undefined)}>
            {player.t(notice === 'reset' ? 'progressReset' : 'progressNotSaved')}
          </Notice>
        )}
        {route.name === 'overview' && <Overview key={routeKey} />}
        {route.name === 'about' && <AboutPage key={routeKey} />}
        {route.name === 'page' && <LessonPage key={routeKey} lessonId={route.lessonId} page={route.page} />}
        {route.name === 'check' && <KnowledgeCheck key={routeKey} lessonId={route.lessonId} />}
        {route.name === 'notFound' && <NotFound key={routeKey} />}
      </main>
      <SiteFooter />
    </PlayerContext.Provider>
  );
}

function safeGet(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
