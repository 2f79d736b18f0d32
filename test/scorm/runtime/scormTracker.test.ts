import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressState } from '../../../src/shared/progress.ts';
import type { TrackingNotice } from '../../../src/player/tracking/tracker.ts';
import type { ScormVersion } from '../../../src/shared/scormVersion.ts';
import { ScormTracker } from '../../../src/player/tracking/scorm/scormTracker.ts';
import { decodeSuspendData } from '../../../src/lms/suspendData.ts';
import { courseStub } from './courseStub.ts';
import { FakeLms, type Faults, memoryStorage } from './fakeLms.ts';

const course = courseStub(3);
const [a, b] = course.lessons.map((lesson) => lesson.id) as [string, string];
const passedA: ProgressState = {
  version: 1,
  lessons: {
    [a]: {
      page: 4,
      seen: 4,
      done: true,
      best: 100,
      check: { attempt: 1, seed: 7, index: 4, selected: {}, submitted: [], result: { right: 5, total: 5, score: 100, passed: true } },
    },
  },
};

/** One session: starts the tracker on the LMS, keeps the notices it reports. */
function session(lms: FakeLms) {
  const host = lms.host();
  const tracker = new ScormTracker(lms.version, course, host);
  const notices: (TrackingNotice | undefined)[] = [];
  tracker.onNotice = (notice) => notices.push(notice);
  const started = tracker.start();
  return { tracker, started, notices, close: () => (host as unknown as { fire: (type: string) => void }).fire('pagehide') };
}

