import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Offline } from '../offline/offlineStatus.ts';
import { useKeepOffline } from '../offline/useKeepOffline.ts';
import { type CourseModel, type CourseShell, joinCourse, type LessonIndex } from '../../shared/courseModel.ts';
import { loadLessonIndex, onFreshLessonIndex } from '../content/loadLessonIndex.ts';
import { translatorFor } from '../i18n/i18n.ts';
import type { StringKey } from '../../shared/strings/de.ts';
import type { LmsStringKey } from '../../shared/strings/lmsStrings.ts';
import { PlayerContext, type Player } from '../playerContext.ts';
import { useRoute } from '../router.ts';
import { mergeProgress } from '../../shared/mergeProgress.ts';
import { localDate, noteCompletion, type ProgressState } from '../../shared/progress.ts';
import { courseComplete } from '../state/courseCompletion.ts';
import type { Tracker, TrackerStart, TrackingNotice } from '../tracking/tracker.ts';
import { AboutPage } from './AboutPage.tsx';
import { AccessibilityPage } from './AccessibilityPage.tsx';
import { ContactsPage } from './ContactsPage.tsx';
import { CertificatePage } from '../certificate/CertificatePage.tsx';
import { VerifyPage } from '../certificate/VerifyPage.tsx';
import { CourseEnd } from './CourseEnd.tsx';
import { RafflePage } from '../raffle/RafflePage.tsx';
import { useRaffleEligibleEvent } from '../raffle/useRaffleEligibleEvent.ts';
import { useSendQueuedReceipt } from '../completion/useSendQueuedReceipt.ts';
import { KnowledgeCheck } from './KnowledgeCheck.tsx';
import { LessonPage } from './LessonPage.tsx';
import { Notice } from './Notice.tsx';
import { NotFound } from './NotFound.tsx';
import { OfflineNotice } from './OfflineNotice.tsx';
import { Overview } from './Overview.tsx';
import { SearchPage } from './SearchPage.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';

const noticeText: Record<TrackingNotice, StringKey | LmsStringKey> = {
  reset: 'progressReset',
  partReset: 'progressPartReset',
  full: 'storageFull',
  unavailable: 'progressNotSaved',
  noLms: 'noLms',
  lmsRetrying: 'lmsRetrying',
  lmsNotSaved: 'lmsNotSaved',
  lmsUnreachable: 'lmsUnreachable',
  unreadableInLms: 'lmsUnreadableKept',
};

interface AppProps {
  shell: CourseShell;
  /** The lesson indexes loaded so far: the one of `lang` among them. */
  indexes: LessonIndex[];
  /** The language to start in. */
  lang: string;
  tracker: Tracker;
  started: TrackerStart;
  /** Service worker news, in the intranet bundle only. */
  offline?: Offline;
}

