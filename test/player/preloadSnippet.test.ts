import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preloadSnippet } from '../../src/build/vite/preloadSnippet.ts';
import type { CourseModel } from '../../src/shared/courseModel.ts';
import { languageKey } from '../../src/shared/storageKeys.ts';

const files = { de: 'content/02-email.de.d1.js', en: 'content/02-email.en.e1.js' };
const course = { id: 'c', languages: ['de', 'en'], lessons: [{ id: '02-email', files }] } as unknown as CourseModel;

/** Runs the preload script index.html loads against a hash; returns the script addresses it added. */
function preloaded(hash: string, { search = '?lang=en', stored = {} as Record<string, string>, languages = ['en-GB'] } = {}): string[] {
  const added: string[] = [];
  const code = preloadSnippet(course);
  runInNewContext(code, {
    location: { hash, search },
    localStorage: { getItem: (key: string) => stored[key] ?? null },
    navigator: { languages },
    URLSearchParams,
    decodeURIComponent,
    document: { createElement: () => ({}), head: { appendChild: (script: { src: string }) => added.push(script.src) } },
  });
  return added;
}

describe('the preload script of index.html', () => {
  it("starts loading a deep-linked lesson's text", () => {
    expect(preloaded('#/lesson/02-email/2')).toEqual(['content/02-email.en.e1.js']);
  });

  it("picks the language by the player's rule and storage key", () => {
    const lesson = '#/lesson/02-email/1';
    const stored = { [languageKey('c')]: 'en' };
    expect(preloaded(lesson, { search: '', stored, languages: ['de-DE'] })).toEqual(['content/02-email.en.e1.js']);
    expect(preloaded(lesson, { search: '?lang=de', stored, languages: ['en'] })).toEqual(['content/02-email.de.d1.js']);
    expect(preloaded(lesson, { search: '', languages: ['fr-FR', 'EN-us'] })).toEqual(['content/02-email.en.e1.js']);
    expect(preloaded(lesson, { search: '?lang=fr', languages: [] })).toEqual(['content/02-email.de.d1.js']);
  });

  it('turns only lesson ids of this course into script addresses', () => {
    expect(preloaded('#/lesson/..%2F..%2Fuploads%2Fevil.js%3F/1')).toEqual([]);
    expect(preloaded('#/lesson/99-unknown/1')).toEqual([]);
    // Not a lesson either: names of the files object's own prototype.
    expect(preloaded('#/lesson/constructor/1')).toEqual([]);
    expect(preloaded('#/lesson/__proto__/1')).toEqual([]);
  });

  it('ignores malformed escapes without throwing', () => {
    expect(preloaded('#/lesson/%E0%A4%A/1')).toEqual([]);
    expect(preloaded('#/%')).toEqual([]);
  });
});
