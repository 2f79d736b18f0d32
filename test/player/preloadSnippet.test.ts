import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preloadSnippet } from '../../src/build/vite/preloadSnippet.ts';
import { type CourseShell, type LessonIndex, lessonIndexKey } from '../../src/shared/courseModel.ts';
import { languageKey } from '../../src/shared/storageKeys.ts';

const shell = { id: 'c', languages: ['de', 'en'] } as unknown as CourseShell;
const indexOf = (lang: string) => ({ lang, lessons: [{ id: '02-email', file: `content/02-email.${lang}.h1.js` }] }) as unknown as LessonIndex;

interface FakeScript {
  src: string;
  attributes: Record<string, string>;
  onload?: () => void;
  onerror?: () => void;
  setAttribute(name: string, value: string): void;
}

/**
 * Runs the preload script index.html loads against a hash; the scripts it adds "load" at once (a
 * lesson index registers itself as the real one does). Returns the addresses it added, in order.
 */
function preloaded(hash: string, { search = '?lang=en', stored = {} as Record<string, string>, languages = ['en-GB'], fail = false } = {}) {
  const added: FakeScript[] = [];
  const self: Record<string, unknown> = {};
  const head = {
    appendChild: (script: FakeScript) => {
      added.push(script);
      const index = /^content\/lessons\.(\w+)\.js$/.exec(script.src);
      if (fail) return script.onerror?.();
      if (index) {
        const lessons = (self.wachsamLessons ?? {}) as Record<string, unknown>;
        lessons[lessonIndexKey(index[1]!)] = indexOf(index[1]!);
        self.wachsamLessons = lessons;
      }
      script.onload?.();
    },
  };
  runInNewContext(preloadSnippet(shell), {
    self,
    location: { hash, search },
    localStorage: { getItem: (key: string) => stored[key] ?? null },
    navigator: { languages },
    URLSearchParams,
    decodeURIComponent,
    document: {
      createElement: (): FakeScript => ({
        src: '',
        attributes: {},
        setAttribute(name, value) {
          this.attributes[name] = value;
        },
      }),
      head,
    },
  });
  return { srcs: added.map((script) => script.src), settled: added.map((script) => 'data-settled' in script.attributes) };
}

describe('the preload script of index.html', () => {
  it("starts loading the lesson index of the learner's language, and a deep-linked lesson's text once the index names it", () => {
    expect(preloaded('#/').srcs).toEqual(['content/lessons.en.js']);
    expect(preloaded('#/lesson/02-email/2').srcs).toEqual(['content/lessons.en.js', 'content/02-email.en.h1.js']);
  });

  it('marks each script it added once it has loaded or failed, so the player waits for it instead of adding it again', () => {
    expect(preloaded('#/lesson/02-email/2').settled).toEqual([true, true]);
    expect(preloaded('#/lesson/02-email/2', { fail: true })).toEqual({ srcs: ['content/lessons.en.js'], settled: [true] });
  });

  it("picks the language by the player's rule and storage key", () => {
    const lesson = '#/lesson/02-email/1';
    const stored = { [languageKey('c')]: 'en' };
    expect(preloaded(lesson, { search: '', stored, languages: ['de-DE'] }).srcs[1]).toBe('content/02-email.en.h1.js');
    expect(preloaded(lesson, { search: '?lang=de', stored, languages: ['en'] }).srcs[1]).toBe('content/02-email.de.h1.js');
    expect(preloaded(lesson, { search: '', languages: ['fr-FR', 'EN-us'] }).srcs[1]).toBe('content/02-email.en.h1.js');
    expect(preloaded(lesson, { search: '?lang=fr', languages: [] }).srcs).toEqual(['content/lessons.de.js', 'content/02-email.de.h1.js']);
  });

  it('loads only scripts the index names, whatever the hash says', () => {
    for (const hash of ['#/lesson/..%2F..%2Fuploads%2Fevil.js%3F/1', '#/lesson/99-unknown/1', '#/lesson/constructor/1', '#/lesson/__proto__/1']) {
      expect(preloaded(hash).srcs, hash).toEqual(['content/lessons.en.js']);
    }
    // No language from the URL becomes part of an address either.
    expect(preloaded('#/', { search: '?lang=..%2Fevil', languages: [] }).srcs).toEqual(['content/lessons.de.js']);
  });

  it('ignores malformed escapes without throwing', () => {
    expect(preloaded('#/lesson/%E0%A4%A/1').srcs).toEqual(['content/lessons.en.js']);
    expect(preloaded('#/%').srcs).toEqual(['content/lessons.en.js']);
  });
});