function passCheckAndLeave(version: ScormVersion, faults: Faults) {
  const lms = new FakeLms(version);
  lms.faults = faults;
  const first = session(lms);
  first.tracker.save(passedA, 'en', `#/lesson/${a}/check`);
  return { lms, first };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('localStorage', memoryStorage());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('LMS faults never lose a passed check', () => {
  const faults: [string, Faults][] = [
    ['every commit fails', { failCommits: true }],
    ['every value is refused', { refuse: () => true }],
    ['suspend_data and the status are refused', { refuse: (element) => element === 'cmi.suspend_data' || element.endsWith('lesson_status') }],
    ['the API throws', { throws: true }],
  ];
  for (const version of ['1.2', '2004'] as const) {
    for (const [what, fault] of faults) {
      it(`${version}: ${what}: the learner is warned until the LMS confirms, and a relaunch in this browser still shows the pass`, () => {
        const { lms, first } = passCheckAndLeave(version, fault);
        expect([first.started.notice, ...first.notices].filter(Boolean).at(-1)).toBe('lmsRetrying');
        vi.advanceTimersByTime(60_000);
        expect(first.notices.at(-1), 'still warned after the retries').toBe('lmsRetrying');
        first.close();
        const again = session(lms.relaunch());
        expect(again.started.state.lessons[a]).toMatchObject({ done: true, best: 100 });
      });
    }
  }

  it('one successful commit does not clear the warning while values are still refused', () => {
    const { first } = passCheckAndLeave('1.2', { refuse: (element) => element === 'cmi.suspend_data' });
    vi.advanceTimersByTime(10_000);
    expect(first.notices.at(-1)).toBe('lmsRetrying');
  });

  it('says the progress is not saved when the browser cannot keep a copy either', () => {
    vi.stubGlobal('localStorage', memoryStorage(true));
    const { first } = passCheckAndLeave('1.2', { failCommits: true });
    expect(first.notices.at(-1) ?? first.started.notice).toBe('lmsNotSaved');
  });

  it('clears the warning and the copy once the LMS confirms everything', () => {
    const { lms, first } = passCheckAndLeave('1.2', { failCommits: true });
    lms.faults = {};
    vi.advanceTimersByTime(5_000);
    expect(first.notices.at(-1)).toBeUndefined();
    expect(localStorage.length).toBe(0);
  });

  it('starts fresh when the LMS begins a new attempt after it confirmed the last one', () => {
    const lms = new FakeLms('2004');
    const first = session(lms);
    first.tracker.save(passedA, 'en', `#/lesson/${a}/check`);
    // A page turn that only the (lost) final commit would have carried: the copy stays.
    lms.faults = { failCommits: true };
    first.tracker.save({ ...passedA, lessons: { ...passedA.lessons, [b]: { page: 2, seen: 2, done: false } } }, 'en', `#/lesson/${b}/2`);
    first.close();
    const reset = session(new FakeLms('2004', { 'cmi.entry': 'ab-initio' }));
    expect(reset.started.state.lessons).toEqual({});
  });
});

describe('commits that survive a lost final commit', () => {
  it('sets exit = suspend and commits it at the start, and sends the session time with every commit', () => {
    const lms = new FakeLms('1.2');
    const first = session(lms);
    expect(lms.committed.get('cmi.core.exit')).toBe('suspend');
    vi.advanceTimersByTime(61_000);
    first.tracker.save(passedA, 'en', `#/lesson/${a}/check`);
    expect(lms.committed.get('cmi.core.session_time')).toBe('00:01:01.00');
    expect(lms.committed.get('cmi.objectives.0.status')).toBe('passed');
  });

  it('commits a move to another lesson at once', () => {
    const lms = new FakeLms('2004');
    const first = session(lms);
    first.tracker.save({ version: 1, lessons: { [a]: { page: 2, seen: 2, done: false } } }, 'en', `#/lesson/${a}/2`);
    vi.advanceTimersByTime(6_000);
    first.tracker.save({ version: 1, lessons: { [a]: { page: 2, seen: 2, done: false }, [b]: { page: 1, seen: 1, done: false } } }, 'en', `#/lesson/${b}/1`);
    expect(lms.committed.get('cmi.location')).toBe(`#/lesson/${b}/1`);
  });

  it('keeps exit = suspend when every lesson is done', () => {
    const lms = new FakeLms('2004');
    const first = session(lms);
    const all: ProgressState = {
      version: 1,
      lessons: Object.fromEntries(course.lessons.map((lesson) => [lesson.id, { page: 4, seen: 4, done: true, best: 100 }])),
    };
    first.tracker.save(all, 'en', `#/lesson/${a}/check`);
    first.close();
    expect(lms.committed.get('cmi.completion_status')).toBe('completed');
    expect(lms.committed.get('cmi.exit')).toBe('suspend');
  });
});

describe('what the LMS already holds', () => {
  const held = {
    'cmi.completion_status': 'completed',
    'cmi.success_status': 'passed',
    'cmi.score.raw': '100',
    'cmi.score.scaled': '1',
    'cmi.objectives.0.id': 'PRIMARYOBJ',
    'cmi.objectives.0.success_status': 'passed',
    'cmi.objectives.1.id': a,
    'cmi.objectives.1.success_status': 'passed',
    'cmi.objectives.1.completion_status': 'completed',
    'cmi.objectives.1.score.raw': '90',
  };

  it('in review mode, writes nothing and hands the result to the player', () => {
    const lms = new FakeLms('2004', { ...held, 'cmi.mode': 'review', 'cmi.credit': 'no-credit', 'cmi.entry': 'ab-initio' });
    const first = session(lms);
    first.tracker.save(passedA, 'en', `#/lesson/${a}/check`);
    vi.advanceTimersByTime(10_000);
    first.close();
    expect(lms.sets).toEqual([]);
    expect(first.started.review).toEqual({ mode: 'review', status: 'passed', score: 100 });
  });

  for (const [mode, credit] of [
    ['browse', 'credit'],
    ['normal', 'no-credit'],
  ]) {
    it(`writes nothing in 1.2 with lesson_mode ${mode} and credit ${credit}`, () => {
      const lms = new FakeLms('1.2', { 'cmi.core.lesson_mode': mode!, 'cmi.core.credit': credit!, 'cmi.core.lesson_status': 'passed' });
      const first = session(lms);
      first.tracker.save(passedA, 'en', `#/lesson/${a}/check`);
      first.close();
      expect(lms.sets).toEqual([]);
    });
  }

  it('never writes a status, score or objective back as less, and shows the lessons the LMS holds as passed', () => {
    const lms = new FakeLms('2004', { ...held, 'cmi.entry': 'ab-initio' });
    const first = session(lms);
    expect(first.started.state.lessons[a]).toMatchObject({ done: true, best: 90 });
    first.tracker.save(
      { ...first.started.state, lessons: { ...first.started.state.lessons, [b]: { page: 2, seen: 2, done: false } } },
      'en',
      `#/lesson/${b}/2`,
    );
    first.close();
    const written = new Map(lms.sets);
    expect(written.get('cmi.completion_status')).not.toBe('incomplete');
    expect(written.get('cmi.success_status')).not.toBe('unknown');
    expect(lms.committed.get('cmi.completion_status')).toBe('completed');
    expect(lms.committed.get('cmi.objectives.1.success_status')).toBe('passed');
    expect(lms.committed.get('cmi.objectives.1.score.raw')).toBe('90');
    expect(lms.sets.filter(([element]) => element === 'cmi.progress_measure')).toEqual([]);
  });
});

describe('suspend_data the course cannot read', () => {
  const unreadable = { 'cmi.core.entry': 'resume', 'cmi.suspend_data': '{"from":"another course"}' };

  it('is set aside in the browser before it is overwritten', () => {
    const lms = new FakeLms('1.2', unreadable);
    const first = session(lms);
    expect(first.started.notice).toBe('reset');
    first.tracker.save(passedA, 'en', `#/lesson/${a}/check`);
    expect(lms.committed.get('cmi.suspend_data')).toMatch(/^2\|en\|/);
    const kept = Array.from({ length: localStorage.length }, (_, index) => localStorage.getItem(localStorage.key(index)!));
    expect(kept).toContain(unreadable['cmi.suspend_data']);
  });

  it('is left in the LMS when the browser cannot keep it; passed checks still reach the LMS', () => {
    vi.stubGlobal('localStorage', memoryStorage(true));
    const lms = new FakeLms('1.2', unreadable);
    const first = session(lms);
    expect(first.started.notice).toBe('unreadableInLms');
    first.tracker.save(passedA, 'en', `#/lesson/${a}/check`);
    first.close();
    expect(lms.committed.get('cmi.suspend_data')).toBe(unreadable['cmi.suspend_data']);
    expect(lms.committed.get('cmi.objectives.0.status')).toBe('passed');
    expect(session(lms.relaunch()).started.state.lessons[a]).toMatchObject({ done: true, best: 100 });
  });
});

describe('an LMS that takes less suspend_data than the standard', () => {
  it('gets the progress fitted into 4,000 characters when it refuses more (SCORM 2004 3rd edition)', () => {
    const big = courseStub(200, 10);
    const lms = new FakeLms('2004');
    lms.faults = { refuse: (element, value) => element === 'cmi.suspend_data' && value.length > 4000 };
    const tracker = new ScormTracker('2004', big, lms.host());
    tracker.start();
    const busy: ProgressState = {
      version: 1,
      lessons: Object.fromEntries(
        big.lessons.map((lesson) => [
          lesson.id,
          {
            page: 4,
            seen: 4,
            done: false,
            best: 70,
            check: { attempt: 3, seed: 2147483000, previousSeed: 2147483001, index: 9, selected: { q1: ['a1'] }, submitted: ['q1'] },
          },
        ]),
      ),
    };
    tracker.save(busy, 'en', `#/lesson/${big.lessons[0]!.id}/check`);
    vi.advanceTimersByTime(5_000);
    const stored = lms.committed.get('cmi.suspend_data')!;
    expect(stored.length).toBeLessThanOrEqual(4000);
    const lessons = Object.values(decodeSuspendData(big, stored)!.state.lessons);
    expect(lessons.filter((lesson) => lesson.best === 70)).toHaveLength(200);
  });
});

describe('an LMS whose API is there but does not start', () => {
  it('runs on the browser and says the LMS is not reached, not that there is none', () => {
    const lms = new FakeLms('1.2');
    const host = lms.host() as unknown as Record<string, Record<string, () => string>>;
    host.API!.LMSInitialize = () => {
      throw new Error('NetworkError');
    };
    const started = new ScormTracker('1.2', course, host as unknown as Window).start();
    expect(started.notice).toBe('lmsUnreachable');
    expect(new ScormTracker('1.2', course, { parent: null } as unknown as Window).start().notice).toBe('noLms');
  });
});

describe('without an LMS', () => {
  it("hears other tabs' progress, as the intranet bundle does", () => {
    const events = new EventTarget();
    vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
    vi.stubGlobal('removeEventListener', events.removeEventListener.bind(events));
    const tracker = new ScormTracker('1.2', course, { parent: null } as unknown as Window);
    expect(tracker.start().notice).toBe('noLms');
    const heard: ProgressState[] = [];
    const stop = tracker.subscribe((stored) => heard.push(stored));

    // Another tab stores a passed lesson under the same key and the browser tells this one.
    const key = `wachsam:${course.id}:progress`;
    localStorage.setItem(key, JSON.stringify(passedA));
    events.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea: localStorage }));
    expect(heard.at(-1)?.lessons[a]?.done).toBe(true);

    stop();
    events.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea: localStorage }));
    expect(heard).toHaveLength(1);
  });
});