export function App({ shell, tracker, started, offline, ...initial }: AppProps) {
  const [progress, setProgress] = useState<ProgressState>(started.state);
  const [notice, setNotice] = useState<TrackingNotice | undefined>(started.notice);
  const [lang, setLang] = useState(initial.lang);
  const [indexes, setIndexes] = useState(initial.indexes);
  const [languageFailed, setLanguageFailed] = useState(false);
  // A mastery score from the LMS wins over the course's and every lesson's own pass mark.
  const course = useMemo(() => withPassMark(joinCourse(shell, indexes), started.passMark), [indexes]);
  // A language's strings come with its lesson index, which is loaded before the language is switched to.
  const t = useMemo(() => translatorFor(lang), [lang, indexes]);
  useKeepOffline(offline, course, lang);
  if (__WACHSAM_RAFFLE__) useRaffleEligibleEvent(course, progress);
  if (__WACHSAM_COMPLETION__) useSendQueuedReceipt(course);
  const route = useRoute();

  useEffect(() => {
    // Trouble that lasts only while saving fails is cleared once a save works again.
    tracker.onNotice = (next) =>
      setNotice((current) => (next ? next : current === 'lmsRetrying' || current === 'lmsNotSaved' || current === 'full' ? undefined : current));
  }, []);
  // Another tab stored progress: take in what it reached, so this tab neither shows nor writes an older copy.
  useEffect(() => tracker.subscribe?.((stored) => setProgress((ours) => mergeProgress(ours, stored))), []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // An index loaded again, fresh (the loaded one named a lesson script that is gone): show what it names.
  useEffect(() => onFreshLessonIndex((fresh) => setIndexes((loaded) => [...loaded.filter((index) => index.lang !== fresh.lang), fresh])), []);

  const switchTo = (next: string) => {
    setLanguageFailed(false);
    setLang(next);
    tracker.save(progress, next, location.hash);
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', next);
      history.replaceState(history.state, '', url);
    }
  };

  const player: Player = {
    course,
    lang,
    t,
    progress,
    update: (change) =>
      setProgress((before) => {
        const changed = change(before);
        const after = changed === before ? before : noteCompletion(changed, courseComplete(course, changed), localDate(new Date()));
        if (after !== before) tracker.save(after, lang, location.hash);
        return after;
      }),
    // The texts of another language come with its lesson index; until that is loaded, the page stays as it is.
    setLanguage: (next) => {
      if (indexes.some((index) => index.lang === next)) return switchTo(next);
      loadLessonIndex(next).then(
        (index) => {
          setIndexes((loaded) => (loaded.some((other) => other.lang === index.lang) ? loaded : [...loaded, index]));
          switchTo(next);
        },
        () => setLanguageFailed(true),
      );
    },
  };

  const routeKey = JSON.stringify(route);
  return (
    <PlayerContext.Provider value={player}>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {notice && (
          <Notice onDismiss={notice === 'lmsRetrying' || notice === 'lmsNotSaved' || notice === 'full' ? undefined : () => setNotice(undefined)}>
            {player.t(noticeText[notice])}
          </Notice>
        )}
        {languageFailed && <Notice onDismiss={() => setLanguageFailed(false)}>{player.t('languageNotLoaded')}</Notice>}
        {route.name === 'overview' && <Overview key={routeKey} review={started.review} />}
        {route.name === 'about' && <AboutPage key={routeKey} />}
        {route.name === 'contacts' && <ContactsPage key={routeKey} />}
        {route.name === 'accessibility' && <AccessibilityPage key={routeKey} />}
        {__WACHSAM_RAFFLE__ && route.name === 'raffle' && (course.raffle ? <RafflePage key={routeKey} /> : <NotFound key={routeKey} />)}
        {route.name === 'end' && <CourseEnd key={routeKey} />}
        {route.name === 'certificate' && <CertificatePage key={routeKey} />}
        {route.name === 'verify' && (course.certificate ? <VerifyPage key={routeKey} /> : <NotFound key={routeKey} />)}
        {route.name === 'page' && <LessonPage key={routeKey} lessonId={route.lessonId} page={route.page} />}
        {route.name === 'check' && <KnowledgeCheck key={routeKey} lessonId={route.lessonId} />}
        {route.name === 'search' && <SearchPage key={routeKey} query={route.query} />}
        {route.name === 'notFound' && <NotFound key={routeKey} />}
        {/* Last, so that arriving a second or two after load it moves nothing the learner is reading. */}
        {offline && <OfflineNotice subscribe={offline.subscribe} />}
      </main>
      <SiteFooter />
    </PlayerContext.Provider>
  );
}

function withPassMark(course: CourseModel, passMark: number | undefined): CourseModel {
  if (!passMark) return course;
  const lessons = course.lessons.map((lesson) => ({
    ...lesson,
    variants: Object.fromEntries(Object.entries(lesson.variants).map(([lang, meta]) => [lang, { ...meta, passMark: undefined }])),
  }));
  return { ...course, passMark, lessons };
}
