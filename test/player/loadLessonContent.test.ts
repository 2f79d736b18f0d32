import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLessonContent } from '../../src/player/content/loadLessonContent.ts';
import { loadSearchIndex } from '../../src/player/search/loadSearchIndex.ts';

const course = { languages: ['de', 'en'], lessons: [{ id: '02-email', files: { de: 'content/02-email.de.d1.js', en: 'content/02-email.en.e1.js' } }] } as never;

/** A document that records the script addresses the player adds, and loads none of them. */
function recordScripts(): string[] {
  const added: string[] = [];
  vi.stubGlobal('document', {
    scripts: [],
    createElement: () => ({ addEventListener: () => undefined }),
    head: { append: (script: { src: string }) => added.push(script.src) },
  });
  return added;
}

afterEach(() => vi.unstubAllGlobals());

describe("the player's lesson loading", () => {
  it('turns only lesson ids and languages of this course into script addresses', async () => {
    const added = recordScripts();
    const hostile = [
      ['../../../uploads/evil.js?', 'en'],
      ['../uploads/evil.js?', 'en'],
      ['99-unknown', 'en'],
      ['02-email', '../../uploads/evil.js?'],
      ['02-email', '__proto__'],
    ];
    const outcomes = hostile.map(([id, lang]) =>
      loadLessonContent(course, id!, lang!).then(
        () => 'loaded',
        (error: Error) => error.message,
      ),
    );
    // A script is added at once when loading starts, so this needs no waiting for what never loads.
    expect(added).toEqual([]);
    expect(await Promise.all(outcomes)).toEqual(hostile.map(([id, lang]) => `No lesson ${id} in ${lang}`));
    void loadLessonContent(course, '02-email', 'en');
    expect(added).toEqual(['content/02-email.en.e1.js']);
  });

  it('loads a search index only by a language of this course', async () => {
    const added = recordScripts();
    const searchFiles = { de: 'content/search.de.a1.js', en: 'content/search.en.b1.js' };
    const outcomes = ['__proto__', '../uploads/evil.js?', 'fr'].map((lang) =>
      loadSearchIndex({ searchFiles }, lang).then(
        () => 'loaded',
        (error: Error) => error.message,
      ),
    );
    expect(await Promise.all(outcomes)).toEqual(['No search index in __proto__', 'No search index in ../uploads/evil.js?', 'No search index in fr']);
    expect(added).toEqual([]);
    void loadSearchIndex({ searchFiles }, 'de');
    expect(added).toEqual(['content/search.de.a1.js']);
  });
});
