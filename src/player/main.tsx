import { render } from 'preact';
import shell from 'virtual:wachsam/course';
import { startOffline } from './offline/offlineStatus.ts';
import { ScormTracker } from './tracking/scorm/scormTracker.ts';
import { joinCourse, type LessonIndex } from '../shared/courseModel.ts';
import { languageKey } from '../shared/storageKeys.ts';
import { applyScheme, storedScheme } from './brand/colorScheme.ts';
import { App } from './components/App.tsx';
import { CourseNotLoaded } from './components/CourseNotLoaded.tsx';
import { loadLessonIndex } from './content/loadLessonIndex.ts';
import { pickLanguage } from './i18n/i18n.ts';
import { parseHash } from './router.ts';
import { browserStorage, LocalTracker } from './tracking/localTracker.ts';
import type { Tracker } from './tracking/tracker.ts';
import './styles.css';

const root = document.getElementById('app')!;
applyScheme(shell.id, storedScheme(shell.id));

/**
 * Loads the lesson index of the language the preload script guessed (the same rule: the URL, the last
 * choice in this browser, the browser's languages), starts tracking, and loads the index of the
 * language the LMS stored too when that is another one.
 */
async function start(): Promise<void> {
  const guess = pickLanguage(shell.languages, storedLanguage());
  let first: LessonIndex;
  try {
    first = await loadLessonIndex(guess);
  } catch {
    render(<CourseNotLoaded />, root);
    return;
  }
  const course = joinCourse(shell, [first]);
  // The build sets the target; the branches of other targets are dropped from the bundle.
  const tracker: Tracker =
    __WACHSAM_TARGET__ === 'scorm12'
      ? new ScormTracker('1.2', course)
      : __WACHSAM_TARGET__ === 'scorm2004'
        ? new ScormTracker('2004', course)
        : new LocalTracker(course.id);
  const started = tracker.start();
  // A stored bookmark is resumed only when it names a page: a damaged one (`#/%`) leaves the learner on
  // the overview instead of sending them to "not found" at every launch.
  if (started.bookmark && openedWithoutRoute() && parseHash(started.bookmark).name !== 'notFound') location.replace(started.bookmark);
  let lang = pickLanguage(shell.languages, started.lang ?? null);
  const indexes = [first];
  if (lang !== guess) {
    // Without that language's index the learner keeps the guessed language rather than no course.
    const stored = await loadLessonIndex(lang).catch(() => undefined);
    if (stored) indexes.push(stored);
    else lang = guess;
  }
  const offline = __WACHSAM_TARGET__ === 'web' ? startOffline() : undefined;
  render(<App shell={shell} indexes={indexes} lang={lang} tracker={tracker} started={started} offline={offline} />, root);
}

function storedLanguage(): string | null {
  return browserStorage()?.getItem(languageKey(shell.id)) ?? null;
}

function openedWithoutRoute(): boolean {
  return location.hash === '' || location.hash === '#' || location.hash === '#/';
}

void start();
