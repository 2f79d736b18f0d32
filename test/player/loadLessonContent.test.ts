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

  it('loads the search shards only by a language of this course, each as its lesson index names it', async () => {
    const added = recordScripts();
    const meta = (lang: string) => ({ lang, title: '', summary: '', duration: 1, pageCount: 1, questionCount: 0 });
    const lessons = ['01-a', '02-b'].map((id) => ({
      ...{ id, trackKey: id, languages: ['de'], origin: 'course' as const, localised: false, shape: { pages: 1, questions: 0 } },
      // English falls back to the German text, and so to its shard.
      variants: { de: meta('de'), en: meta('de') },
      files: { de: `content/${id}.de.a1.js` },
      searchFiles: { de: `content/${id}.de-search.b1.js` },
    }));
    const course = { languages: ['de', 'en'], lessons };
    const outcomes = ['__proto__', '../uploads/evil.js?', 'fr'].map((lang) =>
      loadSearchIndex(course, lang).then(
        () => 'loaded',
        (error: Error) => error.message,
      ),
    );
    expect(await Promise.all(outcomes)).toEqual(['No search index in __proto__', 'No search index in ../uploads/evil.js?', 'No search index in fr']);
    expect(added).toEqual([]);
    void loadSearchIndex(course, 'en');
    expect(added).toEqual(['content/01-a.de-search.b1.js', 'content/02-b.de-search.b1.js']);
  });
});
