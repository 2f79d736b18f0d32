import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preloadSnippet } from '../../src/build/vite/preloadSnippet.ts';
import type { CourseModel } from '../../src/shared/courseModel.ts';

const course = { id: 'c', buildId: 'b1', languages: ['de', 'en'], lessons: [{ id: '02-email' }] } as unknown as CourseModel;

/** Runs the preload script index.html loads against a hash; returns the script addresses it added. */
function preloaded(hash: string): string[] {
  const added: string[] = [];
  const code = preloadSnippet(course);
  runInNewContext(code, {
    location: { hash, search: '?lang=en' },
    localStorage: { getItem: () => null },
    navigator: { languages: ['en-GB'] },
    URLSearchParams,
    decodeURIComponent,
    document: { createElement: () => ({}), head: { appendChild: (script: { src: string }) => added.push(script.src) } },
  });
  return added;
}

describe('the preload script of index.html', () => {
  it("starts loading a deep-linked lesson's text", () => {
    expect(preloaded('#/lesson/02-email/2')).toEqual(['content/02-email.en.b1.js']);
  });

  it('turns only lesson ids of this course into script addresses', () => {
    expect(preloaded('#/lesson/..%2F..%2Fuploads%2Fevil.js%3F/1')).toEqual([]);
    expect(preloaded('#/lesson/99-unknown/1')).toEqual([]);
  });

  it('ignores malformed escapes without throwing', () => {
    expect(preloaded('#/lesson/%E0%A4%A/1')).toEqual([]);
    expect(preloaded('#/%')).toEqual([]);
  });
});
