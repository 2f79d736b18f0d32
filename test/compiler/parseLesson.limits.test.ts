import { describe, expect, it, vi } from 'vitest';
import { MAX_LINE, parseLesson, type ParsedLesson } from '../../src/compiler/lesson/parseLesson.ts';
import { readability } from '../../src/compiler/checks/readability.ts';
import { fixture } from './support/tempTree.ts';

const minimal = await fixture('valid/minimal.md');
const options = { id: 'x', lang: 'en', assetBase: 'content/x', variables: { name: 'Musterhausen' } };
const codes = (parsed: ParsedLesson) => parsed.diagnostics.map((d) => [d.code, d.line, d.col]);

/** Milliseconds `run` takes. The limits below are generous: the old code took minutes or ran out of memory. */
function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

/** Adds lines after the frontmatter's first line, or after the page heading. */
const inFrontmatter = (yaml: string) => minimal.replace('---\n', `---\n${yaml}\n`);
const onPage = (text: string) => minimal.replace(/\n## (.*)\n/, `\n## $1\n\n${text}\n`);
const lineOf = (source: string, needle: string) => source.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('parseLesson never hangs, never runs out of memory, never throws', () => {
  it('reads "{{" followed by 3,000 spaces in linear time (the pattern backtracked for 106 s)', () => {
    const source = onPage(`Call {{${' '.repeat(3000)} and {{ org.name }}.`);
    const { result, ms } = timed(() => parseLesson(source, 'f.md', options));
    expect(ms).toBeLessThan(2000);
    expect(result.content.pages[0]?.html).toContain('Musterhausen');
  });

  it('reports a YAML alias bomb as Y002 at the first alias instead of throwing "Excessive alias count"', () => {
    const source = inFrontmatter(`a: &a [x, x, x]\nb: [${Array(150).fill('*a').join(', ')}]`);
    expect(codes(parseLesson(source, 'f.md', options))).toEqual([['Y002', 3, 5]]);
  });

  it('reports 3,000 levels of nested YAML as Y003 instead of overflowing the stack', () => {
    // Each key one space deeper than the one before, then back to the top: the parser recursed per level.
    const deep = Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth)}a:`).join('\n');
    const parsed = parseLesson(inFrontmatter(`${deep} 1`), 'f.md', options);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['Y003']);
    expect(parsed.frontmatter).toBeUndefined();
  });

  it('reports 3,000 nested brackets as Y003 too', () => {
    const parsed = parseLesson(inFrontmatter(`extra: ${'['.repeat(3000)}${']'.repeat(3000)}`), 'f.md', options);
    expect(codes(parsed)).toEqual([['Y003', 2, expect.any(Number)]]);
  });

  it('reports a list used as a key as F001, without a Node warning printed past the diagnostics', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const parsed = parseLesson(inFrontmatter('? [x]\n: 1'), 'f.md', options);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['F001']);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('reads at most MAX_LINE characters of a line, reporting P004 at the first one left out', () => {
    const source = onPage(`Start ${'_a*'.repeat(400_000)}`);
    const { result, ms } = timed(() => parseLesson(source, 'f.md', options));
    expect(codes(result)).toEqual([['P004', lineOf(source, 'Start'), MAX_LINE + 1]]);
    expect(result.diagnostics[0]?.message).toBe('A line of 1,200,006 characters; at most 10,000 are allowed.');
    expect(ms).toBeLessThan(3000);
  });

  it('reports a failure of its own as R005 and returns an empty lesson instead of throwing', () => {
    const broken = {
      ...options,
      variables: new Proxy(
        { name: 'x' },
        {
          has: () => {
            throw new TypeError('theme values unreadable');
          },
        },
      ),
    };
    const parsed = parseLesson(onPage('{{ org.name }}'), 'f.md', broken);
    expect(parsed.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['R005', 'Wachsam failed while reading this lesson: TypeError: theme values unreadable'],
    ]);
    expect(parsed.content.pages).toEqual([]);
  });
});

describe('readability of long paragraphs', () => {
  it('reads a 100 KB paragraph in linear time and memory (it needed 3.5 GB)', () => {
    const words = 20_000;
    const { result, ms } = timed(() => readability('en', [{ text: 'word '.repeat(words), line: 7 }]));
    expect(ms).toBeLessThan(5000);
    expect(result.words).toBe(words);
    expect(result.sentences).toBe(1);
    expect(result.longSentences).toEqual([{ line: 7, words, start: 'word word word word word word' }]);
  });

  it('counts sentences that cross the windows it reads through', () => {
    const result = readability('de', [{ text: 'Kurzer Satz hier. '.repeat(2000), line: 1 }]);
    expect([result.sentences, result.words, result.longSentences]).toEqual([2000, 6000, []]);
    const long = `${'eins zwei drei vier '.repeat(300)}Ende. Kurz danach.`;
    const mixed = readability('de', [{ text: long, line: 2 }]);
    expect([mixed.sentences, mixed.words, mixed.longSentences.map((s) => s.words)]).toEqual([2, 1203, [1201]]);
  });
});
