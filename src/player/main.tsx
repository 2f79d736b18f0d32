import { render } from 'preact';
import course from 'virtual:wachsam/course';
import { startOffline } from './offline/offlineStatus.ts';
import { ScormTracker } from './tracking/scorm/scormTracker.ts';
import type { CourseModel } from '../shared/courseModel.ts';
import { applyScheme, storedScheme } from './brand/colorScheme.ts';
import { App } from './components/App.tsx';
import { parseHash } from './router.ts';
import { LocalTracker } from './tracking/localTracker.ts';
import type { Tracker } from './tracking/tracker.ts';
import './styles.css';

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
// A mastery score from the LMS wins over the course's and every lesson's own pass mark.
const played = started.passMark ? withPassMark(course, started.passMark) : course;
applyScheme(played.id, storedScheme(played.id));

const offline = __WACHSAM_TARGET__ === 'web' ? startOffline() : undefined;
render(<App course={played} tracker={tracker} started={started} offline={offline} />, document.getElementById('app')!);

function withPassMark(model: CourseModel, passMark: number): CourseModel {
  const lessons = model.lessons.map((lesson) => ({
    ...lesson,
    variants: Object.fromEntries(Object.entries(lesson.variants).map(([lang, meta]) => [lang, { ...meta, passMark: undefined }])),
  }));
  return { ...model, passMark, lessons };
}

function openedWithoutRoute(): boolean {
  return location.hash === '' || location.hash === '#' || location.hash === '#/';
}
